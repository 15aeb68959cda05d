"""Prak Wallet: an ABA/Wing-like bank wallet with ADVANCE.AI face verification.

Account opening sends a selfie to ADVANCE.AI's liveness and face-comparison
APIs; the in-app step reports a face-quality result with head pose. The
wallet's device binding sends the ANDROID_ID; a signed blob carries an
encrypted liveness package (opaque). KHQR payments and FX series are
look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mb.prakwallet.example"
ADV = "https://api.advance.ai"
UA = ua("PrakWallet", "4.30.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "prakwallet", method, url)
    b.header("user-agent", UA)
    return b


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{ADV}/openapi/liveness/v4/detection")
    b.bio("face_image", "json livenessImage (selfie base64 to a liveness API)")
    b.header("x-advai-key", "prak-prod-" + rid(c.rng)[:8])
    b.json(
        {"livenessImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)), "signatureId": rid(c.rng)}
    )
    b.ok_json({"code": "SUCCESS", "data": {"livenessScore": rf(c.rng, 80, 99, 2)}})
    return b.build()


def face_compare(c: Context) -> Flow:
    b = _b(c, "POST", f"{ADV}/openapi/face-identity/v1/face-comparison")
    b.bio("face_image", "json firstImage/secondImage (selfie vs ID-card photo)")
    b.json(
        {
            "firstImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "secondImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
        }
    )
    b.ok_json({"code": "SUCCESS", "data": {"similarity": rf(c.rng, 70, 99, 2)}})
    return b.build()


def face_quality(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/mukh/quality")
    b.bio("face_analysis", "json mukh (Khmer 'face') yaw/pitch/roll + eyes_open + template")
    b.json(
        {
            "mukh": {
                "yaw": rf(c.rng, -10, 10, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
                "eyes_open": True,
                "face_template": floats_b64(floats(c.rng, 128)),
            },
            "cif": b.acct("bank_cif"),
        }
    )
    b.ok_json({"pass": True})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/pkg")
    b.bio("face_image", "json p: encrypted liveness package (no readable key)", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(900))), "k": rid(c.rng)[:16]})
    b.ok_json({"ok": 1})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/device/bind")
    b.json(
        {
            "deviceId": b.id("aid_bank", where="json deviceId"),
            "deviceModel": "vivo V2247",
            "cif": b.acct("bank_cif"),
            "phone": b.acct("msisdn"),
        }
    )
    b.ok_json({"bound": True, "sessionId": rid(c.rng)})
    return b.build()


def khqr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pay/khqr")
    b.decoy("KHQR payment: merchant's terminal id and transaction hash (not the tester's device)")
    b.json(
        {
            "merchant": "Kampot Pepper Shop",
            "terminal_id": "TID" + rid(c.rng)[:8],
            "amount": rf(c.rng, 1, 40, 2),
            "ccy": "USD",
            "md5": rid(c.rng).replace("-", ""),
        }
    )
    b.ok_json({"status": "PAID", "at": iso(c)})
    return b.build()


def fx(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rates/usd-khr")
    b.decoy("USD/KHR rate series (numbers, no face)")
    b.ok_json({"series": [rf(c.rng, 4050, 4120, 1) for _ in range(30)]})
    return b.build()
