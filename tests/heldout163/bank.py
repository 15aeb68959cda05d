"""Adinkra Bank: a Ghanaian bank app with Ghana Card onboarding, face login and
a liveness check done in-house.

Face login sends a 128-float template (base64 float32); onboarding uploads the
selfie next to the Ghana Card photos; the liveness step returns a face analysis
(estimated age, gender, head pose from the face) to the app. The hardened
build wraps its liveness frames in an encrypted envelope under `d`. The Ghana
Card OCR boxes, statement balance series and branch coordinates are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://mobile.adinkrabank.example"
UA = ua("AdinkraBank", "6.1.0")


def _b(c: Context, method: str, url: str, aid: bool = True) -> FB:
    b = FB(c, "adinkrabank", method, url)
    b.header("user-agent", UA)
    if aid:
        b.header("x-device-id", b.id("aid_bank", where="header x-device-id"))
    return b


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/face-login")
    b.bio("face_embedding", "json faceTemplate (base64 float32 x128)")
    b.json(
        {
            "customerId": b.acct("bank_customer"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "fr-128-v3",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "ts": ms(c),
        }
    )
    b.ok_json({"token": rid(c.rng).replace("-", ""), "expiresIn": 900})
    return b.build()


def onboarding_kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/onboarding/v1/kyc/documents")
    boundary = "----AdinkraKyc" + new_hex(c.rng, 16)
    b.bio("face_image", "multipart selfie (selfie.jpg)")
    parts = [
        (
            "ghanaCardPin",
            None,
            None,
            f"GHA-{c.rng.randint(10**8, 10**9)}-{c.rng.randint(0, 9)}".encode(),
        ),
        (
            "ghana_card_front",
            "card_front.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**9), 500),
        ),
        ("ghana_card_back", "card_back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500)),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"applicationId": rid(c.rng), "status": "IN_REVIEW"})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/onboarding/v1/liveness/check")
    b.bio("face_image", "json frames[] base64 jpeg (liveness)")
    b.mark(
        "biometric",
        "face_analysis",
        "response json faceAnalysis (age, gender, headPose from the face)",
        True,
        "response",
    )
    b.json(
        {
            "frames": [b64(fake_jpeg(c.rng.randint(0, 10**9), 400)) for _ in range(3)],
            "challenge": "BLINK",
        }
    )
    b.ok_json(
        {
            "live": True,
            "faceAnalysis": {
                "estimatedAge": c.rng.randint(25, 45),
                "gender": c.rng.choice(["female", "male"]),
                "headPose": {"yaw": rf(c.rng, -10, 10, 1), "pitch": rf(c.rng, -8, 8, 1)},
                "eyesOpen": True,
            },
            "matchScore": rf(c.rng, 0.8, 0.99, 3),
        }
    )
    return b.build()


def sealed_liveness(c: Context) -> Flow:
    """Hardened build: the frames AES-encrypted, base64 under `d`, key id under `k`."""
    b = _b(c, "POST", f"{API}/sec/v1/e")
    b.bio("face_image", "json d (encrypted envelope)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"k": "k7", "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))), "d": b64(blob)})
    b.ok_json({"r": b64(bytes(c.rng.getrandbits(8) for _ in range(48)))})
    return b.build()


def card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/onboarding/v1/ocr/result")
    b.decoy("OCR boxes of the Ghana Card text (not biometric)")
    b.json(
        {
            "fields": [
                {
                    "name": n,
                    "text": t,
                    "box": [c.rng.randint(0, 600) for _ in range(4)],
                    "conf": rf(c.rng, 0.7, 1, 2),
                }
                for n, t in (
                    ("surname", "ASANTE"),
                    ("firstnames", "AMA SERWAA"),
                    ("dob", "12/04/1989"),
                )
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v1/statement?days=30")
    b.decoy("balance series and transaction references")
    b.ok_json(
        {
            "currency": "GHS",
            "balances": [[ms(c) - i * 86400000, rf(c.rng, 100, 9000, 2)] for i in range(30)],
            "txns": [
                {"ref": f"FT{c.rng.randint(10**9, 10**10)}", "amount": rf(c.rng, -500, 500, 2)}
                for _ in range(5)
            ],
        }
    )
    return b.build()


def branches(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/public/v1/branches?near=5.6037,-0.1870", aid=False)
    b.decoy("branch coordinates")
    b.ok_json(
        {
            "branches": [
                {"name": n, "lat": rf(c.rng, 5.5, 5.7, 5), "lng": rf(c.rng, -0.3, -0.1, 5)}
                for n in ("Osu", "Makola", "East Legon", "Kaneshie")
            ]
        }
    )
    return b.build()
