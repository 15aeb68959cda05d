"""Rows of faces, each with an age a model estimated and another reading of the same face.

An audience-measurement camera (a foyer's or a shop window's screen, a kiosk) counts the
faces in front of it and reports each with what a face analyser read off it: an estimated
age, the mood or expression, the head's yaw and pitch (`faces: [{age_estimate: 34, mood:
happy, head_pose: {yaw: -5, pitch: 10}}]`, Tatar `yözlär: [{yäş_bäyäse: 16, käef: şat,
baş_poziciyase: {...}}]`). Each row is the biometric reading of one person's face.

Read: a key naming faces (the lexicon's `face` class, in any language) holding a list of
records, every record holding an age estimate (an estimate word beside an age word, a
number of years) and at least one more reading: an expression or mood key, or a head pose
(an object of yaw, pitch or roll angles). An age a person typed has no estimate word; a
photo editor's or a filter's target age is vetoed by its editor words (`filter`, `effect`,
the lexicon's `trait_editor`); a game's or an avatar's face has no estimated age.
"""

from __future__ import annotations

from ._common import _is_number, _key_text, structure
from .biometric_words import expression_key, modality_key, word_roles
from .face_estimates import _age, _edited, _face_named
from .face_outputs import _unfaced_age_estimate

_ANGLES = frozenset(["yaw", "pitch", "roll"])
_MOST_ROWS = 200


def _head_pose(value: object) -> bool:
    """An object of two or more head angles in degrees (`{yaw: -5.5, pitch: 10.6}`)."""
    if not isinstance(value, dict):
        return False
    angles = [v for k, v in value.items() if str(k).lower() in _ANGLES]
    return len(angles) >= 2 and all(_is_number(v) and abs(float(v)) <= 360 for v in angles)


def _readings(record: dict) -> set[str]:
    found: set[str] = set()
    for k, v in record.items():
        key = _key_text(k)
        if _age(v) and _is_number(v) and _unfaced_age_estimate(key):
            found.add("age")
        elif expression_key(key) and isinstance(v, (str, int, float, dict)):
            found.add("expression")
        elif _head_pose(v):
            found.add("pose")
    return found


def _face_rows(rows: object) -> bool:
    if not isinstance(rows, list) or not 1 <= len(rows) <= _MOST_ROWS:
        return False
    for row in rows:
        if not isinstance(row, dict) or _edited(row):
            return False
        readings = _readings(row)
        if "age" not in readings or len(readings) < 2:
            return False
    return True


@structure("face_trait_rows", kind=dict, size=(1, 40), needs=(modality_key,))
def face_trait_rows(value: object) -> str | None:
    """A face-named list whose every row holds an estimated age and a mood or a head
    pose: an audience camera's per-face analysis."""
    if not isinstance(value, dict):
        return None
    for k, v in value.items():
        key = _key_text(k)
        if _face_named(key) and "face" in word_roles(key) and _face_rows(v):
            return f"{key}: {len(v)} faces, each with an estimated age and another reading"
    return None
