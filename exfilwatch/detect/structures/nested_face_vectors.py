"""A face embedding nested under a face word, short or ambiguous ones included.

A bank's enrolment sends the face's vector as an object under the face word of its
developers' language: Romanian `{"fata": {"embedding": [512 floats]}}` at
`/autentificare/fata/inrolare`, Azerbaijani `{"uz": {"embedding": [...]}}` at
`/giris/uz/qeydiyyat`. The word alone may be something else (`fata` the front of a
card, `uz` the Uzbek locale code, Hungarian `arc` an arc), so `named_biometric` does
not read it. Here the parent key is a face word of any language (lexicon classes
`face` and `ambiguous_face`), its object holds under a vector / embedding / template
word (`named_biometric._artefact_child`) a vector of an embedding's size and spread,
and no sibling key of the same kind of value is a locale code (`{"uz": {...},
"ru": {...}}` is a text embedding per language). What says the vector is a face's is
the rule's: a URL naming face, enrolment or authentication
(`weak_face_nested_vector`), or a sibling key or short value that names enrolment,
matching, login or an identity check (`weak_face_nested_vector_beside`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import LANGUAGES, load
from ._common import _key_text, key_words, structure
from .biometric_words import word_roles
from .named_biometric import _artefact_vector

_CHILD_SIZE = 12
_LOCALE_RE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z]{2,4})?$", re.IGNORECASE)
_LOCALES = frozenset(LANGUAGES) | frozenset(["uz", "ky", "tg", "mn", "ka", "hy", "ro", "hr"])
# Classes of the biometric lexicon that say what a body's face vector is for.
_CONTEXT_CLASSES = frozenset(["enrol", "match", "login", "identity_check", "liveness", "biometric"])
_MAX_CONTEXT_VALUE = 40


@lru_cache(maxsize=16384)
def _face_word_key(key: str) -> bool:
    """A key of one or two words naming the face (`fata`, `uz`, `arc`, `face`)."""
    words = key_words(key)
    if not 0 < len(words) <= 2:
        return False
    return bool(word_roles(key) & {"face", "weak_face"}) and not word_roles(key) & {
        "voice",
        "speaker",
    }


def _locale(key: str) -> bool:
    m = _LOCALE_RE.match(key)
    return bool(m) and m.group(1).lower() in _LOCALES


def _locale_siblings(container: dict, key: str) -> bool:
    """Another key of the same kind of value that is a locale code: the object is keyed
    by language (`{"uz": {"embedding": ...}, "en": {"embedding": ...}}`)."""
    kind = type(container[key])
    return any(
        _key_text(k) != key and _locale(_key_text(k)) and isinstance(v, kind)
        for k, v in container.items()
    )


def _nested_vector(value: dict) -> str | None:
    for k, v in value.items():
        key = _key_text(k)
        if not _face_word_key(key) or not isinstance(v, dict) or not 0 < len(v) <= _CHILD_SIZE:
            continue
        if not _artefact_vector(v) or _locale_siblings(value, k):
            continue
        if any(_locale(_key_text(c)) for c in v):
            continue
        return key
    return None


@structure("weak_face_nested_vector", kind=dict, size=(1, 40), needs=(_face_word_key,))
def weak_face_nested_vector(value: object) -> str | None:
    """An embedding under a vector word, under a face word (the rule's URL says face,
    enrolment or authentication)."""
    if not isinstance(value, dict):
        return None
    key = _nested_vector(value)
    return f"face embedding nested under {key!r}" if key else None


@lru_cache(maxsize=16384)
def _context_text(text: str) -> bool:
    classes = load("biometric").classes_of(key_words(text))
    return bool(classes & _CONTEXT_CLASSES)


def _says_context(container: dict, skip: str) -> bool:
    for k, v in container.items():
        key = _key_text(k)
        if key == skip:
            continue
        if _context_text(key):
            return True
        if isinstance(v, str) and 0 < len(v) <= _MAX_CONTEXT_VALUE and _context_text(v):
            return True
    return False


@structure("weak_face_nested_vector_beside", kind=dict, size=(2, 40), needs=(_face_word_key,))
def weak_face_nested_vector_beside(value: object) -> str | None:
    """The same, with a sibling key or short value naming enrolment, a match, a login
    or an identity check (`{"scop": "inrolare", "fata": {"embedding": [...]}}`)."""
    if not isinstance(value, dict):
        return None
    key = _nested_vector(value)
    if key is None or not _says_context(value, key):
        return None
    return f"face embedding nested under {key!r} beside an enrolment or login word"
