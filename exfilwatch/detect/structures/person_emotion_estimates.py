"""An emotion a model estimated for a person it recognised, with the recognition's confidence.

A venue's face-recognition system reports whom its cameras saw and what it read off them:
`{"patron_ref": "PT-2020-69496", "confidence": 0.895, "emotion_est": "happy", "first_seen":
".."}` (a casino's VIP sightings at a table), `{"visitor_id": "v-9", "similarity": 0.91,
"estimated_emotion": "neutral"}` (a store's returning-visitor match). No key names the face:
the record is the output of face analysis all the same, since an emotion ESTIMATED about a
named person, beside the confidence that it was that person, is read off their face (or
their voice): the expression classifiers of Face++, Rekognition and Azure return exactly
this. The face-named reading (`face_named_traits`) wants a face word; this one wants the
three parts instead: an emotion key with an estimate word (`emotion_est`, Spanish
`emocion_estimada`, the lexicons' `expression` and `trait_estimated` classes), a key naming
the person, and a confidence or similarity score.

Not read: a mood a person logs (no estimate word, no confidence), an emotion a text model
reads off a message or a review (a text, message, comment, review or transcript key vetoes
the record), and a game character's or an avatar's mood.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import load
from ._common import _is_number, _key_text, key_words, structure
from .biometric_words import expression_key
from .biometric_words import lexicon as biometric_lexicon

_ROW_KEYS = (3, 24)
_ESTIMATE_WORDS = frozenset(["est", "estimated", "estimate", "predicted", "inferred", "apparent"])
_PERSON_WORDS = frozenset(
    ["patron", "patrons", "guest", "guests", "visitor", "visitors", "player", "players",
     "subject", "individual", "shopper", "passenger", "attendee", "vip", "suspect"]
)  # fmt: skip
_SCORE_WORDS = frozenset(
    ["confidence", "score", "similarity", "certainty", "probability", "match", "likelihood"]
)  # fmt: skip
# A text model's emotion is read off words, a character's is written by a game.
_TEXT_OR_FICTION_WORDS = frozenset(
    ["text", "message", "messages", "comment", "comments", "review", "reviews", "transcript",
     "utterance", "feedback", "post", "tweet", "sentence", "body", "note", "notes", "npc",
     "character", "avatar", "bot", "pet"]
)  # fmt: skip
_LONGEST_LABEL = 32


@lru_cache(maxsize=8192)
def _estimated_emotion_key(key: str) -> bool:
    """`emotion_est`, `estimated_emotion`, `emocion_estimada`: an expression word and an
    estimate word in one key."""
    if not expression_key(key):
        return False
    words = set(key_words(key))
    classes = {biometric_lexicon().word(w) for w in words}
    return bool(words & _ESTIMATE_WORDS) or "trait_estimated" in classes


@lru_cache(maxsize=8192)
def _person_key(key: str) -> bool:
    words = key_words(key)
    subjects = load("subject")
    return bool(_PERSON_WORDS.intersection(words)) or any(
        subjects.word(w) == "person" for w in words
    )


@lru_cache(maxsize=8192)
def _score_key(key: str) -> bool:
    words = set(key_words(key))
    classes = {biometric_lexicon().word(w) for w in words}
    return bool(words & _SCORE_WORDS) or "match" in classes


def _score(value: object) -> bool:
    return _is_number(value) and not isinstance(value, bool) and 0 < float(value) <= 100  # type: ignore[arg-type]


def _label(value: object) -> bool:
    if isinstance(value, str):
        return 0 < len(value.strip()) <= _LONGEST_LABEL
    return _score(value)


@structure("recognised_person_emotion", kind=dict, size=_ROW_KEYS)
def recognised_person_emotion(value: object) -> str | None:
    """An estimated emotion, a person named and a recognition score in one record."""
    if not isinstance(value, dict) or not _ROW_KEYS[0] <= len(value) <= _ROW_KEYS[1]:
        return None
    emotion = person = scored = None
    for key, member in value.items():
        text = _key_text(key)
        if _TEXT_OR_FICTION_WORDS.intersection(key_words(text)):
            return None
        if emotion is None and _estimated_emotion_key(text) and _label(member):
            emotion = text
        elif person is None and _person_key(text) and isinstance(member, (str, int)):
            person = text
        elif scored is None and _score_key(text) and _score(member):
            scored = text
    if emotion and person and scored:
        return f"emotion `{emotion}` estimated for `{person}` recognised with `{scored}`"
    return None
