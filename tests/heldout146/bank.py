"""The technician's bank (fictional "Saaristopankki"): device binding with the app's
ANDROID_ID and install id, a selfie check of the technician through Signicat, a
liveness face scan, and the bank's own encrypted liveness envelope (opaque). Balances
and FX series are decoys.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://mobiili.saaristopankki.example"
SIGNICAT = "https://api.signicat.com"
UA = ua("Saaristopankki", "12.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "saaristopankki", method, url)
    b.header("user-agent", UA)
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v1/laite/sido")
    b.json(
        {
            "laitetunniste": b.id("aid_bank", where="json laitetunniste"),
            "asennus_id": b.id("bank_install", where="json asennus_id"),
            "asiakas": b.acct("bank_user"),
            "malli": "SM-A546B",
        }
    )
    b.ok_json({"sidottu": True, "avain": new_hex(c.rng, 32)})
    return b.build()


def selfie_upload(c: Context) -> Flow:
    boundary = "Boundary-" + new_uuid(c.rng)
    b = FB(c, "signicat", "POST", f"{SIGNICAT}/assure/dossiers/{new_uuid(c.rng)}/files")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.bio("face_image", "multipart selfie.jpg (the technician's selfie for face match)")
    body = multipart(
        boundary,
        [
            ("type", None, None, b"selfie"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"fileId": new_uuid(c.rng), "created": iso(c)})
    return b.build()


def liveness_scan(c: Context) -> Flow:
    b = FB(c, "signicat", "POST", f"{SIGNICAT}/assure/dossiers/{new_uuid(c.rng)}/processes")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.bio("face_liveness", "json faceScan / auditTrailImage (face scan of the technician)")
    b.json(
        {
            "provider": "facetec",
            "processType": "faceComparison",
            "faceScan": base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(600))).decode(),
            "auditTrailImage": base64.b64encode(fake_jpeg(c.rng.randint(0, 10**9), 400)).decode(),
        }
    )
    b.ok_json({"processId": new_uuid(c.rng), "status": "pending"})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v1/tv/3")
    b.bio("face_liveness", "json c: the bank's encrypted liveness envelope", detectable=False)
    b.json(
        {"c": base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(900))).decode(), "k": 3}
    )
    b.ok_json({"t": rid(c.rng)})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobile/v1/tilit")
    b.decoy("account balances with IBANs (accounts, not devices)")
    b.ok_json(
        {
            "tilit": [
                {
                    "iban": f"FI{c.rng.randint(10, 99)} 4055 {new_digits(c.rng, 4)} "
                    f"{new_digits(c.rng, 4)} 2{c.rng.randint(0, 9)}",
                    "saldo": rf(c.rng, 10, 9000, 2),
                }
                for _ in range(2)
            ]
        }
    )
    return b.build()


def fx_series(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobile/v1/valuutat/EURSEK?jakso=30pv")
    b.decoy("30-day FX price series (numbers, not a face vector)")
    b.ok_json({"kurssit": [rf(c.rng, 11.2, 11.8, 4) for _ in range(30)]})
    return b.build()
