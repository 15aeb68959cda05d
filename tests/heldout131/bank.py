"""Rheinsparkasse: a bank app with account opening by video-ident and selfie checks.

The KYC is IDnow's SDK (`api.idnow.de`, AutoIdent): the ID card is
photographed (OCR boxes: not biometric), then a selfie and a liveness video
are uploaded for face matching; the SDK sends a device fingerprint it makes up.
Re-checks for large transfers upload a selfie to the bank's own `gesichtsabgleich`
service. Balances, transfers with IBANs and TANs are look-alikes.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart

from .phone import FB, android_ua, floats, iso, rf, rid

API = "https://banking.rheinsparkasse.example"
IDNOW = "https://api.idnow.de/api/v1/rheinspk"
UA = android_ua("RheinSparkasse", "6.12.0")


def _bank(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rheinsparkasse", method, url)
    b.header("user-agent", UA)
    b.header("x-rsk-geraet", b.id("aid_bank", where="header x-rsk-geraet"))
    return b


def _idnow(c: Context, method: str, path: str) -> FB:
    b = FB(c, "idnow", method, f"{IDNOW}/identifications/{path}")
    b.header("user-agent", "IDnowSDK/7.4.0 Android")
    b.header("x-api-login-token", rid(c.rng))
    return b


def idnow_selfie(c: Context) -> Flow:
    b = _idnow(c, "POST", f"TST-{rid(c.rng)[:6].upper()}/selfie")
    b.bio("face_image", "multipart selfie (face match against ID photo)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            (
                "deviceFingerprint",
                None,
                None,
                b.id("kyc_device", where="multipart deviceFingerprint").encode(),
            ),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"faceMatch": {"score": rf(c.rng, 0.8, 0.99, 3), "result": "MATCH"}})
    return b.build()


def idnow_liveness(c: Context) -> Flow:
    b = _idnow(c, "POST", f"TST-{rid(c.rng)[:6].upper()}/liveness")
    b.bio("face_video", "json livenessVideo (base64 mp4) + headPose per frame")
    b.json(
        {
            "livenessVideo": b64(fake_mp4(c.rng.randint(0, 10**9), 600)),
            "challenge": "TURN_HEAD_LEFT",
            "headPose": [
                {"yaw": rf(c.rng, -30, 30, 1), "pitch": rf(c.rng, -10, 10, 1)} for _ in range(5)
            ],
        }
    )
    b.ok_json({"liveness": "PASSED"})
    return b.build()


def idnow_ocr(c: Context) -> Flow:
    b = _idnow(c, "POST", f"TST-{rid(c.rng)[:6].upper()}/document")
    b.decoy("ID-card OCR fields and text boxes (document, not the face)")
    b.json(
        {
            "ocr": [
                {"feld": f, "box": [c.rng.randint(0, 600) for _ in range(4)]}
                for f in ("Name", "Geburtsdatum", "Ausweisnummer")
            ],
            "dokumentTyp": "DE_ID_CARD",
        }
    )
    b.ok_json({"status": "DOCUMENT_OK"})
    return b.build()


def gesichtsabgleich(c: Context) -> Flow:
    b = _bank(c, "POST", f"{API}/api/sicherheit/gesichtsabgleich")
    b.bio("face_image", "json selfieBild (base64 jpeg) for transfer re-check")
    b.json(
        {
            "vorgang": "UEBERWEISUNG_FREIGABE",
            "selfieBild": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "zeit": iso(c),
        }
    )
    b.ok_json({"freigegeben": True})
    return b.build()


def gesichts_template_opaque(c: Context) -> Flow:
    """The on-device template for the next check, as a base64 float32 blob under `t`."""
    b = _bank(c, "POST", f"{API}/api/s/t")
    b.bio("face_embedding", "json t: base64 float32[128]", detectable=False)
    vec = floats(c.rng, 128)
    b.json({"t": b64(struct.pack("<128f", *vec)), "v": 1})
    b.no_content()
    return b.build()


def kontostand(c: Context) -> Flow:
    b = _bank(c, "GET", f"{API}/api/konten/uebersicht")
    b.decoy("balances and a series of daily balances (money, not biometrics)")
    b.ok_json(
        {
            "konten": [{"iban": "DE89370400440532013000", "saldo": rf(c.rng, 100, 9000, 2)}],
            "verlauf": [rf(c.rng, 100, 9000, 2) for _ in range(30)],
        }
    )
    return b.build()


def ueberweisung(c: Context) -> Flow:
    b = _bank(c, "POST", f"{API}/api/ueberweisungen")
    b.decoy("transfer with IBAN and order id")
    b.json(
        {
            "empfaenger": "Hausverwaltung Ehrenfeld",
            "iban": "DE02120300000000202051",
            "betrag": rf(c.rng, 20, 1200, 2),
            "verwendungszweck": "Miete Dezember",
        }
    )
    b.ok_json({"auftragsId": rid(c.rng), "tanVerfahren": "pushTAN"})
    return b.build()
