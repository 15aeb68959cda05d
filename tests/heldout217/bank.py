"""Femke's bank app: device binding on first start and a selfie check for KYC
(the selfie and a short liveness clip are uploaded); balances and the IBAN
checks are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart, pb_bytes, pb_varint

from .phone import HB, iso, rf, rid, ua

API = "https://mobiel.spaarbank-utrecht.example"
UA = ua("SpaarbankApp", "8.3.1")


def _b(c: Context, method: str, url: str) -> HB:
    b = HB(c, "bank", method, url)
    b.header("user-agent", UA)
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/apparaat/koppelen")
    b.json(
        {
            "klantnummer": b.acct("bank_user"),
            "apparaatSleutel": b.id("bank_device_key", where="json apparaatSleutel"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "model": "Pixel 8",
        }
    )
    b.ok_json({"status": "GEKOPPELD"})
    return b.build()


def selfie_kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/identificatie/selfie")
    b.bio("face_image", "multipart selfie (jpeg)")
    bnd = "----kyc" + rid(c.rng)[:8]
    b.set_body(
        multipart(
            bnd,
            [
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
                ("sessie", None, None, rid(c.rng).encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"resultaat": "IN_BEHANDELING"})
    return b.build()


def liveness_clip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/identificatie/liveness")
    b.bio("face_video", "json livenessVideo (base64 mp4)")
    b.json({"livenessVideo": b64(fake_mp4(c.rng.randint(0, 10**9), 600)), "gemaaktOp": iso(c)})
    b.ok_json({"score": rf(c.rng, 0.8, 1.0, 3)})
    return b.build()


def opaque_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/ident/p")
    b.bio("face_image", "protobuf field 3 (jpeg frame)", detectable=False)
    body = (
        pb_varint(1, c.rng.randint(1, 5))
        + pb_bytes(2, rid(c.rng))
        + pb_bytes(3, fake_jpeg(c.rng.randint(0, 10**9), 500))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def saldo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rekeningen/saldo")
    b.ok_json(
        {
            "rekeningen": [
                {
                    "iban": "NL91SPUT0" + str(c.rng.randint(10**8, 10**9 - 1)),
                    "saldo": rf(c.rng, 10, 5000, 2),
                }
            ]
        }
    )
    return b.build()


def iban_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/betalen/naamcontrole")
    b.decoy("'controle' / verification of a payee name, not of a face")
    b.json({"iban": "NL20INGB000" + str(c.rng.randint(10**6, 10**7 - 1)), "naam": "Thuiszorg Oost"})
    b.ok_json({"match": "JA"})
    return b.build()
