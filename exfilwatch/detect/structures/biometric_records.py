"""Biometric records recognised by what their fields are together, whatever the
language of the key that holds them.

- A captured frame with the head's pose: an image beside head Euler angles (ML
  Kit's `headEulerAngleY`, a liveness SDK's `headEulerY`, `head_yaw`) is a face
  photographed while the person turned their head, the liveness challenge of
  every eKYC SDK. The frame's own key may say `okvir`, `kadr` or `bild`: the
  head angles beside it say whose picture it is.
- A library of per-person vectors: records that each pair a person (a member,
  a name, a user) with one or more embedding vectors are a face or voice
  gallery (a home camera's family faces, a bank's enrolled voices). Whether the
  vectors are faces or voices is said by the call's path (the rule's URL
  pattern), which this detector does not see.
- An embedding under a key whose face or voice word is ambiguous alone (Turkish
  and Azerbaijani `ses` is also a session, Hungarian `hang` a sound, `arc` an
  arc): the word counts only beside a vector / template word in the same key
  of the same language (`vektoru`, not the English `vec` of a session's
  `ses_vec`), over a value of an embedding's shape (`ses_vektoru: [192 floats]`),
  and when no sibling key uses the word otherwise (`ses_id`).
- A vector beside the face-recognition model that made it: `{"modelo":
  "arcface-r50-int8", "embedding": [512 floats]}`. The model family's name
  (lexicon `face_models`) is what any reader recognises; a text or music
  embedding names its own model (`all-MiniLM-L6-v2`, `musicnn`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import raw
from ..validators import is_float32_vector
from ._common import _is_number, _key_set_has, _key_text, key_words, structure
from .biometric_words import lexicon, word_roles
from .face_signals import _tracking_group, _verification_role
from .faces import embedding, speaker_vector
from .modalities import is_face_image

# -- a frame with the head's pose -----------------------------------------------------


@lru_cache(maxsize=16384)
def _head_pose_key(key: str) -> bool:
    """`headEulerY`, `head_yaw`, `facePitch`: a head-pose measurement's key."""
    return _tracking_group(key) == "head pose"


@structure("posed_face_frame", kind=dict, size=(2, 40), needs=(_head_pose_key,))
def posed_face_frame(value: object) -> str | None:
    """An image (base64 JPEG / PNG / WebP) beside a numeric head angle in the
    same object: a face frame of a head-turn liveness challenge. A head angle
    alone is telemetry and an image alone is any photo; together they are the
    person's face."""
    if not isinstance(value, dict) or not _key_set_has(_head_pose_key, tuple(value)):
        return None
    angle = next(
        (
            _key_text(k)
            for k, v in value.items()
            if _head_pose_key(_key_text(k)) and _is_number(v) and -180 <= v <= 360  # type: ignore[operator]
        ),
        None,
    )
    if angle is None:
        return None
    for k, v in value.items():
        if is_face_image(v):
            return f"image {_key_text(k)!r} beside the head angle {angle!r}"
    return None


# -- a library of per-person vectors ----------------------------------------------------

# A record's person: who the vectors belong to.
_PERSON_WORDS = frozenset(
    ["member", "person", "people", "name", "user", "subject", "identity", "owner", "profile",
     "label", "enrollee", "contact", "individual", "family", "relative", "speaker"]
)  # fmt: skip
_ID_WORDS = frozenset(["id", "ids", "name", "uid", "key"])


@lru_cache(maxsize=16384)
def _person_key(key: str) -> bool:
    """`member`, `personId`, `user_name`, `label`: the key of a record's owner."""
    words = key_words(key)
    return bool(set(words) & _PERSON_WORDS) and (
        len(words) == 1 or bool(set(words) & (_ID_WORDS | _PERSON_WORDS))
    )


def _one_vector(value: object) -> bool:
    if isinstance(value, list):
        return bool(embedding(value) or speaker_vector(value))
    return is_float32_vector(value)


def _vectors(value: object) -> int:
    """How many embedding vectors a value is: one, or a short list of them."""
    if _one_vector(value):
        return 1
    if isinstance(value, list) and 1 <= len(value) <= 32 and all(_one_vector(v) for v in value):
        return len(value)
    return 0


def _record_vectors(record: object) -> int:
    """The vectors of one person's record ({member, vectors}), 0 if it is not one."""
    if not isinstance(record, dict) or not 2 <= len(record) <= 20:
        return 0
    if not _key_set_has(_person_key, tuple(record)):
        return 0
    person = any(
        _person_key(_key_text(k)) and isinstance(v, str | int) and not isinstance(v, bool)
        for k, v in record.items()
    )
    if not person:
        return 0
    return max((_vectors(v) for v in record.values()), default=0)


@structure("member_vector_library", kind=list, size=(1, 500))
def member_vector_library(value: object) -> str | None:
    """Records that each pair a person with embedding vectors (the first few are
    checked, all must be such records): a face or voice gallery. Only where the
    call's path names faces or voices."""
    if not isinstance(value, list) or not value or not isinstance(value[0], dict):
        return None
    sample = value[:4]
    counts = [_record_vectors(r) for r in sample]
    if not all(counts):
        return None
    found = sum(counts)
    return (
        f"{len(value)} person records with embedding vectors ({found} in the first {len(sample)})"
    )


# -- ambiguous face / voice words beside a vector word --------------------------------


@lru_cache(maxsize=1)
def _english_artefact_words() -> frozenset[str]:
    """The English (and abbreviated) vector / template words: `ses_vec`,
    `ses_embedding` are an English-named session's vector, not a Turkish voice's."""
    classes = raw("biometric").get("classes") or {}
    words = {
        str(w).lower().rstrip("-")
        for cls in ("template", "embedding", "print", "landmarks", "voiceprint")
        for w in (classes.get(cls) or {}).get("en") or []
    }
    return frozenset(words | {"vec", "vecs", "emb", "embs", "feat", "feats", "vector", "vectors"})


def _native_artefact(key: str) -> bool:
    """A vector / template word of the ambiguous word's own language (`vektoru`,
    `sablon`, `minta`), not an English one."""
    english = _english_artefact_words()
    return any(w not in english and "artefact" in word_roles(w) for w in key_words(key))


@lru_cache(maxsize=16384)
def _ambiguous_artefact_key(key: str) -> bool:
    """`ses_vektoru`, `arcSablon`: an ambiguous face or voice word and a vector,
    template or print word in one key (and no unambiguous one: `named_biometric`
    reads those)."""
    roles = word_roles(key)
    if "artefact" not in roles or not roles & {"weak_face", "weak_voice"}:
        return False
    return _native_artefact(key)


def _ambiguous_word(key: str) -> str:
    """The ambiguous face / voice word of a key (`ses` of `ses_vektoru`)."""
    return next((w for w in key_words(key) if word_roles(w) & {"weak_face", "weak_voice"}), "")


@structure("ambiguous_named_embedding", kind=dict, size=(1, 80), needs=(_ambiguous_artefact_key,))
def ambiguous_named_embedding(value: object) -> str | None:
    """An embedding-shaped float vector (a JSON list or base64 float32) under a
    key that says `ses` / `hang` / `arc` and `vector` / `template`: the word alone
    may be a session or a sound; with a vector word OF ITS OWN LANGUAGE
    (`vektoru`, not `vec`) over an embedding's shape, and no sibling key using
    the word otherwise (`ses_id`), it is the voice or face."""
    if not isinstance(value, dict) or not _key_set_has(_ambiguous_artefact_key, tuple(value)):
        return None
    keys = [_key_text(k) for k in value]
    for k, v in value.items():
        key = _key_text(k)
        if not _ambiguous_artefact_key(key) or not _one_vector(v):
            continue
        # `ses_id` beside `ses_vektor`: the word is a session's throughout the object.
        word = _ambiguous_word(key)
        if any(o != key and word in key_words(o) for o in keys):
            continue
        kind = "voice" if "weak_voice" in word_roles(key) else "face"
        return f"{kind} embedding under {key!r}"
    return None


# -- a vector beside a face-recognition model's name ---------------------------------

_MODEL_TOKEN = re.compile(r"[a-z0-9]+")
_FACE_TOKENS = frozenset(["face", "faces", "facial"])


@lru_cache(maxsize=1)
def _face_models() -> frozenset[str]:
    """Face-recognition model families (lexicon `face_models`), separators dropped."""
    names = raw("biometric").get("face_models") or []
    return frozenset("".join(_MODEL_TOKEN.findall(str(n).lower())) for n in names)


@lru_cache(maxsize=4096)
def face_model_name(text: str) -> str:
    """The face-model family a short string names (`arcface-r50-int8` -> arcface,
    `Facenet512`, `buffalo_l`), or "": the whole string or its first token, so a
    family name inside other words (`surface`, `interface`) never counts."""
    if len(text) > 64:
        return ""
    tokens = _MODEL_TOKEN.findall(text.lower())
    if not tokens:
        return ""
    models = _face_models()
    for candidate in ("".join(tokens), tokens[0]):
        if candidate in models:
            return candidate
    # round 58: an in-house model named for what it embeds and versioned (`pp-face-512`,
    # `face_v3`): one token says face, another carries a digit, and the name has no space
    # (a title, `Face the Music 2`, is not a model's name).
    if (
        len(tokens) >= 2
        and not any(c.isspace() for c in text)
        and _FACE_TOKENS.intersection(tokens)
        and any(any(c.isdigit() for c in t) for t in tokens)
    ):
        return "face"
    return ""


@structure("face_model_vector", kind=dict, size=(2, 40))
def face_model_vector(value: object) -> str | None:
    """An embedding-shaped vector (a JSON list or base64 float32) beside a string
    value naming a face-recognition model family: the model says whose vector it
    is, whatever the language of the keys."""
    if not isinstance(value, dict):
        return None
    model = next(
        (m for v in value.values() if isinstance(v, str) and (m := face_model_name(v))), ""
    )
    if not model:
        return None
    for k, v in value.items():
        if isinstance(v, list | str) and _one_vector(v):
            return f"embedding under {_key_text(k)!r} beside face model {model!r}"
    return None


__all__ = [
    "ambiguous_named_embedding",
    "face_model_vector",
    "member_vector_library",
    "posed_face_frame",
]


# -- a face-match event with the face's snapshot ---------------------------------------
#
# A face door, an attendance terminal or a face-pay till logs each recognition as one
# record: when, whom, the match score, often a liveness score, and the frame the camera
# took. The record's keys may be in any language (`munyeolIryeok[]`), but a reader of
# any language sees a score of a comparison, a photo and the face named beside them
# (a `liveness` score, a key with a face word, or the method code `FACE`). A dating
# match with a profile photo, a karaoke pitch match with a cover, a visual product
# search with a similarity and a CCTV motion log with thumbnails name no face.

# Words (beside face words) that an access method's code may carry: `FACE_RECOGNITION`.
_METHOD_CODE_WORDS = frozenset(
    ["recognition", "recognized", "recog", "auth", "authentication", "scan", "match",
     "matched", "verify", "verification", "verified", "id", "unlock", "login", "pay",
     "payment", "check", "access", "entry", "open", "pass", "ok", "success"]
)  # fmt: skip
_CODE_RE = re.compile(r"[A-Za-z][A-Za-z _-]{1,31}")


@lru_cache(maxsize=16384)
def _outcome_key(key: str) -> bool:
    """A comparison's outcome: `matchScore`, `similarity`, `liveness`, or a match
    word of the lexicon in another language (`yusado`, `ilchiScore`)."""
    if _verification_role(key) == "match":
        return True
    cls = lexicon().word
    return any(cls(w) in ("match", "liveness") for w in key_words(key))


@lru_cache(maxsize=4096)
def _face_code(text: str) -> bool:
    """A short method / type code naming the face: `FACE`, `face_recognition`,
    `eolgul`; not a product title (`Face cream`) or a watch face."""
    if not _CODE_RE.fullmatch(text):
        return False
    words = key_words(text)
    if not words or "face" not in word_roles(text):
        return False
    return all("face" in word_roles(w) or w in _METHOD_CODE_WORDS for w in words)


def _face_named(record: dict) -> str:
    """What in the record names the face: a key with a face word (a liveness score
    counts) or a face method code; "" for none."""
    for k, v in record.items():
        key = _key_text(k)
        if "face" in word_roles(key) and not is_face_image(v):
            return key
        if isinstance(v, str) and _face_code(v):
            return f"{key}={v}"
    return ""


@structure("face_match_snapshot", kind=dict, size=(3, 60), needs=(_outcome_key,))
def face_match_snapshot(value: object) -> str | None:
    """A face-match event: a numeric match / similarity / liveness outcome, a
    base64 photo, and something naming the face, in one record."""
    if not isinstance(value, dict) or not 3 <= len(value) <= 60:
        return None
    outcome = next(
        (
            _key_text(k)
            for k, v in value.items()
            if _outcome_key(_key_text(k))
            and _is_number(v)
            and not isinstance(v, bool)
            and 0 <= v <= 100  # type: ignore[operator]
        ),
        None,
    )
    if outcome is None:
        return None
    photo = next((_key_text(k) for k, v in value.items() if is_face_image(v)), None)
    if photo is None:
        return None
    named = _face_named(value)
    if not named:
        return None
    return f"face match {outcome!r} with photo {photo!r} ({named})"
