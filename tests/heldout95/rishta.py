"""SacchaRishta: a matrimonial app with selfie verification ("blue tick").

The verification screen runs an on-device face SDK (106-point landmarks, a
MediaPipe-style liveness with blendshape scores) and posts the results and the
selfie to the app's verification API; the face attributes it estimates are sent
on for "profile quality". Engagement goes through WebEngage (India): events
carry `luid` (WebEngage's device-scoped user id), `suid`, `cuid` and the ad id
in `system_data` (WebEngage docs: user identifiers luid / cuid; events
`event_name` / `event_data`). Profiles viewed, the self-declared gender on the
sign-up form and profile photos are not biometric data or viewing history.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, ms, points, rf, rid, ua

HOST = "https://api.saccharishta.example.in"
LICENSE = "in~~71680b2c"
BLEND = [
    "eyeBlink_L",
    "eyeBlink_R",
    "jawOpen",
    "mouthSmile_L",
    "mouthSmile_R",
    "browInnerUp",
    "cheekPuff",
    "eyeSquint_L",
    "eyeSquint_R",
    "mouthPucker",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "saccharishta", method, HOST + path)
    b.header("user-agent", ua("SacchaRishta", "11.8.0"))
    b.header("x-trace", rid(c.rng))
    return b


def selfie_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/verify/v1/selfie")
    b.bio("face_image", "multipart:selfie (face verification API)")
    bnd = "rishta" + hashlib.md5(rid(c.rng).encode()).hexdigest()[:18]
    body = multipart(
        bnd,
        [
            ("profileId", None, None, c.phone.rishta_user.encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**9))),
            ("compareWith", None, None, b"profile_photo_1"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"verified": True})
    return b.build()


def landmarks(c: Context) -> Flow:
    b = _b(c, "POST", "/verify/v1/face-geometry")
    b.bio("landmarks", "json:face.landmarks106")
    b.json(
        {
            "face": {
                "landmarks106": points(c.rng, 106),
                "bbox": [112, 210, 498, 640],
                "eulerY": rf(c.rng, -12, 12, 2),
            },
            "frame": c.rng.randint(1, 40),
        }
    )
    b.no_content()
    return b.build()


def liveness_blend(c: Context) -> Flow:
    b = _b(c, "POST", "/verify/v1/liveness")
    b.bio("blendshapes", "json:frames[].blend")
    frames = [{"t": i * 66, "blend": {k: rf(c.rng, 0, 1, 3) for k in BLEND}} for i in range(4)]
    b.json(
        {"challenge": c.rng.choice(["blink", "smile", "turn_left"]), "frames": frames, "at": iso(c)}
    )
    b.ok_json({"live": True})
    return b.build()


def face_attrs(c: Context) -> Flow:
    b = _b(c, "POST", "/profile/v2/photo-quality")
    b.bio("face_analysis", "json:faceAttributes")
    b.json(
        {
            "photoId": f"ph_{c.rng.randint(10**5, 10**6)}",
            "faceAttributes": {
                "age": c.rng.randint(24, 38),
                "gender": c.rng.choice(["male", "female"]),
                "smile": rf(c.rng, 0, 1, 2),
                "emotion": {"happiness": rf(c.rng, 0, 1, 2), "neutral": rf(c.rng, 0, 1, 2)},
                "skinTone": c.rng.choice(["III", "IV", "V"]),
                "glasses": "NoGlasses",
            },
        }
    )
    b.ok_json({"score": c.rng.randint(50, 99)})
    return b.build()


def webengage(c: Context, event: str, data: dict[str, object]) -> Flow:
    b = FB(c, "webengage", "POST", "https://c.in.webengage.com/l.we")
    b.other_id("we_luid", "json:luid", detectable=False)
    b.json(
        {
            "license_code": LICENSE,
            "luid": c.phone.we_luid,
            "suid": rid(c.rng)[:13],
            "cuid": c.phone.rishta_user,
            "category": "application",
            "event_name": event,
            "event_data": data,
            "event_time": ms(c),
            "system_data": {
                "sdk_id": 2,
                "sdk_version": 4150,
                "gaid": b.id("gaid", where="json:system_data.gaid"),
                "device_model": "23117RA68G",
                "os": "android",
            },
        }
    )
    b.no_content()
    return b.build()


def we_profile_viewed(c: Context) -> Flow:
    f = webengage(
        c,
        "Profile Viewed",
        {
            "viewed_profile": f"SH{c.rng.randint(10**7, 10**8)}",
            "community": "Gujarati",
            "seconds_on_profile": c.rng.randint(3, 90),
        },
    )
    f.decoys.append("profiles viewed are not viewing history")
    return f


def we_interest(c: Context) -> Flow:
    return webengage(c, "Interest Sent", {"to": f"SH{c.rng.randint(10**7, 10**8)}"})


def device_info(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/device")
    b.json(
        {
            "dvc_id": b.id("aid_rishta", where="json:dvc_id"),
            "make": "Xiaomi",
            "push": c.phone.fcm_token,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/profile/basic")
    b.decoy("self-declared gender, height, religion on sign-up")
    b.json(
        {
            "gender": "Female",
            "height_cm": 163,
            "religion": "Sikh",
            "mother_tongue": "Punjabi",
            "dob": "1994-02-03",
            "city": "Brampton",
            "diet": "Veg",
        }
    )
    b.ok_json({"profileId": c.phone.rishta_user})
    return b.build()


def matches(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/matches")
    b.params += [("page", str(c.rng.randint(1, 5))), ("sort", "recent")]
    b.decoy("match list with photo urls and ages")
    b.ok_json(
        {
            "matches": [
                {
                    "id": f"SH{c.rng.randint(10**7, 10**8)}",
                    "age": c.rng.randint(25, 35),
                    "photo": f"https://img.saccharishta.example.in/p/{c.rng.randint(1, 10**6)}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = FB(
        c,
        "saccharishta-cdn",
        "GET",
        f"https://img.saccharishta.example.in/p/{c.rng.randint(1, 10**6)}.jpg",
    )
    b.decoy("profile photo download (face image fetched, not sent)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randrange(10**9), 300))
    return b.build()
