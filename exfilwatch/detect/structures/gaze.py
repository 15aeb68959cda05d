"""Eye gaze from an eye tracker: a pose or direction for EACH eye.

Face-tracking runtimes report where each eye looks separately: ARKit's
`ARFaceAnchor` gives `leftEyeTransform` / `rightEyeTransform` (4x4 matrices) and a
`lookAtPoint`; Meta's `OVREyeGaze` a rotation quaternion, a position and a
confidence per eye; OpenXR's eye-tracking extensions a gaze pose per eye; Tobii a
gaze origin and direction per eye. Sent on, that is the person's eye movement, a
biometric signal (attention, fatigue, identity from gaze dynamics).

What only an eye tracker produces is the PAIR: a game's look direction, a camera's
yaw / pitch, a head or a controller pose are one pose, and left / right hands or
controllers are not eyes. So a finding needs both eyes, each with a pose-like value,
named either by the key itself (`leftEyeRotation`, `ojo_izquierdo`, `zuoyan`) or by
an eye / gaze key holding `left` and `right` (`eyeGaze: {left: .., right: ..}`).
A VR renderer's per-eye VIEW (pose beside a field of view or a projection) is head
tracking, not gaze, and is refused. The words are data: lexicon/gaze.yaml.
"""

from __future__ import annotations

import math
from functools import lru_cache

from ..lexicon import load
from ._common import _is_number, _key_text, key_words, structure

_MATRIX_SIZES = frozenset([9, 12, 16])


@lru_cache(maxsize=8192)
def _classes(key: str) -> frozenset[str]:
    """The gaze-lexicon classes a key's words name (`leftEyeRotation` -> left, eye)."""
    lexicon = load("gaze")
    words = key_words(key)
    found = {c for w in words if (c := lexicon.word(w)) is not None}
    found.update(cls for _, _, cls in lexicon.phrase_spans(words, sizes=(2,)))
    if "left_eye" in found:
        found |= {"left", "eye"}
    if "right_eye" in found:
        found |= {"right", "eye"}
    if found & {"left", "right"} and {"left", "right"} <= found:
        found -= {"left", "right"}  # `leftRight` names neither eye
    return frozenset(found)


def _side(key: str) -> str | None:
    found = _classes(key)
    if "left" in found:
        return "left"
    if "right" in found:
        return "right"
    return None


def _names_eye(key: str) -> bool:
    """An eye- or gaze-key (`eyeGaze`, `eyes`, `mirada`); a gate need of the detector."""
    return bool(_classes(_key_text(key)) & {"eye", "gaze", "left_eye", "right_eye"})


def _numbers(value: object) -> list[float] | None:
    """A flat vector, or a 3x3 / 3x4 / 4x4 matrix given as rows (not a point list)."""
    if not isinstance(value, list) or not value:
        return None
    if all(_is_number(x) for x in value):
        return [float(x) for x in value]
    if not 3 <= len(value) <= 4 or not all(isinstance(r, list) for r in value):
        return None
    widths = {len(r) for r in value}
    flat = [x for row in value for x in row]
    if widths in ({3}, {4}) and all(_is_number(x) for x in flat):
        return [float(x) for x in flat]
    return None


def _xyz_numbers(value: object) -> list[float] | None:
    """`{x, y, z[, w]}` with numbers, as a vector."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 4:
        return None
    keys = {_key_text(k).lower(): v for k, v in value.items()}
    if not keys.keys() <= {"x", "y", "z", "w"} or not all(_is_number(v) for v in keys.values()):
        return None
    return [float(keys[k]) for k in ("x", "y", "z", "w") if k in keys]


def _vector_pose(value: object, named: bool = False) -> bool:
    """A unit direction (3) or a unit quaternion (4), or a transform matrix (9, 12, 16
    numbers). Under a pose-named member (`direction`, `gaze_point`) any 2- or 3-vector
    counts; bare, a point (a landmark, a body keypoint) must not."""
    nums = _numbers(value)
    if nums is None:
        nums = _xyz_numbers(value)
    if nums is None:
        return False
    if len(nums) in (3, 4) and abs(math.sqrt(sum(x * x for x in nums)) - 1.0) < 0.1:
        return True
    if len(nums) in (2, 3):
        return named
    return len(nums) in _MATRIX_SIZES


def _eye_pose(value: object) -> bool:
    """One eye's gaze: a pose-like vector, or an object with a pose-named member
    and nothing of a render view or a lens prescription."""
    if _vector_pose(value):
        return True
    if not isinstance(value, dict) or not 1 <= len(value) <= 16:
        return False
    posed = False
    lexicon = load("gaze")
    for key, member in value.items():
        classes = {lexicon.word(w) for w in key_words(_key_text(key))}
        if "not_gaze" in classes:
            return False
        if "pose" in classes and (_vector_pose(member, named=True) or _is_number(member)):
            posed = True
    return posed


def _landmark_set(value: dict) -> bool:
    """Eyes among nose, ears, mouth or joints: face or body keypoints, not gaze."""
    lexicon = load("gaze")
    return any(lexicon.word(w) == "landmark" for k in value for w in key_words(_key_text(k)))


def _per_eye_keys(value: dict) -> dict[str, str]:
    """side -> key, for keys naming a side AND an eye (`leftEyeTransform`) whose value
    is one eye's pose."""
    sides: dict[str, str] = {}
    for key, member in value.items():
        text = _key_text(key)
        side = _side(text)
        if side and side not in sides and _names_eye(text) and _eye_pose(member):
            sides[side] = text
    return sides


def _side_pair(value: object) -> dict[str, str]:
    """side -> key for `{left: pose, right: pose}` (any side word), else {}."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 8 or _landmark_set(value):
        return {}
    sides: dict[str, str] = {}
    for key, member in value.items():
        text = _key_text(key)
        side = _side(text)
        if side and side not in sides and _eye_pose(member):
            sides[side] = text
    return sides if len(sides) == 2 else {}


@structure("eye_gaze", kind=dict, size=(1, 64), needs=(_names_eye,))
def eye_gaze(value: object) -> str | None:
    """Both eyes' gaze poses, named per eye or under an eye / gaze key."""
    if not isinstance(value, dict) or _landmark_set(value):
        return None
    sides = _per_eye_keys(value)
    if len(sides) == 2:
        return f"eye gaze per eye ({sides['left']}, {sides['right']})"
    for key, member in value.items():
        text = _key_text(key)
        if _side(text) is None and _names_eye(text):
            pair = _side_pair(member)
            if pair:
                return f"eye gaze per eye ({text}.{pair['left']}, {text}.{pair['right']})"
    return None
