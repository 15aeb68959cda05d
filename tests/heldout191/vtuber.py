"""Stream-booth webcams that drive VTuber-style avatars of customers during
events: the tracker sends the customer's face blendshapes, head pose and face
landmarks to the café's avatar relay.

Label decision: these are biometric. The definitions make face landmarks,
blendshapes and head pose from a face biometric whoever's face it is; the rule
that the thing must be the tester's own applies to device identifiers only. The
webcams' serials are the café's (decoys), and the upper-body keypoints without a
face (for the avatar's arms) and the avatar model download are not biometric.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .cafe import GEAR
from .phone import FB, ms, noise, rf

RELAY = "https://avatar-relay.arena-seomyeon.example"
UA = "VSeeBridge/2.2.0 (Windows; booth)"

ARKIT = [
    "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
    "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight",
    "eyeLookDownLeft", "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight", "eyeLookOutLeft",
    "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight", "eyeSquintLeft", "eyeSquintRight",
    "eyeWideLeft", "eyeWideRight", "jawForward", "jawLeft", "jawOpen", "jawRight", "mouthClose",
    "mouthDimpleLeft", "mouthDimpleRight", "mouthFrownLeft", "mouthFrownRight", "mouthFunnel",
    "mouthLeft", "mouthLowerDownLeft", "mouthLowerDownRight", "mouthPressLeft", "mouthPressRight",
    "mouthPucker", "mouthRight", "mouthRollLower", "mouthRollUpper", "mouthShrugLower",
    "mouthShrugUpper", "mouthSmileLeft", "mouthSmileRight", "mouthStretchLeft",
    "mouthStretchRight", "mouthUpperUpLeft", "mouthUpperUpRight", "noseSneerLeft",
    "noseSneerRight", "tongueOut",
]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "avatar_relay", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def _booth(c: Context) -> int:
    return c.rng.randint(1, 4)


def blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", f"{RELAY}/v1/booths/{_booth(c)}/tracking")
    b.bio("face_blendshapes", "json blendShapes{} + headRotation (customer's face)")
    b.json(
        {
            "cam": GEAR["webcam_a"],
            "ts": ms(c),
            "faceFound": True,
            "blendShapes": {k: rf(c.rng, 0, 1, 3) for k in ARKIT},
            "headRotation": {
                "pitch": rf(c.rng, -20, 20, 2),
                "yaw": rf(c.rng, -35, 35, 2),
                "roll": rf(c.rng, -15, 15, 2),
            },
        }
    )
    b.no_content()
    return b.build()


def face_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", f"{RELAY}/v1/booths/{_booth(c)}/face-mesh")
    b.bio("face_landmarks", "json faceLandmarks[68][x,y] (customer's face)")
    cx, cy = rf(c.rng, 500, 780, 1), rf(c.rng, 250, 420, 1)
    b.json(
        {
            "cam": GEAR["webcam_b"],
            "frame": c.rng.randint(1000, 900000),
            "faceLandmarks": [
                [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 70), 1)]
                for _ in range(68)
            ],
        }
    )
    b.no_content()
    return b.build()


def packed_frame(c: Context) -> Flow:
    """The relay's fast path: 52 weights + 3 angles as raw float32, no names."""
    b = _b(c, "POST", f"{RELAY}/v1/booths/{_booth(c)}/f")
    b.bio("face_blendshapes", "body raw float32[55] (unnamed)", detectable=False)
    vals = [rf(c.rng, 0, 1, 3) for _ in range(52)] + [rf(c.rng, -30, 30, 2) for _ in range(3)]
    b.set_body(struct.pack("<I55f", ms(c) % 2**32, *vals), "application/octet-stream")
    b.no_content()
    return b.build()


def upper_body(c: Context) -> Flow:
    b = _b(c, "POST", f"{RELAY}/v1/booths/{_booth(c)}/arms")
    b.decoy("upper-body keypoints (shoulders, elbows, wrists) without a face: not biometric")
    joints = ["lShoulder", "rShoulder", "lElbow", "rElbow", "lWrist", "rWrist"]
    b.json({"ts": ms(c), "pose": {j: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for j in joints}})
    b.no_content()
    return b.build()


def avatar_model(c: Context) -> Flow:
    b = _b(c, "GET", f"{RELAY}/assets/avatars/{c.rng.choice(['neko', 'oni', 'pilot'])}.vrm")
    b.respond(200, "model/gltf-binary", b"glTF" + noise(c, 600))
    return b.build()


def webcam_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{RELAY}/v1/cams/{GEAR['webcam_a']}/settings")
    b.decoy("the café webcam's serial and exposure settings")
    b.json(
        {
            "serial": GEAR["webcam_a"],
            "exposure": c.rng.randint(-8, -3),
            "whiteBalanceK": c.rng.randint(3800, 6500),
            "lut": b64(noise(c, 24)),
        }
    )
    b.no_content()
    return b.build()
