"""The bank app's on-device face checks sent on to its backend: Apple Vision
face landmarks during the selfie step, and an ARKit blink / smile challenge with
blend-shape coefficients. Both are the tester's own face data (biometric).

Sources: Apple Vision VNFaceObservation (roll, yaw, pitch, faceCaptureQuality)
and VNFaceLandmarks2D regions (leftEye, rightEye, nose, outerLips, faceContour,
normalized points); ARKit ARFaceAnchor.BlendShapeLocation (eyeBlinkLeft,
eyeBlinkRight, mouthSmileLeft, mouthSmileRight, jawOpen, browInnerUp, 0..1).
The bank endpoint is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://mobile.bank-przyklad.pl"
REGIONS = {"leftEye": 8, "rightEye": 8, "nose": 8, "outerLips": 14, "faceContour": 17}
SHAPES = ["eyeBlinkLeft", "eyeBlinkRight", "mouthSmileLeft", "mouthSmileRight", "jawOpen"]


def _pts(c: Context, n: int) -> list[list[float]]:
    x, y = c.rng.uniform(0.3, 0.6), c.rng.uniform(0.3, 0.6)
    return [[rf(c.rng, x - 0.1, x + 0.1, 4), rf(c.rng, y - 0.1, y + 0.1, 4)] for _ in range(n)]


def vision_landmarks(c: Context) -> Flow:
    b = FB(c, "mojbank", "POST", f"{API}/api/kyc/selfie/quality")
    b.header("user-agent", ua("MojBank", "2417"))
    b.header("x-request-id", rid(c.rng))
    obs = {
        "boundingBox": [rf(c.rng, 0.2, 0.3), rf(c.rng, 0.2, 0.3), 0.45, 0.5],
        "roll": rf(c.rng, -0.2, 0.2),
        "yaw": rf(c.rng, -0.3, 0.3),
        "pitch": rf(c.rng, -0.2, 0.2),
        "faceCaptureQuality": rf(c.rng, 0.3, 0.9, 3),
        "landmarks": {r: _pts(c, n) for r, n in REGIONS.items()},
    }
    b.json({"step": "selfie", "faceObservation": obs, "ts": iso(c)})
    b.bio("face_landmarks", "faceObservation.landmarks (Vision regions) with head pose")
    b.ok_json({"accepted": True})
    return b.build()


def blink_challenge(c: Context) -> Flow:
    b = FB(c, "mojbank", "POST", f"{API}/api/kyc/liveness/challenge")
    b.header("user-agent", ua("MojBank", "2417"))
    frames = [
        {"t": i * 66, "blendShapes": {s: rf(c.rng, 0, 1, 3) for s in SHAPES}} for i in range(10)
    ]
    b.json({"challenge": c.rng.choice(["blink", "smile"]), "frames": frames, "passed": True})
    b.bio("blendshapes", "frames[].blendShapes (ARKit eyeBlinkLeft, mouthSmileLeft...)")
    b.ok_json({"ok": True})
    return b.build()


BIO = [vision_landmarks, blink_challenge]
