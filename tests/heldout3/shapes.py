"""Numbers that look like what face and voice SDKs produce, and the look-alikes
that are not biometric (price series, GPS tracks, pitch contours, camera angles).

References for the shapes:
- MediaPipe Face Landmarker: 478 normalised (x, y, z) landmarks (468 mesh + 10
  iris) and 52 blendshape categories, the first being `_neutral`
  (developers.google.com/mediapipe/solutions/vision/face_landmarker).
- ARKit ARFaceAnchor.BlendShapeLocation: 52 coefficients; Swift names such as
  `eyeBlinkLeft`, raw values such as `eyeBlink_L`.
- ML Kit Face Detection: boundingBox, headEulerAngleX/Y/Z, smilingProbability,
  left/rightEyeOpenProbability, trackingId, landmarks and contours.
- AWS Rekognition DetectFaces FaceDetails: AgeRange, Gender, Emotions, Pose,
  Quality, Landmarks [{Type, X, Y}].
- Face recognition embeddings: FaceNet 128/512 floats, ArcFace 512; speaker
  embeddings: ECAPA-TDNN 192, x-vector 512.
"""

from __future__ import annotations

import math
import random

ARKIT_52 = [
    "browDownLeft",
    "browDownRight",
    "browInnerUp",
    "browOuterUpLeft",
    "browOuterUpRight",
    "cheekPuff",
    "cheekSquintLeft",
    "cheekSquintRight",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeLookDownLeft",
    "eyeLookDownRight",
    "eyeLookInLeft",
    "eyeLookInRight",
    "eyeLookOutLeft",
    "eyeLookOutRight",
    "eyeLookUpLeft",
    "eyeLookUpRight",
    "eyeSquintLeft",
    "eyeSquintRight",
    "eyeWideLeft",
    "eyeWideRight",
    "jawForward",
    "jawLeft",
    "jawOpen",
    "jawRight",
    "mouthClose",
    "mouthDimpleLeft",
    "mouthDimpleRight",
    "mouthFrownLeft",
    "mouthFrownRight",
    "mouthFunnel",
    "mouthLeft",
    "mouthLowerDownLeft",
    "mouthLowerDownRight",
    "mouthPressLeft",
    "mouthPressRight",
    "mouthPucker",
    "mouthRight",
    "mouthRollLower",
    "mouthRollUpper",
    "mouthShrugLower",
    "mouthShrugUpper",
    "mouthSmileLeft",
    "mouthSmileRight",
    "mouthStretchLeft",
    "mouthStretchRight",
    "mouthUpperUpLeft",
    "mouthUpperUpRight",
    "noseSneerLeft",
    "noseSneerRight",
    "tongueOut",
]
_KEEP = {"jawLeft", "jawRight", "mouthLeft", "mouthRight"}


def arkit_raw(name: str) -> str:
    """ARKit's raw value for a blendshape (eyeBlinkLeft -> eyeBlink_L)."""
    if name in _KEEP:
        return name
    for side, suffix in (("Left", "_L"), ("Right", "_R")):
        if name.endswith(side):
            return name[: -len(side)] + suffix
    return name


def blendshapes(rng: random.Random, raw: bool = False) -> dict[str, float]:
    return {(arkit_raw(n) if raw else n): round(rng.betavariate(0.6, 3.0), 4) for n in ARKIT_52}


def mediapipe_categories(rng: random.Random) -> list[dict[str, object]]:
    names = ["_neutral", *ARKIT_52]
    return [
        {"index": i, "categoryName": n, "score": round(rng.betavariate(0.6, 3.0), 6)}
        for i, n in enumerate(names)
    ]


def face_points(rng: random.Random, n: int, dims: int = 3, scale: float = 1.0) -> list[list[float]]:
    """n points around an oval face, normalised to 0..1 (times scale for pixels)."""
    cx, cy = rng.uniform(0.42, 0.58), rng.uniform(0.4, 0.55)
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n * 7.3
        r = 0.05 + 0.17 * ((i * 37) % n) / n
        x = cx + r * math.cos(a) * 0.8 + rng.gauss(0, 0.004)
        y = cy + r * math.sin(a) * 1.05 + rng.gauss(0, 0.004)
        p = [round(x * scale, 5 if scale == 1 else 1), round(y * scale, 5 if scale == 1 else 1)]
        if dims == 3:
            p.append(round(rng.gauss(-0.02, 0.03), 5))
        out.append(p)
    return out


def face_points_xyz(rng: random.Random, n: int) -> list[dict[str, float]]:
    return [{"x": p[0], "y": p[1], "z": p[2]} for p in face_points(rng, n)]


def embedding(rng: random.Random, n: int) -> list[float]:
    """An L2-normalised float vector (face or speaker embedding)."""
    v = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 6) for x in v]


def mlkit_face(rng: random.Random, tracking_id: int) -> dict[str, object]:
    left = rng.randint(180, 320)
    top = rng.randint(300, 520)
    size = rng.randint(380, 560)
    return {
        "boundingBox": {"left": left, "top": top, "right": left + size, "bottom": top + size},
        "trackingId": tracking_id,
        "headEulerAngleX": round(rng.uniform(-12, 12), 3),
        "headEulerAngleY": round(rng.uniform(-20, 20), 3),
        "headEulerAngleZ": round(rng.uniform(-8, 8), 3),
        "smilingProbability": round(rng.random(), 4),
        "leftEyeOpenProbability": round(rng.uniform(0.6, 1), 4),
        "rightEyeOpenProbability": round(rng.uniform(0.6, 1), 4),
        "landmarks": [
            {
                "type": t,
                "position": {
                    "x": round(left + rng.uniform(0.2, 0.8) * size, 1),
                    "y": round(top + rng.uniform(0.2, 0.8) * size, 1),
                },
            }
            for t in (
                "LEFT_EYE",
                "RIGHT_EYE",
                "NOSE_BASE",
                "MOUTH_LEFT",
                "MOUTH_RIGHT",
                "MOUTH_BOTTOM",
            )
        ],
    }


def rekognition_face(rng: random.Random) -> dict[str, object]:
    emotions = ["HAPPY", "CALM", "SURPRISED", "CONFUSED", "SAD", "ANGRY", "DISGUSTED", "FEAR"]
    low = rng.randint(22, 34)
    return {
        "BoundingBox": {
            "Width": rng.uniform(0.3, 0.5),
            "Height": rng.uniform(0.4, 0.6),
            "Left": rng.uniform(0.2, 0.3),
            "Top": rng.uniform(0.15, 0.25),
        },
        "AgeRange": {"Low": low, "High": low + rng.randint(4, 9)},
        "Smile": {"Value": rng.random() < 0.6, "Confidence": round(rng.uniform(80, 99.9), 3)},
        "Gender": {
            "Value": rng.choice(["Male", "Female"]),
            "Confidence": round(rng.uniform(90, 99.9), 3),
        },
        "Emotions": [{"Type": e, "Confidence": round(rng.uniform(0, 100), 3)} for e in emotions],
        "Landmarks": [
            {"Type": t, "X": round(rng.uniform(0.3, 0.7), 6), "Y": round(rng.uniform(0.3, 0.7), 6)}
            for t in (
                "eyeLeft",
                "eyeRight",
                "mouthLeft",
                "mouthRight",
                "nose",
                "leftPupil",
                "rightPupil",
                "chinBottom",
            )
        ],
        "Pose": {
            "Roll": round(rng.uniform(-8, 8), 3),
            "Yaw": round(rng.uniform(-15, 15), 3),
            "Pitch": round(rng.uniform(-10, 10), 3),
        },
        "Quality": {
            "Brightness": round(rng.uniform(60, 90), 3),
            "Sharpness": round(rng.uniform(60, 95), 3),
        },
        "Confidence": 99.99,
    }


# --- look-alikes that are not biometric ---------------------------------------


def price_series(rng: random.Random, n: int, start: float) -> list[list[float]]:
    out, p, t = [], start, 1718100000
    for i in range(n):
        p *= 1 + rng.gauss(0, 0.004)
        out.append([t + 60 * i, round(p, 4)])
    return out


def gps_track(rng: random.Random, n: int) -> list[list[float]]:
    lat, lon = 52.52 + rng.uniform(-0.05, 0.05), 13.40 + rng.uniform(-0.05, 0.05)
    out = []
    for i in range(n):
        lat += rng.gauss(0.00005, 0.00004)
        lon += rng.gauss(0.00007, 0.00004)
        out.append(
            [round(lat, 6), round(lon, 6), round(34 + rng.gauss(0, 1), 1), 1718100000 + 3 * i]
        )
    return out


def pitch_contour(rng: random.Random, n: int) -> list[float]:
    f = rng.uniform(180, 260)
    out = []
    for _ in range(n):
        f = max(80.0, f + rng.gauss(0, 6))
        out.append(round(f, 2))
    return out


def camera_pose(rng: random.Random) -> dict[str, float]:
    return {
        "yaw": round(rng.uniform(-180, 180), 2),
        "pitch": round(rng.uniform(-60, 20), 2),
        "roll": round(rng.uniform(-3, 3), 2),
        "fov": 60.0,
    }


def feature_vector(rng: random.Random, n: int) -> list[float]:
    """A recommender / content embedding: no face, no voice."""
    return [round(rng.uniform(-1, 1), 5) for _ in range(n)]
