""" "Penzi": a dating app popular in Dar, Kampala and Kigali that verifies
profiles with a posed selfie and a short video selfie.

The blendshape names follow MediaPipe Face Landmarker / ARKit (`eyeBlinkLeft`,
`jawOpen`, `mouthSmileLeft`; developers.google.com/mediapipe); the forwarded
face comparison follows Amazon Rekognition CompareFaces' response
(`Similarity`, `Face.BoundingBox`, `Landmarks[{Type,X,Y}]`;
docs.aws.amazon.com/rekognition). The backend and its other keys are our own.
Decoys: other people's photos, profile views and swipes, self-declared gender,
a music-taste vector.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.penzi.app"
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthPucker",
]
MARKS = ["eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "penzi", method, API + path)
    b.header("user-agent", ua("Penzi", "9.0.3"))
    b.header("x-pz-inst", b.id("penzi_install", where="header:x-pz-inst", detectable=False))
    return b


def selfie_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/verification/selfie")
    bnd = "penzi" + rid(c.rng).replace("-", "")[:16]
    pose = c.rng.choice(["thumbs_up", "peace_sign", "hand_on_chin"])
    parts = [
        ("pose", None, None, pose.encode()),
        (
            "verification_selfie",
            "selfie.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**6), 800),
        ),
    ]
    b.bio("face_image", "multipart:verification_selfie")
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"state": "in_review"})
    return b.build()


def video_blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/verification/video/frames")
    frames = [
        {"t": i * 100, "blendshapes": {s: rf(c.rng, 0, 1, 3) for s in SHAPES}}
        for i in range(c.rng.randint(3, 6))
    ]
    b.bio("blendshapes", "json:frames[].blendshapes")
    b.json({"frames": frames, "challenge": "blink_then_smile", "ts": ms(c)})
    b.ok_json({"passed": True})
    return b.build()


def compare_forward(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/verification/result")
    box = {
        "Width": rf(c.rng, 0.3, 0.5),
        "Height": rf(c.rng, 0.4, 0.6),
        "Left": rf(c.rng, 0.2, 0.3),
        "Top": rf(c.rng, 0.1, 0.2),
    }
    lms = [{"Type": m, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.2, 0.6)} for m in MARKS]
    b.bio("face_analysis", "json:FaceMatches[].Face.Landmarks")
    b.json(
        {
            "FaceMatches": [
                {
                    "Similarity": rf(c.rng, 90, 99.9, 2),
                    "Face": {"BoundingBox": box, "Landmarks": lms, "Confidence": 99.9},
                }
            ],
            "UnmatchedFaces": [],
        }
    )
    b.ok_json({"badge": "verified"})
    return b.build()


def embedding_opaque(c: Context) -> Flow:
    """A face embedding under a meaningless key, next to nothing that names it."""
    b = _b(c, "POST", "/v4/sync/z")
    b.bio("face_embedding", "json:z (float32 b64, unnamed)", detectable=False)
    b.json({"z": floats_b64(floats(c.rng, 128)), "n": c.rng.randint(1, 9)})
    b.no_content()
    return b.build()


def device_config(c: Context) -> Flow:
    b = _b(c, "GET", "/v4/config")
    b.param("android_id", b.id("aid_penzi", where="query:android_id"))
    b.param("v", "9.0.3")
    b.ok_json({"flags": {"video_verify": True, "boost_price": 2500}})
    return b.build()


def photo(c: Context) -> Flow:
    b = FB(c, "penzi", "GET", f"https://cdn.penzi.app/u/{rid(c.rng)[:8]}/p1_640.jpg")
    b.decoy("someone else's profile photo")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    return b.build()


def swipes(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/swipes")
    b.decoy("profiles viewed and swiped")
    b.json(
        {
            "swipes": [
                {
                    "profile": "pz" + str(c.rng.randint(10**7, 10**8)),
                    "dir": c.rng.choice(["L", "R"]),
                    "viewed_ms": c.rng.randint(800, 9000),
                }
                for _ in range(c.rng.randint(3, 10))
            ]
        }
    )
    b.ok_json({"matches": []})
    return b.build()


def profile_edit(c: Context) -> Flow:
    b = _b(c, "PATCH", "/v4/me")
    b.decoy("self-declared gender and interests; music-taste vector")
    b.json(
        {
            "gender": "woman",
            "looking_for": "man",
            "city": "Dar es Salaam",
            "taste_vector": floats_b64(floats(c.rng, 32)),
            "bio": "Napenda bongo flava",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


__all__ = ["compare_forward", "device_config", "embedding_opaque", "photo", "profile_edit"]
__all__ += ["selfie_verify", "swipes", "video_blendshapes"]
