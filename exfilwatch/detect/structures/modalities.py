"""Biometric modalities other than face and voice: fingerprint minutiae sets.

A minutiae template is the list of ridge endings and bifurcations a fingerprint
(or palm print) reader extracts: each minutia has a position and a ridge
direction (ISO/IEC 19794-2, ANSI/NIST-ITL type 9; NIST NBIS `mindtct` writes
x, y, theta, quality). It identifies the finger it came from.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from ..validators import is_base64_audio, is_base64_image, is_float32_vector
from ._common import (
    _is_number,
    _key_set_has,
    _key_text,
    _norm_key,
    _norm_text,
    key_words,
    structure,
)
from .faces import embedding, landmarks, mesh, speaker_vector

_DIRECTION_KEYS = frozenset(["angle", "theta", "direction", "orientation", "dir", "t", "a"])
_POSITION_KEYS = frozenset(["x", "y"])


def _minutia(item: object) -> bool:
    if isinstance(item, dict):
        keys = {_norm_key(k): v for k, v in item.items()}
        return (
            keys.keys() >= _POSITION_KEYS
            and all(_is_number(keys[k]) for k in _POSITION_KEYS)
            and any(_is_number(keys[k]) for k in _DIRECTION_KEYS & keys.keys())
        )
    if isinstance(item, list | tuple):  # [x, y, theta] or [x, y, theta, quality(, type)]
        return 3 <= len(item) <= 5 and all(_is_number(x) for x in item)
    return False


@structure("minutiae", kind=list, size=(8, 512))
def minutiae(value: object) -> str | None:
    """Eight or more points with a position and a ridge direction: only under a
    key that names fingerprint minutiae or a finger / palm template."""
    if isinstance(value, list) and 8 <= len(value) <= 512 and all(_minutia(m) for m in value):
        return f"{len(value)} fingerprint minutiae (position and ridge direction)"
    return None


# -- face and voice data under keys named in other languages -----------------------------
#
# Apps name the person's face or voice in their own language (`immagineVolto`,
# `vectorRostro`, `titik_wajah`, `dac_trung_giong_noi`, `seimon_vector`) or put it in an
# object named for it (`selfie: {data: {front: [jpeg]}}`, `vocal_print: {vector: [...]}`).
# Words are read by CLASS (modality, artefact, speaker), in the languages apps use,
# romanised where the script is not Latin; two-word names (Vietnamese `giong noi`,
# `khuon mat`) are read as one word. Evidence is still the value's shape: an image,
# a landmark set, an embedding, audio beside a speaker's id.

_FACE_WORDS = frozenset(
    ["face", "faces", "facial", "selfie", "selfies", "visage", "rostro", "rosto", "volto", "viso",
     "gesicht", "gesichts", "wajah", "muka", "twarz", "gezicht", "gelaat", "yuz", "litso", "lico",
     "chehra", "chehre", "wajh", "eolgul", "olgul", "khuonmat", "guongmat", "chandung", "swafoto",
     "headshot", "kao", "renlian", "baina", "twarzy", "litsa", "lica", "yuzu", "yuzun", "gezichten",
     "rostros", "visages", "volti", "wajahnya", "muhka", "mukh"]
)  # fmt: skip
_VOICE_WORDS = frozenset(
    ["voice", "voiceprint", "voiceprints", "vocal", "vocalprint", "speaker", "voz", "voix", "voce",
     "stimme", "stimm", "suara", "giongnoi", "golos", "glos", "glosu", "sawt", "awaaz", "awaz",
     "moksori", "seimon", "sesizi", "stemafdruk", "golosa", "golosovoy", "locutor", "locuteur",
     "sprecher", "spreker", "penutur"]
)  # fmt: skip
# Words that say the value is a template, vector or print of what the modality word names.
_ARTEFACT_WORDS = frozenset(
    ["print", "prints", "vector", "vectors", "vec", "embedding", "embeddings", "emb", "template",
     "templates", "features", "feature", "feat", "feats", "descriptor", "descriptors", "encoding",
     "signature", "vettore", "vecteur", "vetor", "vektor", "empreinte", "huella", "impronta",
     "plantilla", "modello", "sablon", "szablon", "wzorzec", "sjabloon", "kenmerken", "merkmale",
     "fitur", "dactrung", "ciri", "afdruk", "odcisk", "abdruck", "basma", "sidik", "teukjing",
     "priznaki", "seimon", "voiceprint", "vocalprint", "stemafdruk", "sesizi", "points", "titik",
     "tochki", "noqat", "nuqat", "bindu", "punkty", "punten", "noktalar", "puntos", "punti", "jeom",
     "teukseong", "otpechatok"]
)  # fmt: skip
# A voice recording is a voiceprint sample only beside the speaker it verifies.
_SPEAKER_WORDS = frozenset(
    ["speaker", "locutor", "locuteur", "sprecher", "spreker", "penutur", "voiceprint", "enrol",
     "enroll", "enrolment", "enrollment"]
)  # fmt: skip
# A watch face, a card's face or a font face is no person's.
_NOT_A_PERSON = frozenset(
    ["watch", "clock", "dial", "card", "font", "cube", "dice", "die", "coin", "type", "book",
     "value", "up", "down", "emoji", "sticker", "avatar", "mask", "filter", "tts", "synth"]
)  # fmt: skip
_GENERIC_CHILD = frozenset(
    ["vector", "embedding", "embeddings", "template", "data", "values", "features", "print", "emb"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _word_classes(key: str) -> frozenset[str]:
    """The classes ("face", "voice", "artefact", "speaker") of a key's words,
    single words and adjacent pairs read as one (`giong_noi` -> `giongnoi`)."""
    words = key_words(key)
    pool = set(words) | {a + b for a, b in pairwise(words)}
    if pool & _NOT_A_PERSON:
        return frozenset()
    classes = set()
    for name, table in (
        ("face", _FACE_WORDS),
        ("voice", _VOICE_WORDS),
        ("artefact", _ARTEFACT_WORDS),
        ("speaker", _SPEAKER_WORDS),
    ):
        if pool & table:
            classes.add(name)
    return frozenset(classes)


def _modality_key(key: str) -> bool:
    return bool(_word_classes(key) & {"face", "voice"})


def _float_vector(value: object) -> bool:
    if isinstance(value, list):
        return bool(embedding(value) or speaker_vector(value))
    return is_float32_vector(value)


def _face_evidence(value: object, depth: int = 0) -> str:
    """A face image, landmark set or mesh inside a face-named value (3 levels deep)."""
    if is_base64_image(value):
        return "face image"
    if isinstance(value, list):
        if landmarks(value) or mesh(value):
            return f"{len(value)} face landmark points"
        items = value[:4]
    elif isinstance(value, dict):
        if landmarks(value):
            return "named face landmark points"
        items = list(value.values())[:12]
    else:
        return ""
    if depth >= 3:
        return ""
    for item in items:
        found = _face_evidence(item, depth + 1)
        if found:
            return found
    return ""


def _vector_in(value: object) -> bool:
    """A float vector as the value, or under a generic child key (`{vector: [...]}`)."""
    if _float_vector(value):
        return True
    return isinstance(value, dict) and any(
        _norm_text(_key_text(k)) in _GENERIC_CHILD and _float_vector(v) for k, v in value.items()
    )


@structure("named_biometric", kind=dict, size=(1, 80), needs=(_modality_key,))
def named_biometric(value: object) -> str | None:
    """A key that names the person's face or voice, in any of the languages in
    the word tables, holding what only such data looks like: a face image,
    landmarks or a mesh (under a face word), a float embedding (under a face or
    voice word and a template / vector / print word), or a recording beside the
    speaker id it verifies. Most objects are rejected by one cached key-set look."""
    if not isinstance(value, dict) or not _key_set_has(_modality_key, tuple(value)):
        return None
    speaker_beside = any("speaker" in _word_classes(_key_text(k)) for k in value)
    for k, v in value.items():
        key = _key_text(k)
        classes = _word_classes(key)
        if "face" in classes:
            found = _face_evidence(v)
            if found:
                return f"{found} under {key!r}"
        if classes & {"face", "voice"} and "artefact" in classes and _vector_in(v):
            kind = "face" if "face" in classes else "voice"
            return f"{kind} embedding under {key!r}"
        if "voice" in classes and speaker_beside and is_base64_audio(v):
            return f"voice sample under {key!r} beside the speaker's id"
    return None
