"""Age checks: Lootcast and Snipz gate mature streams / DMs behind Yoti's facial age
estimation.

The SDK posts the selfie as base64 JPEG under `img` to the age-estimation service
and gets back an estimated age with its deviation and an anti-spoofing verdict (a
face-analysis result: labelled biometric in the response too). Snipz then forwards
the estimate to its own backend with the face's head pose. A newer SDK build wraps the
request in a sealed envelope. A self-declared birthday form is not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, bearer, ios_ua, rf, rid

YOTI = "https://api.yoti.com/ai/v1"


def yoti_estimate(c: Context) -> Flow:
    b = FB(c, "yoti-age", "POST", f"{YOTI}/age-antispoofing")
    b.header("user-agent", "YotiFaceCapture-iOS/6.3.0")
    b.header("x-yoti-auth-id", new_hex(c.rng, 24))
    b.header("x-yoti-auth-digest", b64(new_hex(c.rng, 32)))
    b.bio("face_image", "json img (base64 selfie jpeg) to /age-antispoofing")
    b.bio_response("face_analysis", "response json age / st_dev / antispoofing")
    b.json(
        {
            "img": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "metadata": {"device": "mobile"},
            "threshold": 18,
        }
    )
    b.ok_json(
        {
            "age": rf(c.rng, 14.5, 19.5, 2),
            "st_dev": rf(c.rng, 1.1, 2.4, 2),
            "antispoofing": {"prediction": "real", "probability": rf(c.rng, 0.9, 1, 3)},
        }
    )
    return b.build()


def snipz_age_result(c: Context) -> Flow:
    b = FB(c, "snipz", "POST", "https://api.snipz.example/v3/safety/age-signal")
    b.header("user-agent", ios_ua("Snipz", "31.4.0", "31400"))
    b.header("authorization", bearer(c.rng))
    b.bio("face_analysis", "json estimatedAge / faceHeadPose (from the selfie)")
    b.json(
        {
            "provider": "yoti",
            "estimatedAge": rf(c.rng, 14.5, 19.5, 1),
            "ageBand": "13-17",
            "faceHeadPose": {"yaw": rf(c.rng, -10, 10, 1), "pitch": rf(c.rng, -10, 10, 1)},
            "checkId": rid(c.rng),
        }
    )
    b.ok_json({"teenMode": True})
    return b.build()


def yoti_sealed(c: Context) -> Flow:
    b = FB(c, "yoti-age", "POST", f"{YOTI}/secure/age")
    b.header("user-agent", "YotiFaceCapture-iOS/6.4.0")
    b.bio("face_image", "json data (sealed envelope of the selfie)", detectable=False)
    b.json(
        {
            "data": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "nonce": new_hex(c.rng, 24),
            "ts": int(c.now),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48)})
    return b.build()


def birthday_form(c: Context) -> Flow:
    b = FB(c, "lootcast", "POST", "https://api.lootcast.example/v1/account/birthday")
    b.header("user-agent", ios_ua("Lootcast", "4.2.0"))
    b.decoy("self-declared birth date (not face age estimation)")
    b.json({"birthday": {"year": 2008, "month": 3, "day": 14}, "source": "self_declared"})
    b.ok_json({"ageGate": "teen"})
    return b.build()
