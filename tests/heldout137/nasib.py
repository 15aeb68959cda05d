"""Nasib: a matchmaking app on the iPhone (Dubai relatives). Selfie verification
compares a live selfie with profile photos; the result carries a face-analysis
block (estimated age, head pose). Profile photos uploaded to the gallery, a
self-declared gender on sign-up and a compatibility score are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ios_ua, rf, rid

API = "https://api.nasib.example"
UA = ios_ua("Nasib", "5.0.3", "com.nasib.match; build:503")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nasib", method, url)
    b.header("user-agent", UA)
    b.header("x-vendor-id", b.id("idfv_nasib", where="header x-vendor-id (IDFV)"))
    return b


def selfie_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/verification/selfie")
    b.bio("face_image", "json selfie_b64 (selfie for face match)")
    b.json({"selfie_b64": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)), "gesture": "peace_sign"})
    b.ok_json({"verified": True, "similarity": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_analysis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/verification/{rid(c.rng)}/result")
    b.bio("face_analysis", "response json faceAttributes (age, pose from the selfie)")
    b.ok_json(
        {
            "faceAttributes": {
                "estimatedAge": c.rng.randint(24, 34),
                "headPose": {"yaw": rf(c.rng, -15, 15, 1), "roll": rf(c.rng, -5, 5, 1)},
                "smile": rf(c.rng, 0, 1, 2),
            },
            "status": "approved",
        }
    )
    return b.build()


def photo_upload(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/profile/photos/{c.rng.randint(1, 6)}")
    b.decoy("profile gallery photo (not sent to face matching)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.nasib.example/p/{rid(c.rng)}.jpg"})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/profile")
    b.decoy("self-declared gender and age on a form")
    b.json(
        {
            "gender": "female",
            "birthYear": 1996,
            "city": "Dubai",
            "ma3ayeer": ["moltazem"],
            "owner": b.acct("nasib_user"),
            "email": b.id("email", where="json email (account contact)"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def matches(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/matches?page=1")
    b.decoy("match cards with compatibility scores")
    b.ok_json({"cards": [{"id": rid(c.rng), "compat": rf(c.rng, 0.4, 0.98, 2)} for _ in range(5)]})
    return b.build()
