"""Facial-expression scores: the classes a facial-expression recogniser scores
a face with (FER-2013's seven, AffectNet's eight, Azure Face and Face++'s
emotion attributes, Rekognition's Emotions), wherever an app sends them on:
under an expression-named key in lens or meeting analytics, or as emotion
scores beside other face signals (smiles, gaze, head pose) in an analytics
event's properties.

A text's sentiment or a song's mood may use some of the same words, but never
under an expression-named key and never beside smiles or gaze counted off a
camera, so those stay silent.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import (
    _is_number,
    _key_set_has,
    _key_text,
    _norm_text,
    key_word_set,
    key_words,
    structure,
)

# The basic expression classes and the spellings vendors give them.
_EXPRESSION_CLASSES = frozenset(
    ["angry", "anger", "disgust", "disgusted", "fear", "fearful", "scared", "afraid", "happy",
     "happiness", "joy", "sad", "sadness", "sorrow", "surprise", "surprised", "neutral",
     "contempt", "calm", "confused"]
)  # fmt: skip
_NAME_KEYS = ("name", "label", "type", "emotion", "expression", "category", "class")
_SCORE_KEYS = ("score", "value", "probability", "prob", "confidence", "weight", "intensity")


def _score(value: object) -> bool:
    """A class score: 0..1, or a percentage."""
    return _is_number(value) and not isinstance(value, bool) and -0.01 <= value <= 100.0  # type: ignore[operator]


def _scored_classes(value: object) -> int:
    """How many basic expression classes a map or a name/score list scores,
    when they are at least half of its scored entries (0 otherwise)."""
    classes = scored = 0
    if isinstance(value, dict) and 3 <= len(value) <= 40:
        for k, v in value.items():
            if _score(v):
                scored += 1
                classes += _norm_text(_key_text(k)) in _EXPRESSION_CLASSES
    elif isinstance(value, list) and 3 <= len(value) <= 40:
        for item in value:
            if not isinstance(item, dict):
                return 0
            low = {str(k).lower(): v for k, v in item.items()}
            name = next((low[k] for k in _NAME_KEYS if k in low), None)
            score = next((low[k] for k in _SCORE_KEYS if k in low), None)
            if isinstance(name, str) and _score(score):
                scored += 1
                classes += _norm_text(name) in _EXPRESSION_CLASSES
    return classes if classes >= 3 and classes * 2 >= scored else 0


@structure("expression_scores", size=(3, 40), keys=_EXPRESSION_CLASSES)
def expression_scores(value: object) -> str | None:
    """Three or more basic expression classes scored (a map of class to score,
    or a list of name/score objects), most of the entries being such classes.
    Only under a key that names facial expressions."""
    found = _scored_classes(value)
    return f"{found} facial-expression class scores" if found else None


_AFFECT_WORDS = frozenset(
    ["emotion", "emotions", "expression", "expressions", "expr", "affect", "mood", "moods"]
)
_FACE_SIGNAL_WORDS = frozenset(
    ["smile", "smiles", "smiling", "smiled", "gaze", "blink", "blinks", "blinking", "face",
     "faces", "facial"]
)  # fmt: skip
_NOT_A_PERSON = frozenset(
    ["watch", "clock", "dial", "dice", "cube", "font", "typeface", "card", "coin", "surface",
     "interface", "emoji", "sticker", "reaction", "reactions"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _affect_key(key: str) -> bool:
    return bool(_AFFECT_WORDS.intersection(key_words(key)))


@lru_cache(maxsize=16384)
def _face_signal_key(key: str) -> bool:
    """`smiles_detected`, `gazeOnScreenPct`, `faceCount`, `head_pose`: a signal
    read off a face; emoji reactions and watch faces are not."""
    words = key_word_set(key)
    if words & _NOT_A_PERSON:
        return False
    return bool(words & _FACE_SIGNAL_WORDS) or ("head" in words and bool(words & {"pose", "yaw"}))


def _measured(value: object) -> bool:
    """A measurement (a count, a share, a flag, an object of numbers), not a
    label or a link: `smiles_detected: 4`, not `face_url: "https://..."`."""
    if _is_number(value) or isinstance(value, bool):
        return True
    return isinstance(value, dict) and any(_is_number(v) for v in value.values())


@structure("face_affect", kind=dict, size=(2, 80), needs=(_affect_key, _face_signal_key))
def face_affect(value: object) -> str | None:
    """An object (an analytics event's properties, a per-participant summary)
    holding emotion scores of the basic expression classes beside another
    signal read off a face (smiles counted, gaze, blinks, a face count, head
    pose). Most objects are rejected by one cached look at their key set."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    keys = tuple(value)
    if not _key_set_has(_affect_key, keys) or not _key_set_has(_face_signal_key, keys):
        return None
    signals = [
        _key_text(k) for k, v in value.items() if _face_signal_key(_key_text(k)) and _measured(v)
    ]
    if not signals:
        return None
    for k, v in value.items():
        key = _key_text(k)
        if _affect_key(key) and key not in signals:
            found = _scored_classes(v)
            if found:
                return f"{found} emotion scores beside face signals ({', '.join(signals[:3])})"
    return None


# -- expression weights as parallel name and weight lists -------------------------------------
#
# Face-tracking SDKs and their relays also send the weights as two parallel lists
# (`{"names": ["Brow_Lowerer_L", ...], "weights": [0.12, ...]}`, Unity's
# `blendShapeNames` / `blendShapeWeights`). Zipped, they are the map the blendshape
# detector reads.

_NAME_LIST_KEYS = frozenset(
    ["names", "labels", "keys", "shapes", "blendshapenames", "expressionnames", "shapenames",
     "categories", "locations"]
)  # fmt: skip
_WEIGHT_LIST_KEYS = frozenset(
    ["weights", "values", "scores", "coefficients", "coeffs", "blendshapeweights",
     "expressionweights", "shapeweights", "intensities"]
)  # fmt: skip


@structure("blendshape_lists", kind=dict, size=(2, 12), keys=_NAME_LIST_KEYS)
def blendshape_lists(value: object) -> str | None:
    """Parallel lists of expression names and weights that zip into five or more
    known blendshape coefficients."""
    from .faces import blendshapes

    if not isinstance(value, dict):
        return None
    norm = {_norm_text(_key_text(k)): v for k, v in value.items()}
    names = next((norm[k] for k in _NAME_LIST_KEYS if isinstance(norm.get(k), list)), None)
    weights = next((norm[k] for k in _WEIGHT_LIST_KEYS if isinstance(norm.get(k), list)), None)
    if not names or not weights or len(names) != len(weights) or len(names) < 5:
        return None
    if not all(isinstance(n, str) for n in names):
        return None
    found = blendshapes(dict(zip(names, weights, strict=True)))
    return f"{found} (as parallel name and weight lists)" if found else None
