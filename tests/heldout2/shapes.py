"""Numbers that look like what sensors and models produce: face meshes, blendshape
weights, embeddings and voiceprints (the sensitive ones) and GPS tracks, IMU
batches, price series, camera angles (the decoys that share their shapes).
"""

from __future__ import annotations

import math
import random

# ARKit ARFaceAnchor.BlendShapeLocation raw values (what ARKit plugins serialise)
ARKIT_RAW = [
    "browDown_L",
    "browDown_R",
    "browInnerUp",
    "browOuterUp_L",
    "browOuterUp_R",
    "cheekPuff",
    "cheekSquint_L",
    "cheekSquint_R",
    "eyeBlink_L",
    "eyeBlink_R",
    "eyeLookDown_L",
    "eyeLookDown_R",
    "eyeLookIn_L",
    "eyeLookIn_R",
    "eyeLookOut_L",
    "eyeLookOut_R",
    "eyeLookUp_L",
    "eyeLookUp_R",
    "eyeSquint_L",
    "eyeSquint_R",
    "eyeWide_L",
    "eyeWide_R",
    "jawForward",
    "jawLeft",
    "jawOpen",
    "jawRight",
    "mouthClose",
    "mouthDimple_L",
    "mouthDimple_R",
    "mouthFrown_L",
    "mouthFrown_R",
    "mouthFunnel",
    "mouthLeft",
    "mouthLowerDown_L",
    "mouthLowerDown_R",
    "mouthPress_L",
    "mouthPress_R",
    "mouthPucker",
    "mouthRight",
    "mouthRollLower",
    "mouthRollUpper",
    "mouthShrugLower",
    "mouthShrugUpper",
    "mouthSmile_L",
    "mouthSmile_R",
    "mouthStretch_L",
    "mouthStretch_R",
    "mouthUpperUp_L",
    "mouthUpperUp_R",
    "noseSneer_L",
    "noseSneer_R",
    "tongueOut",
]


def mediapipe_blendshape_names() -> list[str]:
    """MediaPipe FaceLandmarker's 52 categories: `_neutral` then ARKit names in camelCase."""
    names = ["_neutral"]
    for raw in ARKIT_RAW:
        if raw == "tongueOut":
            continue
        names.append(raw.replace("_L", "Left").replace("_R", "Right"))
    return names


def r4(x: float) -> float:
    return round(x, 4)


def face_mesh(rng: random.Random, n: int = 468) -> list[tuple[float, float, float]]:
    """Normalised image coordinates of a face roughly centred in the frame, z relative."""
    cx, cy = rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.55)
    w, h = rng.uniform(0.25, 0.35), rng.uniform(0.3, 0.42)
    pts = []
    for i in range(n):
        a = 2 * math.pi * ((i * 0.618034) % 1.0)
        r = math.sqrt((i * 0.381966) % 1.0)
        x = cx + w / 2 * r * math.cos(a) + rng.gauss(0, 0.002)
        y = cy + h / 2 * r * math.sin(a) + rng.gauss(0, 0.002)
        z = -0.06 * (1 - r * r) + rng.gauss(0, 0.003)
        pts.append((r4(x), r4(y), r4(z)))
    return pts


def blend_weights(rng: random.Random, names: list[str]) -> dict[str, float]:
    return {n: round(max(0.0, min(1.0, rng.betavariate(0.6, 4.0))), 5) for n in names}


def unit_vector(rng: random.Random, dim: int, digits: int = 6) -> list[float]:
    v = [rng.gauss(0, 1) for _ in range(dim)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, digits) for x in v]


def raw_vector(rng: random.Random, dim: int, scale: float = 4.0) -> list[float]:
    """A speaker x-vector is not normalised: magnitudes of several units."""
    return [round(rng.gauss(0, scale), 5) for _ in range(dim)]


# --- decoys ---------------------------------------------------------------------


def gps_track(rng: random.Random, n: int) -> list[list[float]]:
    lat, lon = rng.uniform(52.45, 52.56), rng.uniform(13.3, 13.5)
    out = []
    for _ in range(n):
        lat += rng.gauss(0.00005, 0.00004)
        lon += rng.gauss(0.00007, 0.00004)
        out.append([round(lon, 6), round(lat, 6), round(rng.uniform(34, 48), 1)])
    return out


def imu_batch(rng: random.Random, n: int) -> list[list[float]]:
    return [
        [round(rng.gauss(0, 0.8), 4), round(rng.gauss(9.81, 0.5), 4), round(rng.gauss(0, 0.8), 4)]
        for _ in range(n)
    ]


def price_series(rng: random.Random, n: int, start: float) -> list[float]:
    p, out = start, []
    for _ in range(n):
        p *= 1 + rng.gauss(0, 0.004)
        out.append(round(p, 2))
    return out
