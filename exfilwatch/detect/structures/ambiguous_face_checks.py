"""A face check named by a face word that alone is ambiguous, told by its liveness score.

Some languages' face word is also an ordinary word (lexicon/biometric.yaml `ambiguous_face`:
Tok Pisin `pes` is also a page, Catalan `pes` a weight, Spanish `cara` a side), so the
library reads it as a face only beside a template or vector word. An identity check in such
a language names the selfie and its results with the same word: `{"piksa_bilong_pes":
"/9j/..", "laipnes": {"skoa": 0.93}}` (Tok Pisin "picture of the face", "liveness", "score"),
and the result `{"pes": {"match_skoa": 0.81, "laip_skoa": 0.94}}`. A liveness score is said
of nothing but a live face, so it settles the word:

- a photo (`ambiguous_face_photo_live`): an image (base64 JPEG / PNG / WebP / HEIC) under a key that
  joins a photo word to the ambiguous face word, beside a liveness key holding a score. A
  scanned page (`piksa bilong pes 2`, a passport's page) has no liveness beside it;
- a result (`ambiguous_face_outcome_live`): an object under the ambiguous face word holding both a
  match score and a liveness score. A search hit's or a document page's `{match_score}`
  alone has no liveness.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _is_number, _key_text, key_words, structure
from .biometric_words import lexicon, word_roles
from .face_outputs import _outcome_key
from .face_signals import _SETTING_WORDS, _has_score
from .modalities import is_face_image


@lru_cache(maxsize=16384)
def _weak_face_key(key: str) -> bool:
    roles = word_roles(key)
    return "weak_face" in roles and "veto" not in roles


@lru_cache(maxsize=16384)
def _photo_of_weak_face(key: str) -> bool:
    """`piksaBilongPes`, `foto_cara`: a photo word and the ambiguous face word."""
    return _weak_face_key(key) and "photo" in lexicon().classes_of(key_words(key))


@lru_cache(maxsize=16384)
def _liveness_key(key: str) -> bool:
    """`laipnes`, `laip_skoa`, `liveness_score`: a liveness word (any language, phrases
    too), not a threshold or another setting."""
    words = key_words(key)
    if _SETTING_WORDS.intersection(words):
        return False
    return "liveness" in lexicon().classes_of(words)


def _score(value: object) -> bool:
    if _is_number(value):
        return True
    # an outcome object: a `score` in English, or in the app's language (`skoa`), so any
    # number in it
    return (
        isinstance(value, dict)
        and len(value) <= 12
        and (_has_score(value) or any(_is_number(v) for v in value.values()))
    )


@structure("ambiguous_face_live_check", kind=dict, size=(1, 60), needs=(_weak_face_key,))
def ambiguous_face_live_check(value: object) -> str | None:
    """Either reading of the module docstring."""
    return ambiguous_face_photo_live(value) or ambiguous_face_outcome_live(value)


def ambiguous_face_photo_live(value: object) -> str | None:
    """An image under `photo of <ambiguous face word>` beside a liveness score."""
    if not isinstance(value, dict) or len(value) < 2:
        return None
    live = any(_liveness_key(_key_text(k)) and _score(v) for k, v in value.items())
    if not live:
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _photo_of_weak_face(text) and is_face_image(member):
            return f"face image under `{text}` beside a liveness score"
    return None


def ambiguous_face_outcome_live(value: object) -> str | None:
    """A match score and a liveness score under the ambiguous face word."""
    if not isinstance(value, dict):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if not _weak_face_key(text) or not isinstance(member, dict) or len(member) > 40:
            continue
        live = match = False
        for child, score in member.items():
            name = _key_text(child)
            if not _score(score):
                continue
            if _liveness_key(name):
                live = True
            elif _outcome_key(name):
                match = True
        if live and match:
            return f"face check outcome (match and liveness scores) under `{text}`"
    return None
