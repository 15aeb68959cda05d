"""Structural detectors that signatures name in `match.structure`.

Biometric data is recognised by its shape more than by any single value: a face
embedding is a vector of embedding size with a near-unit norm; a landmark set
is a list of points of one of the counts that face models produce; blendshapes
are a map from a fixed vocabulary of expression names to 0..1 weights; a
face-analysis result is an object holding several of age, gender, emotion,
ethnicity and head pose. Each detector takes one decoded container (dict or
list) and returns a short description for the evidence, or `None`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from .validators import EMBEDDING_SIZES

Structure = Callable[[object], str | None]
STRUCTURES: dict[str, Structure] = {}

# Landmark counts of common face models: dlib 5/68, 98 (WFLW), 106 (Face++ dense,
# ByteDance effects), 81/83 (Face++), 27 (Rekognition), 468/478 (MediaPipe face
# mesh), 1220 (ARKit face geometry vertices).
LANDMARK_COUNTS = frozenset([5, 27, 68, 81, 83, 98, 106, 468, 478, 1220])

_BLENDSHAPES = [
    "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
    "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight",
    "eyeLookDownLeft", "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight",
    "eyeLookOutLeft", "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight",
    "eyeSquintLeft", "eyeSquintRight", "eyeWideLeft", "eyeWideRight", "jawForward",
    "jawLeft", "jawOpen", "jawRight", "mouthClose", "mouthDimpleLeft", "mouthDimpleRight",
    "mouthFrownLeft", "mouthFrownRight", "mouthFunnel", "mouthLeft", "mouthLowerDownLeft",
    "mouthLowerDownRight", "mouthPressLeft", "mouthPressRight", "mouthPucker", "mouthRight",
    "mouthRollLower", "mouthRollUpper", "mouthShrugLower", "mouthShrugUpper",
    "mouthSmileLeft", "mouthSmileRight", "mouthStretchLeft", "mouthStretchRight",
    "mouthUpperUpLeft", "mouthUpperUpRight", "noseSneerLeft", "noseSneerRight", "tongueOut",
]  # fmt: skip


def _blendshape_key(name: str) -> str:
    """`eyeBlinkLeft`, `eyeBlink_L` (ARKit raw values) and `EYE_BLINK_LEFT` are one name."""
    name = re.sub(r"_L$", "Left", re.sub(r"_R$", "Right", name))
    return re.sub(r"[^a-z]", "", name.lower())


BLENDSHAPE_NAMES = frozenset(_blendshape_key(n) for n in _BLENDSHAPES)
_FACE_ATTRIBUTE_GROUPS = {
    "age": {"age", "agerange", "estimatedage", "agelow", "agehigh", "ageestimate"},
    "gender": {"gender", "sex", "genderprobability"},
    "emotion": {"emotion", "emotions", "expression", "smile", "smiling", "smilingprobability"},
    "ethnicity": {"ethnicity", "race", "skinstatus", "skintone"},
    "pose": {"headpose", "pose", "headeulerangley", "headeuleranglez", "yaw", "roll"},
    "face": {
        "facerectangle", "boundingbox", "facetoken", "landmark", "landmarks", "facelandmarks",
        "facequality", "faceid", "quality", "beauty", "eyestatus", "mouthstatus", "glasses",
        "leftcheekposition", "lefteyeopenprobability", "righteyeopenprobability",
        "facialhair", "eyeglasses", "sunglasses", "beard", "mustache", "eyesopen", "mouthopen",
    },
}  # fmt: skip
_PERSONAL_GROUPS = ("age", "gender", "emotion", "ethnicity")


def structure(name: str) -> Callable[[Structure], Structure]:
    def register(fn: Structure) -> Structure:
        STRUCTURES[name] = fn
        return fn

    return register


def _norm_key(key: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(key).lower())


def _is_number(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


@structure("embedding")
def embedding(value: object) -> str | None:
    """Floats of an embedding size with L2 norm near 1 (or all in [-1, 1])."""
    if not isinstance(value, list) or len(value) not in EMBEDDING_SIZES:
        return None
    if not all(_is_number(x) for x in value):
        return None
    if sum(1 for x in value if isinstance(x, float)) < len(value) * 0.9:
        return None
    norm = math.sqrt(sum(x * x for x in value))
    bounded = all(-1.0 <= x <= 1.0 for x in value)
    if 0.9 <= norm <= 1.1 or (bounded and norm > 0.5):
        return f"{len(value)}-dimensional float vector, L2 norm {norm:.2f}"
    return None


def _point(item: object) -> bool:
    if isinstance(item, list | tuple):
        return len(item) in (2, 3) and all(_is_number(x) for x in item)
    if isinstance(item, dict):
        keys = {_norm_key(k) for k in item}
        return {"x", "y"} <= keys and all(
            _is_number(v) for k, v in item.items() if _norm_key(k) in ("x", "y", "z")
        )
    return False


@structure("landmarks")
def landmarks(value: object) -> str | None:
    """A list of 2-D or 3-D points (or a flat coordinate list, or a map of named
    points) of a face model's landmark count."""
    if isinstance(value, dict):
        named = [v for v in value.values() if _point(v)]
        if len(named) >= 5 and len(named) >= len(value) * 0.8:
            return f"{len(named)} named landmark points"
        return None
    if not isinstance(value, list) or len(value) < 5:
        return None
    if all(_point(p) for p in value):
        if len(value) in LANDMARK_COUNTS:
            return f"{len(value)} landmark points"
        return None
    if all(_is_number(x) for x in value):
        for dims in (2, 3):
            if len(value) % dims == 0 and len(value) // dims in LANDMARK_COUNTS:
                return f"{len(value) // dims} landmark points as a flat {dims}-D list"
    return None


@structure("points")
def points(value: object) -> str | None:
    """Any list of 5 or more points: only with face context in the rule."""
    if isinstance(value, list) and len(value) >= 5 and all(_point(p) for p in value):
        return f"{len(value)} points"
    if isinstance(value, dict):
        named = [v for v in value.values() if _point(v)]
        if len(named) >= 3:
            return f"{len(named)} named points"
    return None


@structure("mesh")
def mesh(value: object) -> str | None:
    """A face mesh: vertices of a known face topology, flat or as points."""
    if not isinstance(value, list):
        return None
    if len(value) in (468, 478, 1220) and all(_point(p) for p in value):
        return f"face mesh of {len(value)} vertices"
    if len(value) in (468 * 3, 478 * 3, 1220 * 3) and all(_is_number(x) for x in value):
        return f"face mesh of {len(value) // 3} vertices (flat)"
    return None


@structure("blendshapes")
def blendshapes(value: object) -> str | None:
    """5+ facial-expression coefficients by ARKit / MediaPipe name, weights 0..1."""
    scores: dict[str, object] = {}
    if isinstance(value, dict):
        scores = {_blendshape_key(str(k)): v for k, v in value.items()}
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                name = item.get("categoryName") or item.get("category_name") or item.get("name")
                score = item.get("score", item.get("value", item.get("weight")))
                if isinstance(name, str):
                    scores[_blendshape_key(name)] = score
    known = [v for k, v in scores.items() if k in BLENDSHAPE_NAMES]
    if len(known) >= 5 and all(_is_number(v) and -0.01 <= v <= 1.01 for v in known):
        return f"{len(known)} facial blendshape coefficients"
    return None


@structure("face_attributes")
def face_attributes(value: object) -> str | None:
    """An object of face-analysis output: 3+ attribute groups, one of them personal."""
    if not isinstance(value, dict):
        return None
    keys = {_norm_key(k) for k in value}
    found = [g for g, names in _FACE_ATTRIBUTE_GROUPS.items() if keys & names]
    personal = [g for g in found if g in _PERSONAL_GROUPS]
    if len(found) >= 3 and personal:
        return "face analysis: " + ", ".join(found)
    return None
