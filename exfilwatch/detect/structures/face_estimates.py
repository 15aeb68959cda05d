"""An age a model estimated from a face, told apart from an age a person typed.

Age-assurance and safety flows photograph the user and send what a model read off the
face: an estimated or apparent age, often with the model's confidence and the face
box (`faceAnalysis: {estimatedAge, confidence, faceBox}`, `khuon_mat: {tuoi_uoc_tinh}`).
The estimate is a measurement of the face, so it is the face's biometric reading. An
age or birth date a person enters on a form has no estimate word, and an estimate with
no face beside it (a delivery's estimated time, a house's estimated age) is no face's.

The words are data: lexicon/biometric.yaml (`face`, `trait_age`, `trait_estimated`).
"""

from __future__ import annotations

from ._common import _is_number, _key_text, key_words, structure
from .biometric_words import lexicon as biometric_lexicon
from .biometric_words import word_roles
from .face_outputs import _pose_map, _unfaced_age_estimate
from .face_signals import _SETTING_WORDS

# English editor words (the lexicon's `trait_editor` lists the other languages).
_EDITOR_WORDS = frozenset(["filter", "effect", "effects", "lens", "preset", "target"])
# An estimate a face model gives: a person's age in years.
_OLDEST = 120


def _age(value: object) -> bool:
    """Years, or a range of them (`{low: 25, high: 33}`)."""
    if isinstance(value, bool):
        return False
    if _is_number(value):
        return 0 < float(value) <= _OLDEST  # type: ignore[arg-type]
    if isinstance(value, dict) and 2 <= len(value) <= 3:
        return all(_age(v) for v in value.values())
    return False


def _face_named(key: str) -> bool:
    """A key naming the face (`faceBox`, `khuon_mat`), not a filter's or avatar's setting."""
    return "face" in word_roles(key) and not _SETTING_WORDS.intersection(key_words(key))


def _edited(value: dict) -> bool:
    """A filter or effect among the keys (`filtre: vieillir`, `effect`, `filter`): the
    age is the look an editor is asked to give the photo, not one read off the face."""
    lexicon = biometric_lexicon()
    words = {w for k in value for w in key_words(_key_text(k))}
    return bool(words & _EDITOR_WORDS) or any(lexicon.word(w) == "trait_editor" for w in words)


def _face_age_key(key: str) -> bool:
    """A key naming both the face and an age (`faceAge`, `edad_rostro`,
    `umri_kutoka_uso` "age from the face"): nobody states the age OF their face, so
    the face word makes it a reading, with or without an estimate word."""
    if not _face_named(key):
        return False
    words = key_words(key)
    return "age" in words or any(biometric_lexicon().word(w) == "trait_age" for w in words)


def _estimate_key(value: dict) -> str | None:
    for k, v in value.items():
        key = _key_text(k)
        # A face-and-age key with no estimate word reads one number: a range under it
        # (`faceAge: {min, max}`) is a product's or a filter's target, not a reading.
        read_off = _face_age_key(key) and _is_number(v) and not isinstance(v, bool)
        if _age(v) and (_unfaced_age_estimate(key) or read_off):
            return None if _edited(value) else key
    return None


def _estimate_or_face_key(key: str) -> bool:
    """Some key must name an age estimate or the face that holds one (or a word that is
    a face only in context: `_weak_face_posed`)."""
    return _unfaced_age_estimate(key) or _face_named(key) or _weak_face_named(key)


def _weak_face_named(key: str) -> bool:
    """A key whose face word is also an ordinary word (Tatar / Bashkir `yoz`, also
    'hundred'): lexicon/biometric.yaml `ambiguous_face`."""
    return "weak_face" in word_roles(key) and not _SETTING_WORDS.intersection(key_words(key))


def _weak_face_posed(value: dict) -> str | None:
    """An age estimate beside the head's pose (`yoz: {yash_baha: 54, bash_torosho: {yaw,
    pitch}}`), round 67 (set 276): under a word that is a face only in context, the two
    readings together are a face analyser's; a hundred or a summer has no yaw."""
    estimate = _estimate_key(value)
    if estimate and any(_pose_map(v) for v in value.values()):
        return estimate
    return None


def _faces_estimated(items: list) -> str | None:
    """Every entry of a face list (`faces`, `rostros`: what a TV's audience camera or a
    kiosk's camera saw) an object with an estimated age: the key of the first, else None."""
    if not 0 < len(items) <= 50 or not all(isinstance(item, dict) for item in items):
        return None
    keys = [_estimate_key(item) for item in items]
    return keys[0] if all(keys) else None


@structure("face_age_estimate", kind=dict, size=(1, 40), needs=(_estimate_or_face_key,))
def face_age_estimate(value: object) -> str | None:
    """An estimated age under a face-named object, or beside a face-named key: a
    model's reading of the person's face, not an age the person stated."""
    if not isinstance(value, dict):
        return None
    for k, v in value.items():
        key = _key_text(k)
        if isinstance(v, dict) and _face_named(key):
            estimate = _estimate_key(v)
            if estimate:
                return f"{key}.{estimate}: an age estimated from the face"
        if isinstance(v, list) and _face_named(key) and (found := _faces_estimated(v)):
            return f"{key}[].{found}: ages estimated from {len(v)} faces"
        if isinstance(v, dict) and _weak_face_named(key) and (posed := _weak_face_posed(v)):
            return f"{key}.{posed}: an age estimated from the face, beside the head's pose"
    estimate = _estimate_key(value)
    if estimate and _face_age_key(estimate):
        return f"{estimate}: an age read off the face"
    if estimate:
        beside = next((_key_text(k) for k in value if _face_named(_key_text(k))), None)
        if beside and beside != estimate:
            return f"{estimate} beside {beside}: an age estimated from the face"
    return None
