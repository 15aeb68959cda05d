"""A matrimony app ("RishtaMilan") with photo verification: the member takes
selfies in the poses the app asks for, on-device ML Kit face detection sends
the contour points, a face embedding is compared to the profile photos, and the
verdict is stored; plus profile search, horoscope matching and photo fetches.

Fictional backend. Face contour points in the shape ML Kit's FaceContour
returns (lists of PointF per contour type: FACE, LEFT_EYE...; ML Kit docs,
"Detect faces with ML Kit on Android").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, points, rf, ua

API = "https://api.rishtamilan.in"
POSES = ("LOOK_STRAIGHT", "TURN_LEFT", "TURN_RIGHT", "SMILE", "TILT_UP")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "rishtamilan", method, API + path)
    b.header("user-agent", ua("RishtaMilan", "11.4.2"))
    b.header("x-rm-install", b.id("matri_install", where="header x-rm-install"))
    return b


def pose_selfie(c: Context) -> Flow:
    b = _b(c, "POST", "/verify/v1/photo-verification/selfie")
    b.bio("face_image", "multipart selfie (pose capture for photo verification)")
    bnd = "----RM" + new_hex(c.rng, 16)
    body = multipart(
        bnd,
        [
            ("profileId", None, None, b.acct("matri_profile").encode()),
            ("pose", None, None, c.rng.choice(POSES).encode()),
            ("selfie", "pose.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"accepted": True, "nextPose": c.rng.choice(POSES)})
    return b.build()


def contours(c: Context) -> Flow:
    b = _b(c, "POST", "/verify/v1/photo-verification/contours")
    b.bio("face_landmarks", "json faceContours.FACE / LEFT_EYE points")
    b.json(
        {
            "pose": c.rng.choice(POSES),
            "headEulerY": rf(c.rng, -30, 30, 2),
            "faceContours": {
                "FACE": points(c.rng, 36),
                "LEFT_EYE": points(c.rng, 16),
                "RIGHT_EYE": points(c.rng, 16),
                "UPPER_LIP_TOP": points(c.rng, 11),
            },
            "smilingProbability": rf(c.rng, 0, 1, 3),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/verify/v1/photo-verification/match")
    b.bio("face_embedding", "json selfieTemplate (float32 face embedding, base64)")
    b.json(
        {
            "profileId": b.acct("matri_profile"),
            "model": "mobilefacenet-v2",
            "selfieTemplate": floats_b64(floats(c.rng, 128)),
            "photoIds": [new_hex(c.rng, 12) for _ in range(3)],
        }
    )
    b.ok_json({"similarity": rf(c.rng, 0.6, 0.95, 3), "verified": True})
    return b.build()


def verdict(c: Context) -> Flow:
    b = _b(c, "PUT", "/profile/v2/me/badges")
    b.bio("face_match_result", "json photoVerification.faceSimilarity + livenessPassed")
    b.json(
        {
            "photoVerification": {
                "faceSimilarity": rf(c.rng, 0.7, 0.97, 3),
                "livenessPassed": True,
                "posesDone": list(c.rng.sample(POSES, 3)),
                "at": iso(c),
            }
        }
    )
    b.ok_json({"badges": ["PHOTO_VERIFIED"]})
    return b.build()


def opaque_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/u")
    b.bio("face_image", "multipart f (encrypted capture blob)", detectable=False)
    bnd = "----RM" + new_hex(c.rng, 16)
    body = multipart(bnd, [("f", "b.bin", "application/octet-stream", c.rng.randbytes(800))])
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"r": 0})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v2/session")
    b.json(
        {
            "email": b.id("email", where="json email"),
            "deviceAndroidId": b.id("aid_matri", where="json deviceAndroidId"),
            "otp": f"{c.rng.randint(0, 999999):06d}",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48)})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/search/v3/matches?community=Tamil+Iyer&ageMin=26&ageMax=32")
    b.decoy("other members' profiles, photo urls, self-declared details")
    b.ok_json(
        {
            "results": [
                {
                    "id": "T" + str(c.rng.randint(10**6, 10**7)),
                    "age": c.rng.randint(26, 32),
                    "heightCm": c.rng.randint(150, 185),
                    "gender": "MALE",
                    "photo": f"https://img.rishtamilan.in/p/{new_hex(c.rng, 20)}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "PATCH", "/profile/v2/me")
    b.decoy("self-declared gender, height, complexion on a profile form")
    b.json(
        {
            "gender": "FEMALE",
            "heightCm": 160,
            "complexion": "WHEATISH",
            "bodyType": "SLIM",
            "motherTongue": "Tamil",
            "aboutMe": "Software engineer in Bengaluru",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def horoscope(c: Context) -> Flow:
    b = _b(c, "POST", "/astro/v1/kundli-match")
    b.decoy("horoscope guna scores (numeric series)")
    b.json(
        {"a": "T" + str(c.rng.randint(10**6, 10**7)), "b": "T" + str(c.rng.randint(10**6, 10**7))}
    )
    b.ok_json(
        {"gunaTotal": c.rng.randint(12, 36), "koota": [c.rng.randint(0, 8) for _ in range(8)]}
    )
    return b.build()


def photo(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://img.rishtamilan.in/p/{new_hex(c.rng, 20)}_m.jpg")
    b.decoy("another member's profile photo (download)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def chat_b64(c: Context) -> Flow:
    b = _b(c, "POST", "/chat/v1/send")
    b.json({"to": "T" + str(c.rng.randint(10**6, 10**7)), "msg": b64("Namaste! Can we talk?")})
    b.ok_json({"sent": True})
    return b.build()
