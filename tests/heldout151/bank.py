"""Kauri Bank: a bank's app with a face-verification SDK and phone-banking voice ID.

Step-up checks run FaceTec-style 3D liveness (`faceScan`, `auditTrailImage`
as base64 in JSON, https://dev.facetec.com/api-guide) and a selfie-to-licence
face match; the newer SDK build sends its capture as an encrypted envelope.
Voice ID enrolment for phone banking sends voiceprint samples. The voice
assistant's "pay" commands are speech-to-text (no speaker model): ordinary.
Licence OCR boxes, ATM terminals and spending charts are ordinary too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart

from .phone import FB, iso, mk, rf, rid, ua

API = "https://api.kauribank.example"
UA = ua("KauriBank", "24.11.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = mk(c, "kauribank", method, url, UA)
    b.header("x-kb-install", b.id("bank_install", where="header x-kb-install"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/v4/device/bind")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "imei": b.id("imei", where="json imei"),
            "model": "Pixel 8a",
            "customerNo": b.acct("bank_customer"),
            "pushToken": "f" + new_hex(c.rng, 60),
        }
    )
    b.ok_json({"bound": True, "trustLevel": "HIGH"})
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = mk(c, "facetec", "POST", "https://api.facetec.com/api/v3.1/biometrics/liveness-3d", UA)
    b.header("x-device-key", "dT7kq2LmXw9bYp4RcN1vFh8sJ3aZ6eQo")  # the app's licence key
    b.header("x-user-agent", "facetec|sdk|android|com.kauribank.app|9.6.64|Pixel 8a|en_NZ")
    b.bio("face_scan", "json faceScan + auditTrailImage (3D face scan, face images)")
    b.json(
        {
            "faceScan": b64(fake_jpeg(c.rng.randint(0, 10**9), 1400)),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 48)})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/face-match")
    boundary = "kb" + new_hex(c.rng, 20)
    b.bio("face_image", "multipart selfie (face match against licence photo)")
    body = multipart(
        boundary,
        [
            ("documentType", None, None, b"NZ_DRIVER_LICENCE"),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.8, 0.99, 3), "checkId": rid(c.rng)})
    return b.build()


def encrypted_capture(c: Context) -> Flow:
    """The newer SDK: the capture sealed in an envelope, `ct` and `iv` only."""
    b = _b(c, "POST", f"{API}/kyc/v3/s")
    b.bio("face_image", "json ct (encrypted face capture)", detectable=False)
    b.json(
        {
            "ct": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "iv": new_hex(c.rng, 24),
            "kid": "kb-2026-03",
        }
    )
    b.ok_json({"ref": rid(c.rng)})
    return b.build()


def voice_id_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/v1/enrolments")
    b.bio("voiceprint", "json voiceprintSamples[] (speaker enrolment audio)")
    b.json(
        {
            "phrase": "At Kauri Bank my voice is my password",
            "voiceprintSamples": [b64(fake_wav(c.rng.randint(0, 10**9), 900)) for _ in range(3)],
            "channel": "app",
        }
    )
    b.ok_json({"enrolmentStatus": "COMPLETE"})
    return b.build()


def voice_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/v1/utterance")
    b.decoy("speech-to-text of a payment command (transcription, no speaker model)")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 400)), "lang": "en-NZ"})
    b.ok_json({"transcript": "pay mum fifty dollars", "intent": "PAY_CONTACT"})
    return b.build()


def licence_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/ocr")
    b.decoy("OCR boxes of a driver licence's text fields")
    b.json({"image": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)), "side": "front"})
    b.ok_json(
        {
            "fields": [
                {"name": n, "box": [c.rng.randint(0, 600) for _ in range(4)]}
                for n in ("surname", "licenceNumber", "expiry")
            ]
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v2/everyday/transactions?days=30")
    b.decoy("transaction list with merchant coordinates and a balance series")
    b.ok_json(
        {
            "balances": [rf(c.rng, 100, 5000, 2) for _ in range(30)],
            "items": [
                {
                    "desc": m,
                    "amount": -rf(c.rng, 3, 200, 2),
                    "lat": rf(c.rng, -37, -33, 5),
                    "lng": rf(c.rng, 151, 175, 5),
                    "at": iso(c),
                }
                for m in ("Countdown", "Z Energy", "Woolworths Metro")
            ],
        }
    )
    return b.build()


def atm_locator(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/locator/v1/atms?near=-36.85,174.76")
    b.decoy("the bank's ATM terminal ids and serials (the bank's equipment, not the tester's)")
    b.ok_json(
        {
            "atms": [
                {
                    "terminalId": f"KB{c.rng.randint(1000, 9999)}",
                    "serialNo": "NCR" + new_hex(c.rng, 8).upper(),
                    "lat": rf(c.rng, -36.9, -36.8, 5),
                    "lng": rf(c.rng, 174.7, 174.8, 5),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()
