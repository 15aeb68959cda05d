"""Glow Face Yoga (fictional face-yoga / skincare app): tracks the user's face
with ARKit over weeks and uploads landmark snapshots, ARKit blendshape
coefficients during exercises, and per-region skin / wrinkle analysis.

ARKit: ARFaceAnchor.blendShapes uses keys such as jawOpen, mouthSmileLeft,
browInnerUp, cheekPuff, eyeBlinkLeft (Apple ARKit docs,
ARFaceAnchor.BlendShapeLocation); MediaPipe Face Mesh gives 468 landmarks
(google-ai-edge/mediapipe face_mesh docs). The upload API is the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.glowfaceyoga.com"
UA = ua("GlowFaceYoga", "3.2.0", "320")
BLEND = [
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "mouthPucker",
    "eyeSquintLeft",
    "noseSneerLeft",
]
EXERCISES = ["lion_face", "cheek_lift", "forehead_smoother", "jaw_release"]


def _b(c: Context, method: str, path: str, install: bool = True) -> FB:
    b = FB(c, "glow", method, API + path)
    b.header("user-agent", UA)
    if install:
        b.header("x-glow-install", b.id("glow_install", where="header.x-glow-install"))
    return b


def landmark_snapshot(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/progress/face-landmarks")
    n = c.rng.choice([68, 106, 468])
    pts = [
        [rf(c.rng, 0.2, 0.8, 4), rf(c.rng, 0.15, 0.9, 4), rf(c.rng, -0.05, 0.05, 4)]
        for _ in range(n)
    ]
    b.json(
        {"day": c.rng.randint(1, 90), "capturedAt": iso(c), "model": f"mesh{n}", "landmarks": pts},
        encoding="gzip",
    )
    b.bio("face_landmarks", "body(gzip).landmarks")
    b.ok_json({"stored": True})
    return b.build()


def blendshape_session(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sessions/exercise")
    frames = [
        {"t": i * 100, "blendShapes": {k: rf(c.rng, 0, 1, 3) for k in c.rng.sample(BLEND, 6)}}
        for i in range(c.rng.randint(3, 8))
    ]
    b.json({"exercise": c.rng.choice(EXERCISES), "reps": c.rng.randint(5, 15), "frames": frames})
    b.bio("blendshapes", "body.frames[].blendShapes (ARKit)")
    b.ok_json({"score": c.rng.randint(50, 100)})
    return b.build()


def skin_analysis(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/analysis/skin")
    regions = ["forehead", "glabella", "crowsFeetL", "crowsFeetR", "nasolabialL", "nasolabialR"]
    b.json(
        {
            "faceId": "scan-" + rid(c.rng)[:8],
            "faceShape": c.rng.choice(["oval", "heart", "square"]),
            "wrinkleScores": {r: rf(c.rng, 0, 1, 2) for r in regions},
            "jawlineSymmetry": rf(c.rng, 0.8, 1, 3),
            "interPupillaryMm": rf(c.rng, 58, 68, 1),
            "estimatedSkinAge": c.rng.randint(25, 45),
        }
    )
    b.bio("face_analysis", "body.wrinkleScores/faceShape/interPupillaryMm")
    b.ok_json({"plan": EXERCISES[:2]})
    return b.build()


def mesh_binary(c: Context) -> Flow:
    """The ARKit face geometry as raw float32 vertices (1220 x 3) in base64, under a named key."""
    b = _b(c, "POST", "/v1/progress/face-geometry")
    b.json(
        {
            "vertexCount": 1220,
            "faceGeometry": b64(c.rng.randbytes(1220 * 12 // 8)),
            "format": "f32le",
        }
    )
    b.bio("face_mesh", "body.faceGeometry (ARFaceGeometry vertices)")
    b.no_content()
    return b.build()


def progress_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sync")
    b.set_body(gz(c.rng.randbytes(600)), "application/octet-stream")
    b.bio("face_landmarks", "body (encrypted progress bundle)", detectable=False)
    b.no_content()
    return b.build()


def device(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices")
    b.json(
        {
            "identifierForVendor": b.id("idfv_glow", where="body.identifierForVendor"),
            "trueDepth": True,
            "tz": "Asia/Jerusalem",
        }
    )
    b.no_content()
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/articles/42", install=False)
    b.ok_json(
        {
            "title": "5 face yoga moves for a sharper jawline",
            "body": "Your face has 43 muscles. Smile wide, hold the cheek lift for ten seconds...",
            "hero": "https://cdn.glowfaceyoga.com/a/42.jpg",
            "readMin": 4,
            "ts": ms(c),
        }
    )
    b.decoy("article about faces")
    return b.build()


def video_lesson(c: Context) -> Flow:
    b = FB(c, "glow", "GET", f"https://cdn.glowfaceyoga.com/v/{c.rng.choice(EXERCISES)}_720.mp4")
    b.header("user-agent", UA)
    b.respond(206, "video/mp4", c.rng.randbytes(600))
    b.decoy("exercise demo video fetch")
    return b.build()
