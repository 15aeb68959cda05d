"""A driver's or a worker's eye-closure metrics: PERCLOS beside another eye signal.

PERCLOS (PERcentage of eyelid CLOSure over the pupil in a time window, Wierwille et
al. 1994; the drowsiness measure of driver-monitoring systems) is only computed by a
camera tracking one person's eyelids. A driver-fatigue vendor's window of metrics
(`{aberturaOlhos: {esquerdo, direito}, perclos: 0.228, piscadelasPorMinuto: 10}`: eye
openness, PERCLOS, blinks per minute) is face analysis of that driver (round 243, set
245). `face_tracking` asks for two signal families (head pose, gaze, presence,
expression) and these are all the eyes': this reading asks for the PERCLOS key itself,
with a measurement in 0..1 or 0..100, beside a second eye signal of another kind (a
blink count or rate, an eye's openness or closure, in the languages of
lexicon/identity_capture.yaml). A threshold or a setting (`perclosThreshold`,
`perclosAlarmEnabled`) is configuration, not a measurement, and never counts.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import load
from ._common import _is_number, _key_text, _numeric, key_word_set, key_words, structure
from .face_signals import _SETTING_WORDS

_PERCLOS = "perclos"
_BLINK = frozenset(["blink", "blinks", "blinking", "blinked"])
_EYE = frozenset(["eye", "eyes", "eyelid", "eyelids", "iris", "pupil"])
_EYE_STATE = frozenset(["open", "openness", "closed", "closure", "aperture", "opening", "shut"])
_PERCENT_MAX = 100.0
# words that make a key a setting or an alert's configuration rather than a reading
_NOT_MEASURED = _SETTING_WORDS | frozenset(["alarm", "alert", "trigger", "target", "default"])


@lru_cache(maxsize=16384)
def _eye_kind(key: str) -> str:
    """`perclos`, `blink` or `openness` for a key naming that eye signal, else ""."""
    words = key_word_set(key)
    if not words or words & _NOT_MEASURED:
        return ""
    if _PERCLOS in words:
        return _PERCLOS
    captures = load("identity_capture")
    if words & _BLINK or any(captures.word(w) == "blink" for w in words):
        return "blink"
    ordered = key_words(key)
    eyes = bool(words & _EYE) or "eye" in load("gaze").classes_of(ordered)
    state = bool(words & _EYE_STATE) or "eye_state" in captures.classes_of(ordered)
    return "openness" if eyes and state else ""


def _perclos_key(key: str) -> bool:
    return _eye_kind(key) == _PERCLOS


def _share(value: object) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    return number is not None and 0 <= number <= _PERCENT_MAX


def _measured(value: object) -> bool:
    """A number, or an object of numbers (`{esquerdo: 0.96, direito: 0.61}`)."""
    if isinstance(value, bool):
        return False
    if _is_number(value):
        return True
    if isinstance(value, dict):
        return 0 < len(value) <= 8 and all(_is_number(v) for v in value.values())
    return False


@structure("eye_closure_metrics", kind=dict, size=(2, 40), needs=(_perclos_key,))
def eye_closure_metrics(value: object) -> str | None:
    """PERCLOS as a share beside a blink or eye-openness measurement."""
    if not isinstance(value, dict):
        return None
    perclos = None
    others: set[str] = set()
    for key, member in value.items():
        text = _key_text(key)
        kind = _eye_kind(text)
        if kind == _PERCLOS and _share(member):
            perclos = perclos or text
        elif kind and kind != _PERCLOS and _measured(member):
            others.add(kind)
    if perclos and others:
        return f"eye-closure metrics: {perclos} with {', '.join(sorted(others))}"
    return None
