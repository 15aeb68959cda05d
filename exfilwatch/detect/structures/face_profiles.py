"""A face or skin analysis result recognised by what it holds, not by its name.

Beauty cameras, skincare and eyewear apps run a face analyser on a selfie (Perfect
Corp's skin analysis, Rekognition's FaceDetail age range, a face-shape classifier)
and send its output to their servers under a key in the app's own language (`oju`,
`wajah`, `analyseDePeau`) or under none. The traits themselves keep the analyser's
vocabulary: a face shape, an estimated or skin age, a skin tone (ITA angle,
Fitzpatrick type), skin-condition scores (wrinkles, acne, pores, redness), facial
geometry (inter-pupillary distance, jaw symmetry). A reader who does not know the
container's language still sees an analysis of one person's face when several of
these sit in one object as measurements.

Self-descriptions and editors hold the same words as choices: a skincare quiz
(`skin_type: oily`, `face_shape: round`, `age: 34`), an avatar editor's sliders
(`skinTone: 0.4`, `wrinkles: 0.3`), an eyewear order's pupillary distance beside
a frame width. So the detector wants three kinds of trait, two of them numbers,
and one that only an analyser measures off a face: an ESTIMATED age (`estimated_age`,
`skinAge`, `apparentAge`, not a plain `age`) or facial geometry.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import load
from ._common import _key_set_has, _key_text, _numeric, key_word_set, structure

_FACE_PARTS = frozenset(
    ["face", "facial", "jaw", "jawline", "eye", "eyes", "lip", "lips", "nose", "brow", "brows",
     "chin", "cheek", "cheeks", "cheekbone", "cheekbones", "forehead", "head"]
)  # fmt: skip
# What makes an age one read off a face rather than one stated.
_AGE_QUALIFIERS = frozenset(
    ["estimated", "estimate", "apparent", "predicted", "prediction", "perceived", "skin",
     "face", "facial", "visual", "biological"]
)  # fmt: skip
_CONDITIONS = frozenset(
    ["wrinkle", "wrinkles", "acne", "pore", "pores", "spot", "spots", "redness", "oiliness",
     "pigmentation", "blemish", "blemishes", "firmness", "radiance", "sagging", "dullness",
     "eyebag", "eyebags", "darkcircle", "darkcircles", "freckles", "melasma", "moisture"]
)  # fmt: skip
_TONE_WORDS = frozenset(["tone", "undertone", "color", "colour", "complexion"])
# Kinds of trait that only a face analyser measures (nobody states their skin age).
_MEASURED_ONLY = frozenset(["estimated age", "facial geometry"])
# Words that make a key a setting, a threshold or a product attribute.
_NOT_TRAIT = frozenset(
    ["min", "max", "threshold", "enabled", "enable", "filter", "safe", "target", "goal",
     "range", "preference", "preferred", "recommended", "suitable", "for", "average", "avg",
     "mean", "median", "distribution"]
)  # fmt: skip


# Lexicon classes (exfilwatch/detect/lexicon/biometric.yaml) read as the English
# words above, so `ageDePeau`, `formeDuVisage`, `rides` read as `skin age`,
# `face shape`, `wrinkles` whatever the app's language.
_CLASS_WORDS = {
    "face": "face", "facial": "face", "trait_skin": "skin", "trait_age": "age",
    "trait_estimated": "estimated", "trait_shape": "shape", "trait_condition": "wrinkle",
    "trait_tone": "tone", "trait_not": "target", "trait_editor": "filter",
}  # fmt: skip
# Sibling keys that make the traits an editor's, a filter's or an avatar's
# settings (an ageing filter's `ageApparent: 70` beside `filtre: vieillir`).
_EDITOR = frozenset(
    ["filter", "filters", "effect", "effects", "preset", "slider", "sliders", "intensity",
     "style", "avatar", "character", "look", "makeup", "lens", "sticker"]
)  # fmt: skip

# Keys under which a group of traits is not this person's measured face: a
# community's figures, a goal, a product's or a recommendation's attributes.
_CHILD_NOT = frozenset(
    ["goal", "benchmark", "community", "peer", "cohort", "product", "recommendation",
     "stat", "statistic", "history", "trend", "before", "previous", "sample", "demo"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _words(key: str) -> frozenset[str]:
    """A key's words, each also read as its English trait word through the lexicon."""
    lexicon = load("biometric")
    words = key_word_set(key)
    traits = {_CLASS_WORDS[cls] for w in words if (cls := lexicon.words.get(w)) in _CLASS_WORDS}
    return words | traits


@lru_cache(maxsize=16384)
def _trait(key: str) -> str:
    """Which kind of face trait a key names ("" for none)."""
    words = _words(key)
    if not words or words & _NOT_TRAIT:
        return ""
    if "age" in words and words & _AGE_QUALIFIERS:
        return "estimated age"
    if words & {"interpupillary", "pupillary", "ipd"} or (
        words & {"symmetry", "asymmetry"} and words & _FACE_PARTS
    ):
        return "facial geometry"
    if "shape" in words and words & _FACE_PARTS:
        return "face shape"
    if words & {"ita", "fitzpatrick"} or ("skin" in words and words & _TONE_WORDS):
        return "skin tone"
    if words & _CONDITIONS:
        return "skin condition"
    return ""


def _zone_conditions(value: object) -> bool:
    """Per-zone skin-condition scores (`zones: {front: {rides: 0.4, pores: 0.2}}`):
    two or more zone objects, each holding two or more condition measures and
    nothing but numbers. The zones' names are the app's; the conditions say what
    was measured."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 40:
        return False
    for zone in value.values():
        if not isinstance(zone, dict) or not 2 <= len(zone) <= 20:
            return False
        scores = [v for v in zone.values() if not isinstance(v, bool) and _numeric(v) is not None]
        conditions = [k for k in zone if _trait(_key_text(k)) == "skin condition"]
        if len(scores) != len(zone) or len(conditions) < 2:
            return False
    return True


def _measured(value: object) -> bool:
    """A number, or an object of per-region numbers (`wrinkleScores: {forehead: 0.4}`)."""
    if isinstance(value, bool):
        return False
    if _numeric(value) is not None:
        return True
    if isinstance(value, dict) and 2 <= len(value) <= 40:
        return all(not isinstance(v, bool) and _numeric(v) is not None for v in value.values())
    return False


def _described(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 40


def _kinds(value: dict) -> dict[str, bool] | None:
    """The kinds of face trait an object holds, each with whether it is measured;
    None when a key makes the object an editor's or a filter's settings."""
    if any(_words(_key_text(k)) & _EDITOR for k in value):
        return None
    kinds: dict[str, bool] = {}
    for k, v in value.items():
        kind = _trait(_key_text(k)) or ("skin condition" if _zone_conditions(v) else "")
        if kind and (_measured(v) or _described(v) or _zone_conditions(v)):
            kinds[kind] = kinds.get(kind, False) or _measured(v) or _zone_conditions(v)
    return kinds


def _child_kinds(key: str, value: object) -> dict[str, bool] | None:
    """The traits of a nested part of the analysis (`analyseDePeau: {rides, pores,
    agePeau}` beside `formeVisage`): an analyser groups its skin scores apart from
    the face's shape, and the parent holds the whole result. One level only; not
    under a key that makes the part a target, an average or an editor's settings
    (`averages`, `goals`, `filter`)."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 60 or _zone_conditions(value):
        return None
    words = _words(key)
    singular = {w[:-1] for w in words if w.endswith("s")}
    if (words | singular) & (_NOT_TRAIT | _EDITOR | _CHILD_NOT):
        return None
    return _kinds(value)


@structure("face_analysis_profile", kind=dict, size=(3, 60), needs=(_trait,))
def face_analysis_profile(value: object) -> str | None:
    """Three or more kinds of face trait in one object, two of them numbers, one
    of them an estimated age or a facial-geometry measure: a face analyser's
    output, whatever the object is called."""
    if not isinstance(value, dict) or not 3 <= len(value) <= 60:
        return None
    if not _key_set_has(_trait, tuple(value)):
        return None
    kinds = _kinds(value)
    if kinds is None:
        return None
    for k, child in value.items():
        for kind, measured in (_child_kinds(_key_text(k), child) or {}).items():
            kinds[kind] = kinds.get(kind, False) or measured
    if len(kinds) < 3 or sum(kinds.values()) < 2:
        return None
    if not any(kinds.get(k) for k in _MEASURED_ONLY):
        return None
    return "face analysis: " + ", ".join(sorted(kinds))
