"""A home camera's face-recognition event: the "familiar faces" feature of video
doorbells and indoor cameras (Nest Aware, Eufy, Ring, Arlo, Aqara, UniFi Protect)
matches each face it sees against the faces the owner has named, and reports the
match as an event: `{"type": "face_recognized", "face": {"knownFaceId": ...,
"confidence": 0.93, "box": [...]}}`. The event says that a particular person was
recognised by their face at a place and time, which is a biometric inference.

What any reader sees, whatever the language of the keys:
- a short event code that pairs a face word with a recognition outcome
  (`face_recognized`, `FAMILIAR_FACE`, `known_face`, `yuz_tanindi`), or a key that
  does (`knownFaceId`, `recognizedFace`);
- who was recognised: a person / member / visitor / face id or name;
- the sighting itself: a confidence or score, or the face's bounding box.

The look-alikes lack one of the three: motion, person, package and pet detections
name no face; a `face_detected` event names nobody; a "face recognition enabled"
setting, a help article and a watch face's install event carry no sighting; an
account's `userId` is the app's user, not the person seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import _is_number, _key_text, _norm_text, key_word_set, key_words, structure
from .biometric_words import lexicon, word_roles

_OUTCOME_CLASSES = frozenset(["recognition", "recognised"])
# Words an event code may carry beside the face and the outcome.
_CODE_FILLER = frozenset(["event", "evt", "alert", "detected", "detection", "new", "notify"])
_CODE_RE = re.compile(r"[A-Za-z][A-Za-z _.-]{2,39}")

# Who was recognised. Account, device and request ids are the app's, not the face's.
_PERSON_WORDS = frozenset(
    ["person", "people", "member", "visitor", "guest", "resident", "family", "contact",
     "identity", "who", "name", "label", "sublabel", "cluster"]
)  # fmt: skip
_ID_WORDS = frozenset(["id", "ids", "uid", "uuid", "key", "ref"])
_NOT_THE_FACE = frozenset(
    ["user", "account", "device", "owner", "session", "request", "event", "home", "camera",
     "serial", "sn", "app", "install", "card", "product", "item", "track", "clip", "video"]
)  # fmt: skip

_SCORE_WORDS = frozenset(["confidence", "score", "similarity", "probability", "certainty"])
_BOX_KEYS = frozenset(["box", "bbox", "boundingbox", "rect", "facebox", "region", "bounds"])


@lru_cache(maxsize=16384)
def _outcome_word(word: str) -> bool:
    return lexicon().word(word) in _OUTCOME_CLASSES


@lru_cache(maxsize=4096)
def face_recognition_code(text: str) -> bool:
    """A short code naming a face recognised: a face word and an outcome word, and
    nothing else but event filler (`face_recognized`, `FAMILIAR_FACE_EVENT`); not a
    setting (`face_recognition_enabled`) nor a detection (`face_detected`)."""
    if not _CODE_RE.fullmatch(text) or "face" not in word_roles(text):
        return False
    words = key_words(text)
    if not any(_outcome_word(w) for w in words):
        return False
    return all("face" in word_roles(w) or _outcome_word(w) or w in _CODE_FILLER for w in words)


@lru_cache(maxsize=16384)
def _known_face_key(key: str) -> bool:
    """`knownFaceId`, `recognizedFace`, `familiar_face`: a key that names the face
    recognised."""
    return face_recognition_code(key)


@lru_cache(maxsize=16384)
def _identity_key(key: str) -> bool:
    """A key holding who was recognised: `personName`, `memberId`, `knownFaceId`,
    `faceId`, `label`; not `userId` or `deviceSn`."""
    words = key_word_set(key)
    if not words or words & _NOT_THE_FACE:
        return False
    if words & _PERSON_WORDS or _known_face_key(key):
        return True
    return "face" in word_roles(key) and bool(words & _ID_WORDS)


@lru_cache(maxsize=16384)
def _score_key(key: str) -> bool:
    return bool(_SCORE_WORDS.intersection(key_words(key)))


@lru_cache(maxsize=16384)
def _event_key(key: str) -> bool:
    """The gate: an event of this shape has a face key, a score or a box at its top
    level (the face's own fields may sit in a `face` child)."""
    return "face" in word_roles(key) or _score_key(key) or _norm_text(key) in _BOX_KEYS


def _parts(event: dict) -> list[dict]:
    """The event and the face objects under its face keys."""
    parts = [event]
    for k, v in event.items():
        if isinstance(v, dict) and "face" in word_roles(_key_text(k)):
            parts.append(v)
    return parts


def _identity(parts: list[dict]) -> str:
    for part in parts:
        for k, v in part.items():
            key = _key_text(k)
            if not _identity_key(key):
                continue
            if (isinstance(v, str) and v.strip()) or (_is_number(v) and not isinstance(v, bool)):
                return key
    return ""


def _sighting(parts: list[dict]) -> str:
    for part in parts:
        for k, v in part.items():
            key = _key_text(k)
            if _score_key(key) and _is_number(v) and not isinstance(v, bool) and 0 <= v <= 100:  # type: ignore[operator]
                return key
            if _norm_text(key) in _BOX_KEYS and isinstance(v, list | dict) and v:
                return key
    return ""


def _recognition(event: dict) -> str:
    """What names the recognition: a code value or a known-face key."""
    for k, v in event.items():
        key = _key_text(k)
        if isinstance(v, str) and face_recognition_code(v):
            return f"{key}={v}"
        if _known_face_key(key):
            return key
    for part in _parts(event)[1:]:
        for k in part:
            if _known_face_key(_key_text(k)):
                return _key_text(k)
    return ""


@structure("face_recognition_event", kind=dict, size=(1, 60), needs=(_event_key,))
def face_recognition_event(value: object) -> str | None:
    """A face recognised, who it was, and the sighting's score or box, in one event."""
    if not isinstance(value, dict):
        return None
    named = _recognition(value)
    if not named:
        return None
    parts = _parts(value)
    who = _identity(parts)
    seen = _sighting(parts)
    if not who or not seen:
        return None
    return f"face recognised ({named}): {who!r} with {seen!r}"


__all__ = ["face_recognition_code", "face_recognition_event"]
