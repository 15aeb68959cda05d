"""Face and voice data under keys that name them in any language.

A key's words are read as roles through the multilingual lexicon
(`biometric_words`); the evidence is still the value's shape: a face image, a
landmark set or mesh, an embedding, 0..1 expression scores, or audio beside the
speaker it verifies.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import load
from ..validators import is_base64_audio, is_float32_vector
from ._common import (
    _is_number,
    _key_set_has,
    _key_text,
    _norm_text,
    key_word_set,
    key_words,
    structure,
)
from .biometric_words import expression_key, modality_key, word_roles
from .face_signals import _SETTING_WORDS, _signal_value, _tracking_group
from .faces import embedding, landmarks, mesh, speaker_vector
from .modalities import is_face_image

# Child keys under which a face- or voice-named object holds its vector.
_GENERIC_CHILD = frozenset(
    ["vector", "embedding", "embeddings", "template", "data", "values", "features", "print", "emb"]
)  # fmt: skip


def _float_vector(value: object) -> bool:
    if isinstance(value, list):
        return bool(embedding(value) or speaker_vector(value))
    return is_float32_vector(value)


# ARKit's face geometry has 1220 vertices, MediaPipe's face mesh 468 (478 with irises).
_MESH_SIZES = frozenset([468, 478, 1220])
_VERTEX_COUNT_KEYS = frozenset(
    ["vertexcount", "vertcount", "numvertices", "verticescount", "nvertices", "pointcount"]
)  # fmt: skip


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


def _artefact_child(key: object) -> bool:
    """A child key that names what is made of the face or voice: a generic one, or
    a template / print / vector word in any language (`{röst: {avtryck: ...}}`)."""
    text = _key_text(key)
    return _norm_text(text) in _GENERIC_CHILD or "artefact" in word_roles(text)


def _vector_in(value: object) -> bool:
    """A float vector as the value, or under a child key that names an artefact
    (`{vector: [...]}`, `{avtryck: "<base64 float32>"}`)."""
    if _float_vector(value):
        return True
    return isinstance(value, dict) and any(
        _artefact_child(k) and _float_vector(v) for k, v in value.items()
    )


def _artefact_vector(value: object) -> bool:
    """A float vector under an artefact-named child of a face- or voice-named
    object (`röst: {avtryck: ...}`): the child says what the blob is."""
    return isinstance(value, dict) and any(
        _artefact_child(k) and _float_vector(v) for k, v in value.items()
    )


_AUDIO_OBJECT_SIZE = 12


def _audio_in(value: object) -> bool:
    """Base64 audio as the value, or as one field of a small audio object under it
    (`impressao_vocal: {formato: wav, dados: <WAV>}`): the object's own keys may be
    in any language, the audio's header says what it holds. Only ~12 values are
    looked at, and only under a key that already names a voice."""
    if is_base64_audio(value):
        return True
    return (
        isinstance(value, dict)
        and len(value) <= _AUDIO_OBJECT_SIZE
        and any(isinstance(v, str) and is_base64_audio(v) for v in value.values())
    )


def _bare_embedding(value: object) -> bool:
    """A JSON float list of an embedding's size and spread directly under a key
    that names only the face or voice (`muryar_manomi: [192 floats]`): no recording,
    image or setting has that shape. Base64 blobs still need an artefact word."""
    return isinstance(value, list) and bool(embedding(value) or speaker_vector(value))


def _named_mesh_blob(container: dict, value: object) -> int:
    """A face-named blob (`face_vertices`, `faceGeometry`) beside a face model's
    vertex count (`vertexCount: 1220`, `vertex_count: 468`)."""
    if not isinstance(value, str | list) or len(value) < 256:
        return 0
    return _counted_mesh(container)


_NOT_SCORE_KEYS = frozenset(
    ["x", "y", "z", "w", "h", "width", "height", "left", "top", "right", "bottom", "ts", "time"]
)  # fmt: skip


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


def _tracking_groups(value: object) -> list[str]:
    """The face-tracking signals a face-named object measures, its keys read in
    any language: eye state and gaze by the gaze lexicon (`ogonoppning`,
    `blickriktning`, `mirada`), head pose, presence and expression by the English
    words of `face_signals` (a driver monitor's or a proctor's per-face summary)."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 40:
        return []
    groups: list[str] = []
    measured = False
    for k, v in value.items():
        if not _signal_value(v):
            continue
        key = _key_text(k)
        if key_word_set(key) & _NOT_STATE:
            continue
        group = _tracking_group(key) or _measured_eye(key)
        if group and group not in groups:
            groups.append(group)
        measured = measured or (bool(group) and _fractional(v))
    return groups if measured else []


@lru_cache(maxsize=8192)
def _measured_eye(key: str) -> str:
    """`gaze` or `eye` for a key naming what an eye does, in any language: an eye or
    gaze word with a direction / openness / rotation word (gaze lexicon `pose`),
    apart (`mirada_direccion`) or as a compound's tail (`blick|riktning`,
    `ogon|oppning`). An eye's colour or style (`ogonfarg`, `blickStil`) is none."""
    lexicon = load("gaze")
    named: set[str] = set()
    measured = False
    for word in key_words(key):
        cls = lexicon.word(word)
        split = lexicon.stem_rest(word)
        if split and split[1]:
            cls = split[0]
            measured = measured or lexicon.word(split[1]) == "pose"
        if cls == "pose":
            measured = True
        elif cls in ("gaze", "eye", "left_eye", "right_eye"):
            named.add("gaze" if cls == "gaze" else "eye")
    if not measured or not named:
        return ""
    return "gaze" if "gaze" in named else "eye"


def _fractional(value: object) -> bool:
    """A measured value (0.42, [0.8, 0.75]) rather than a style index or a count."""
    if isinstance(value, float):
        return not value.is_integer()
    if isinstance(value, list | dict):
        items = value.values() if isinstance(value, dict) else value
        return any(isinstance(x, float) and not x.is_integer() for x in items)
    return False


# An avatar's or a filter's eye settings, not a measured eye.
_NOT_STATE = _SETTING_WORDS | frozenset(
    ["color", "colour", "shape", "style", "size", "type", "kind", "variant", "asset", "texture",
     "makeup", "lens", "lenses", "shadow", "liner", "lash", "lashes"]
)  # fmt: skip


# A 3-D model's vertex list: beside it, `faces` are the mesh's polygons (OBJ, PLY, glTF,
# three.js and trimesh all call them so), an anatomy atlas's or a game asset's geometry.
_VERTEX_KEYS = frozenset(
    ["vertices", "verts", "vertex", "vertexes", "positions", "sommets", "vertici", "eckpunkte"]
)  # fmt: skip
_POLYGON_KEYS = frozenset(["faces", "face", "faceindices", "facets", "triangles"])


def _polygon_indices(value: object) -> bool:
    """Vertex indices (flat or as triples): whole non-negative numbers, no coordinates."""
    if not isinstance(value, list) or not value:
        return False
    items = [x for item in value for x in (item if isinstance(item, list) else [item])]
    return all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in items)


def _mesh_polygons(container: dict, key: str, value: object) -> bool:
    """`faces` beside `vertices` holding vertex indices: the polygons of a 3-D model
    (an anatomy atlas, a game asset, a CAD part), not a person's face."""
    if _norm_text(key) not in _POLYGON_KEYS or not _polygon_indices(value):
        return False
    return any(_norm_text(_key_text(k)) in _VERTEX_KEYS for k in container)


@structure("named_biometric", kind=dict, size=(1, 80), needs=(modality_key,))
def named_biometric(value: object) -> str | None:
    """A key that names the person's face or voice, in any of the languages in
    the word tables, holding what only such data looks like: a face image,
    landmarks or a mesh (under a face word), a float embedding (under a face or
    voice word and a template / vector / print word), or a recording beside the
    speaker id it verifies. Most objects are rejected by one cached key-set look."""
    if not isinstance(value, dict) or not _key_set_has(modality_key, tuple(value)):
        return None
    speaker_beside = any("speaker" in word_roles(_key_text(k)) for k in value)
    for k, v in value.items():
        key = _key_text(k)
        classes = word_roles(key)
        if "face" in classes and _mesh_polygons(value, key, v):
            continue
        if "face" in classes:
            found = _face_evidence(v)
            if found:
                return f"{found} under {key!r}"
            if expression_key(key) and _class_scores(v):
                return f"{_class_scores(v)} facial expression scores under {key!r}"
            count = _named_mesh_blob(value, v)
            if count:
                return f"face mesh of {count} vertices under {key!r}"
            groups = _tracking_groups(v)
            if len(groups) >= 2:
                return f"face tracking ({', '.join(groups)}) under {key!r}"
        if classes & {"face", "voice"} and (
            ("artefact" in classes and _vector_in(v)) or _bare_embedding(v) or _artefact_vector(v)
        ):
            kind = "face" if "face" in classes else "voice"
            return f"{kind} embedding under {key!r}"
        # A nested audio object counts only under a voiceprint word (`impressao_vocal`):
        # under a bare voice word beside an announcer (`locutor`, `voz_off`) it may be
        # a voice-over or a text-to-speech preview.
        audio = _audio_in(v) if "artefact" in classes else is_base64_audio(v)
        if "voice" in classes and speaker_beside and audio:
            return f"voice sample under {key!r} beside the speaker's id"
    return None
