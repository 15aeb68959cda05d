"""Wisal, a marriage / dating app (in-house backend, fictional) with photo
verification: a gesture selfie upload, on-device ML Kit face analysis sent on,
and Azure AI Face detection called from the app.

ML Kit Face Detection (developers.google.com/ml-kit/vision/face-detection):
contours FACE (36 points), LEFT_EYE / RIGHT_EYE (16), UPPER_LIP_TOP...,
`headEulerAngleX/Y/Z`, `smilingProbability`, `leftEyeOpenProbability`. Azure
Face: POST {endpoint}/face/v1.0/detect?returnFaceId=..&returnFaceLandmarks=..
&detectionModel=detection_03 with an application/octet-stream image (Azure AI
Face REST reference, Face - Detect).
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.wisal.example"
UA = ua("Wisal", "4.2.7")


def _base(c: Context, method: str, url: str, params=None) -> FB:
    b = FB(c, "wisal", method, url, params)
    b.header("user-agent", UA)
    b.header("x-wisal-user", c.phone.wisal_user)
    return b


def _contour(c: Context, n: int, cx: float, cy: float, r: float) -> list[dict[str, float]]:
    return [
        {"x": rf(c.rng, cx - r, cx + r, 1), "y": rf(c.rng, cy - r, cy + r, 1)} for _ in range(n)
    ]


def gesture_selfie(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/verification/v1/photo")
    bnd = new_hex(c.rng, 32)
    parts = [
        ("pose", None, None, c.rng.choice([b"peace_sign", b"thumb_up", b"hand_on_chin"])),
        ("verification_selfie", "v.jpg", "image/jpeg", fake_jpeg(c.rng.randint(1, 10**9), 1000)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.verification_selfie")
    b.ok_json({"status": "pending_review"})
    return b.build()


def mlkit_face(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/verification/v1/face-signals")
    b.json(
        {
            "faces": [
                {
                    "boundingBox": [120, 200, 420, 560],
                    "headEulerAngleX": rf(c.rng, -8, 8, 2),
                    "headEulerAngleY": rf(c.rng, -15, 15, 2),
                    "headEulerAngleZ": rf(c.rng, -5, 5, 2),
                    "smilingProbability": rf(c.rng, 0, 1, 3),
                    "leftEyeOpenProbability": rf(c.rng, 0.6, 1, 3),
                    "contours": {
                        "FACE": _contour(c, 36, 270, 380, 150),
                        "LEFT_EYE": _contour(c, 16, 220, 330, 20),
                        "RIGHT_EYE": _contour(c, 16, 320, 330, 20),
                    },
                }
            ],
            "capturedAt": iso(c),
        }
    )
    b.bio("face_landmarks", "body.faces[].contours")
    b.ok_json({"accepted": True})
    return b.build()


def azure_detect(c: Context) -> Flow:
    params = [
        ("returnFaceId", "true"),
        ("returnFaceLandmarks", "true"),
        ("recognitionModel", "recognition_04"),
        ("detectionModel", "detection_03"),
        ("returnFaceAttributes", "headPose,qualityForRecognition"),
    ]
    b = FB(
        c,
        "azure-face",
        "POST",
        "https://wisal-verify.cognitiveservices.azure.com/face/v1.0/detect",
        params,
    )
    b.header("ocp-apim-subscription-key", new_hex(c.rng, 32))
    b.set_body(fake_jpeg(c.rng.randint(1, 10**9), 1200), "application/octet-stream")
    b.bio("face_image", "body (image to a face-detection API)")
    b.ok_json(
        [
            {
                "faceId": rid(c.rng),
                "faceRectangle": {"top": 131, "left": 177, "width": 162, "height": 162},
            }
        ]
    )
    return b.build()


def sealed_verify(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v/2/u")
    b.json(
        {
            "x": base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(500))).decode(),
            "n": new_hex(c.rng, 24),
        }
    )
    b.bio("face_image", "body.x (encrypted)", detectable=False)
    b.ok_json({"ok": 1})
    return b.build()


def session_start(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/session")
    b.json(
        {
            "installationId": b.id("wisal_install", where="body.installationId"),
            "android_id": b.id("aid_wisal", where="body.android_id"),
            "locale": "ar_AE",
            "tz": "Asia/Dubai",
        }
    )
    b.ok_json({"session": new_hex(c.rng, 40)})
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/profile")
    b.json(
        {
            "displayName": "فيصل",
            "gender": "male",
            "heightCm": c.rng.randint(165, 190),
            "maritalStatus": "single",
            "seeking": "marriage",
            "city": "دبي",
            "prayer": "always",
        }
    )
    b.decoy("sign-up form: self-declared gender, height, marital status")
    b.ok_json({"id": c.phone.wisal_user})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _base(c, "PUT", f"{API}/v1/profile/photos/{c.rng.randint(1, 6)}")
    b.set_body(fake_jpeg(c.rng.randint(1, 10**9), 900), "image/jpeg")
    b.decoy("gallery photo for the public profile (no verification, no face API)")
    b.ok_json({"url": f"https://img.wisal-cdn.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def matches(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/v1/matches", [("page", "1")])
    b.decoy("suggested matches with compatibility score vectors")
    b.ok_json(
        {
            "matches": [
                {
                    "id": "w" + str(c.rng.randint(10**7, 10**8)),
                    "name": "سارة",
                    "compat": [rf(c.rng, 0, 1, 3) for _ in range(8)],
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()
