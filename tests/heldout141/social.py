"""Snapcircle (iPhone): a social camera app with AR face filters.

Effects run on ARKit face tracking: uploading an effect preview syncs the
face mesh vertices (MediaPipe-style 468 [x,y,z] points under `landmarks`) and
ARKit blendshape coefficients (`eyeBlinkLeft`, `jawOpen`…) for the "try it on a
friend" remix; the face-lock feature sends a 128-float face embedding as base64
float32 under `e` (opaque). The pet filter's dog-face keypoints, sticker
catalogue, feed and comment posts are look-alikes. Braze gets custom events.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64

from . import sdkwire
from .phone import FB, floats, ios_ua, iso, ms, rf, rid

API = "https://api.snapcircle.example"
UA = ios_ua("Snapcircle", "13.2.0")
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthFunnel",
    "eyeWideLeft",
    "eyeWideRight",
    "tongueOut",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "snapcircle", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _mesh(c: Context, n: int) -> list[list[float]]:
    return [
        [rf(c.rng, 0.2, 0.8, 4), rf(c.rng, 0.15, 0.85, 4), rf(c.rng, -0.08, 0.08, 4)]
        for _ in range(n)
    ]


def face_mesh_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lenses/remix/face-capture")
    b.bio("face_mesh", "json faceCapture.landmarks (468 [x,y,z]) + blendshapes")
    b.json(
        {
            "lensId": f"lens_{c.rng.randint(1000, 9999)}",
            "faceCapture": {
                "landmarks": _mesh(c, 468),
                "blendshapes": {s: rf(c.rng, 0, 1, 3) for s in SHAPES},
                "headPose": {
                    "yaw": rf(c.rng, -20, 20, 2),
                    "pitch": rf(c.rng, -15, 15, 2),
                    "roll": rf(c.rng, -10, 10, 2),
                },
            },
            "capturedAt": iso(c),
        }
    )
    b.ok_json({"remixId": rid(c.rng)})
    return b.build()


def blendshape_stream(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/avatars/live/blendshapes")
    b.bio("blendshapes", "json frames[].blendShapes (ARKit names)")
    b.json(
        {
            "avatarId": f"av_{c.rng.randint(100, 999)}",
            "frames": [
                {"t": ms(c) + i * 33, "blendShapes": {s: rf(c.rng, 0, 1, 3) for s in SHAPES}}
                for i in range(6)
            ],
        }
    )
    b.no_content()
    return b.build()


def face_lock_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/vault/k")
    b.bio("face_embedding", "json e (base64 float32, 128 dims)", detectable=False)
    b.json({"e": floats_b64(floats(c.rng, 128)), "q": rf(c.rng, 0.7, 0.99, 3), "n": 1})
    b.ok_json({"ok": 1})
    return b.build()


def age_gate_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/safety/age-estimation")
    b.bio("face_analysis", "json faceAnalysis.estimatedAge from selfie")
    b.json(
        {
            "faceAnalysis": {
                "estimatedAge": c.rng.randint(16, 60),
                "confidence": rf(c.rng, 0.6, 0.99, 2),
                "faceBox": [rf(c.rng, 0.2, 0.4, 3), rf(c.rng, 0.2, 0.4, 3), 0.35, 0.45],
            },
            "source": "front_camera",
        }
    )
    b.ok_json({"ageVerified": True})
    return b.build()


def pet_filter(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lenses/pet-ears/anchor")
    b.decoy("dog-face keypoints for the pet filter (an animal's face, not biometric)")
    b.json(
        {
            "species": "dog",
            "petFaceLandmarks": [[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(12)],
        }
    )
    b.ok_json({"anchored": True})
    return b.build()


def stickers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lenses/catalog?category=face")
    b.decoy("face-filter catalogue (effects named 'face', no face data)")
    b.ok_json(
        {
            "lenses": [
                {
                    "lensId": f"lens_{i}",
                    "name": n,
                    "thumbnail": f"https://cdn.snapcircle.example/{i}.png",
                }
                for i, n in enumerate(["Face Swap", "Freckles", "Cowboy Hat", "Glam Face"])
            ]
        }
    )
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/feed?cursor={rid(c.rng)[:8]}")
    b.decoy("feed of posts with view counts (aggregate) and cursors")
    b.ok_json(
        {
            "posts": [
                {"postId": rid(c.rng), "views": c.rng.randint(10, 10**6), "caption": "Go Bucks"}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def braze_events(c: Context) -> Flow:
    events = [
        {"name": "ce", "time": int(c.now), "data": {"n": "lens_applied", "p": {"lens": "Freckles"}}}
    ]
    return sdkwire.braze(c, "social", events, "idfv_social", False)


def appsflyer_launch(c: Context) -> Flow:
    return sdkwire.appsflyer(c, "social", True, "idfv_social")
