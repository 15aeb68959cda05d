"""Biometric modalities other than face and voice: fingerprint minutiae sets.

A minutiae template is the list of ridge endings and bifurcations a fingerprint
(or palm print) reader extracts: each minutia has a position and a ridge
direction (ISO/IEC 19794-2, ANSI/NIST-ITL type 9; NIST NBIS `mindtct` writes
x, y, theta, quality). It identifies the finger it came from.
"""

from __future__ import annotations

import re
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


# STEMS: languages inflect and compound (Turkish `yuzVektoru`, Dutch `gezichtsuitdrukking`,
# German `Gesichtsmerkmale`, Turkish `biyometrikFoto`), so a word also counts when it
# STARTS with one of these stems. Only stems of five or more letters that begin no
# common English word are here; short words (yuz, kao, lico) stay whole-word only.
_FACE_STEMS = (
    "gezicht", "gesicht", "twarz", "rostro", "visage", "wajah", "selfie", "facial", "khuonmat",
    "eolgul", "chehr", "gelaat", "oblicz",
)  # fmt: skip
# A "biometric photo / template" (biometrico, biometrique, biyometrik, biometryczny) is a
# face or a template: it reads as the face class for images, as a modality for vectors.
_BIOMETRIC_STEMS = ("biomet", "biyomet")
_ARTEFACT_STEMS = (
    "vektor", "vector", "vettor", "vecteur", "vetor", "embedd", "templat", "plantill", "sablon",
    "szablon", "sjabloon", "wzorz", "merkmal", "kenmerk", "descript", "empreint", "huell",
    "odcisk", "otpechat", "abdruck", "afdruk", "teukjing", "ozellik", "priznak",
)  # fmt: skip
_VOICE_STEMS = ("voiceprint", "golos", "locut", "stemafdr")


def _stemmed(words: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    return any(w.startswith(stems) for w in words if len(w) >= 5)


def _compound_tails(words: tuple[str, ...]) -> tuple[str, ...]:
    """What follows a face or voice stem inside one compound word (German and Dutch
    glue nouns: `gesichtsmerkmale` -> `merkmale`), linking `s` dropped, so the
    tail is read as a word of its own."""
    tails = []
    for w in words:
        for stem in _FACE_STEMS + _VOICE_STEMS:
            if w.startswith(stem) and len(w) >= len(stem) + 4:
                tail = w[len(stem) :]
                tails.append(tail[1:] if tail.startswith("s") else tail)
                break
    return tuple(tails)


@lru_cache(maxsize=16384)
def _word_classes(key: str) -> frozenset[str]:
    """The classes ("face", "voice", "artefact", "speaker") of a key's words,
    single words and adjacent pairs read as one (`giong_noi` -> `giongnoi`),
    and words that begin with a class's stem (`vektoru`, `gezichtsuitdrukking`)."""
    words = key_words(key) + _compound_tails(key_words(key))
    pool = set(words) | {a + b for a, b in pairwise(words)}
    if pool & _NOT_A_PERSON:
        return frozenset()
    classes = set()
    for name, table, stems in (
        ("face", _FACE_WORDS, _FACE_STEMS + _BIOMETRIC_STEMS),
        ("voice", _VOICE_WORDS, _VOICE_STEMS),
        ("artefact", _ARTEFACT_WORDS, _ARTEFACT_STEMS),
        ("speaker", _SPEAKER_WORDS, ()),
    ):
        if pool & table or (stems and _stemmed(words, stems)):
            classes.add(name)
    return frozenset(classes)


def _modality_key(key: str) -> bool:
    return bool(_word_classes(key) & {"face", "voice"})


def _float_vector(value: object) -> bool:
    if isinstance(value, list):
        return bool(embedding(value) or speaker_vector(value))
    return is_float32_vector(value)


# Base64 openings of the image formats identity documents use beside JPEG: a JPEG 2000
# file (the `jP  ` signature box), a bare JPEG 2000 codestream (FF 4F FF 51), and an
# ICAO 9303 DG2 data group (tag 75 with a long length) that wraps the face image.
_DOCUMENT_IMAGE_OPENINGS = ("AAAADGpQICAN", "/0//U", "dYI", "dYE")
# ARKit's face geometry has 1220 vertices, MediaPipe's face mesh 468 (478 with irises).
_MESH_SIZES = frozenset([468, 478, 1220])
_VERTEX_COUNT_KEYS = frozenset(
    ["vertexcount", "vertcount", "numvertices", "verticescount", "nvertices", "pointcount"]
)  # fmt: skip


def is_face_image(value: object) -> bool:
    """A photo as base64: JPEG / PNG / WebP / HEIC, or the JPEG 2000 and DG2
    wrappings an ID chip's face image comes in."""
    if is_base64_image(value):
        return True
    if not isinstance(value, str) or len(value) < 128:
        return False
    return value.startswith(_DOCUMENT_IMAGE_OPENINGS)


def _counted_mesh(value: dict) -> int:
    """A face mesh sent as a blob beside its vertex count (ARFaceGeometry, 1220)."""
    blob = any(isinstance(o, str | list) and len(o) >= 256 for o in value.values())
    for k, v in value.items():
        if blob and _norm_text(_key_text(k)) in _VERTEX_COUNT_KEYS and v in _MESH_SIZES:
            return int(v)  # type: ignore[arg-type]
    return 0


def _face_evidence(value: object, depth: int = 0) -> str:
    """A face image, landmark set or mesh inside a face-named value (3 levels deep)."""
    if is_face_image(value):
        return "face image"
    if isinstance(value, list):
        if landmarks(value) or mesh(value):
            return f"{len(value)} face landmark points"
        items = value[:4]
    elif isinstance(value, dict):
        if landmarks(value):
            return "named face landmark points"
        count = _counted_mesh(value)
        if count:
            return f"face mesh of {count} vertices"
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


# Words for a facial EXPRESSION or mood, matched anywhere in the key so compounds
# count (`gezichtsuitdrukking`, `Gesichtsausdruck`, `yuzIfadesi`, `expresionFacial`).
_EXPRESSION_STEMS = (
    "express", "expresi", "ekspres", "espress", "uitdruk", "ausdruck", "ifade", "emoti", "emocj",
    "emocio", "emocao", "emozi", "duygu", "mimik", "mimic", "stimmung", "humeur", "nastroj",
    "bieujcam", "pyojeong", "hyojou",
)  # fmt: skip
_NOT_SCORE_KEYS = frozenset(
    ["x", "y", "z", "w", "h", "width", "height", "left", "top", "right", "bottom", "ts", "time"]
)  # fmt: skip


def _expression_key(key: str) -> bool:
    norm = _norm_text(key)
    return any(stem in norm for stem in _EXPRESSION_STEMS)


def _class_scores(value: object) -> int:
    """How many named classes a map scores 0..1 (a recogniser's output), 0 if it
    is anything else (a box, a count, a setting)."""
    if not isinstance(value, dict) or not 3 <= len(value) <= 40:
        return 0
    scored = 0
    for k, v in value.items():
        name = _norm_text(_key_text(k))
        if name in _NOT_SCORE_KEYS or not name.isalpha():
            return 0
        if _is_number(v) and 0.0 <= v <= 1.0:  # type: ignore[operator]
            scored += 1
    return scored if scored >= 3 and scored * 4 >= len(value) * 3 else 0


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
            if _expression_key(key) and _class_scores(v):
                return f"{_class_scores(v)} facial expression scores under {key!r}"
        if classes & {"face", "voice"} and "artefact" in classes and _vector_in(v):
            kind = "face" if "face" in classes else "voice"
            return f"{kind} embedding under {key!r}"
        if "voice" in classes and speaker_beside and is_base64_audio(v):
            return f"voice sample under {key!r} beside the speaker's id"
    return None


# -- ICAO 9303 data group 2 (an ID chip's face) ---------------------------------------------
#
# An ePassport or eID chip holds the holder's face as data group 2 (DG2: a JPEG or
# JPEG 2000 image in an ISO 19794-5 / 39794-5 record). Apps that read the chip over
# NFC send the groups on as base64 under their standard names (`dg2`, `DG2`,
# `dg2FaceImage`, `dataGroup2`), usually beside DG1 (the MRZ) and the SOD.

_DG2_RE = re.compile(r"(?:ef)?(?:dg|datagroup)0?2(?![0-9])[a-z]*")
_CHIP_SIBLINGS_RE = re.compile(r"(?:ef)?(?:dg|datagroup)(?:0?1|1[1-6]|0?[3-9])|(?:ef)?(?:sod|com)")


@lru_cache(maxsize=4096)
def _dg2_key(key: str) -> bool:
    return bool(_DG2_RE.fullmatch(_norm_text(key)))


def _blob(value: object) -> bool:
    if isinstance(value, bytes):
        return len(value) >= 150
    return isinstance(value, str) and len(value) >= 200 and " " not in value


@structure("chip_face_group", kind=dict, size=(1, 40), needs=(_dg2_key,))
def chip_face_group(value: object) -> str | None:
    """A DG2 blob of image size beside the chip's other groups (DG1, SOD), or one
    that opens as an image. A `dg2` setting or a short code is not a face."""
    if not isinstance(value, dict) or not _key_set_has(_dg2_key, tuple(value)):
        return None
    keys = [_key_text(k) for k in value]
    siblings = any(_CHIP_SIBLINGS_RE.fullmatch(_norm_text(k)) for k in keys)
    for k, v in value.items():
        key = _key_text(k)
        if _dg2_key(key) and _blob(v) and (siblings or is_face_image(v)):
            return f"ID chip face image (ICAO data group 2) under {key!r}"
    return None
