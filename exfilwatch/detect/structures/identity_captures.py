"""What an identity check captures and compares, recognised by its parts, not its names.

Banks, telcos and e-government apps verify a person by comparing a fresh capture with
one they trust, and the exchange says so in any language by what sits together:

- a LIVE photo beside the photo read from an identity DOCUMENT (its chip, a passport,
  an ID card): a 1:1 face match (`canliFotograf` + `cipFotografi`, `lebendbild` +
  `ausweisfoto`, `selfie` + `passportPhoto`). A document scan alone, or a front and a
  back, is no face match;
- a REFERENCE or template kept to compare later captures with, as an embedding-sized
  float vector (`referenzVorlage`, `wzorzecTwarzy`, `referansSablon`) beside a face or
  voice word: an enrolled face or voice template;
- a voice SAMPLE sent with a speaker-verification flag, or under a voice-signature key
  (`sesOrnegi` beside `konusmaciDogrulama`, `stimmprobe`, `muestraVoz`): a voice for
  speaker verification. A voice message has no sample word and no speaker;
- a video of the face (`livenessVideo`, `videoRostro`), and a head pose per frame beside
  a face box, a blink count or a liveness video: a liveness check. Bare yaw and pitch
  (a game camera, a drone gimbal) have none of these beside them.

The words are data (lexicon/identity_capture.yaml for live, document, reference,
sample, signature, blink; lexicon/biometric.yaml for face and voice).
"""

from __future__ import annotations

import base64
import binascii
import math
from functools import lru_cache
from itertools import pairwise

from ..lexicon import load, raw
from ..validators import EMBEDDING_SIZES, float32_vector, is_base64_audio, is_base64_image
from ._common import _is_number, _key_text, key_words, structure
from .biometric_words import word_roles
from .faces import LANDMARK_COUNTS, landmarks

# A video's container header, read from the first bytes: ISO base media (`ftyp`, not
# an M4A audio brand) or Matroska / WebM.
_AUDIO_BRANDS = (b"M4A ", b"M4B ", b"M4P ")
_WEBM_MAGIC = b"\x1a\x45\xdf\xa3"
_SHORTEST_VIDEO = 256
_FRAMES = (3, 400)
# A liveness check asks for two or more actions (turn left, turn right, blink).
_CHALLENGES = (2, 400)
# Two frames of a dense face model's points are a face tracked; one is a landmark set.
_LANDMARK_FRAMES = (2, 400)
_DENSE_COUNTS = frozenset(n for n in LANDMARK_COUNTS if n >= 68)
# Point sets a map, a drawing or a calibration holds, whatever frame they sit in.
_NOT_FACE_POINTS = frozenset(
    ["route", "path", "stroke", "strokes", "polyline", "track", "waypoints", "marker",
     "markers", "corners", "chessboard", "hand", "hands", "body", "skeleton", "pose"]
)  # fmt: skip
_POSE_AXES = frozenset(["yaw", "pitch"])
_POSE_KEYS = frozenset(["yaw", "pitch", "roll", "t", "ts", "time", "timestamp", "frame", "ms"])
# A face turned further than this from the camera is no longer seen by it.
_FACING_LIMIT = 90
# Words that say audio was taken as a sample of the voice; a recording alone may be a
# voice message, so it counts only beside a speaker check.
_VOICE_TAKEN = frozenset(["sample", "signature", "voice_sample"])
# An enrolment asks for a phrase a few times; a longer list of clips is a library.
_MAX_TAKES = 10


@lru_cache(maxsize=1)
def _written_words() -> tuple[tuple[str, str], ...]:
    """(word, class) for the entries written in a non-Latin script (`免許証`), found
    anywhere in a key as written."""
    classes = raw("identity_capture")["classes"]
    return tuple(
        (word, cls)
        for cls, languages in classes.items()
        for words in languages.values()
        for word in words
        if not word.isascii()
    )


@lru_cache(maxsize=16384)
def capture_classes(key: str) -> frozenset[str]:
    """The identity-capture classes (live, document, reference, sample, recording,
    signature, blink, head, pose, voice_sample, performance) of a key's words and
    two-word phrases."""
    lexicon = load("identity_capture")
    words = key_words(key)
    found = {cls for w in words if (cls := lexicon.word(w))}
    found |= {cls for _, _, cls in lexicon.phrase_spans(words, sizes=(2,))}
    found |= {cls for a, b in pairwise(words) if (cls := lexicon.words.get(a + b))}
    if not key.isascii():
        found |= {cls for word, cls in _written_words() if word in key}
    return frozenset(found)


def is_base64_video(value: object) -> bool:
    """An MP4 / MOV / 3GP or WebM video as base64 or a data: URL."""
    if not isinstance(value, str) or len(value) < _SHORTEST_VIDEO:
        return False
    if value.startswith("data:video/"):
        return True
    try:
        head = base64.b64decode(value[:16], validate=True)
    except (binascii.Error, ValueError):
        return False
    if head[:4] == _WEBM_MAGIC:
        return True
    return head[4:8] == b"ftyp" and head[8:12] not in _AUDIO_BRANDS


def _image(value: object) -> bool:
    """A photo in JSON, or an object holding one (`{data: <jpeg>, format: jpg}`)."""
    if is_base64_image(value):
        return True
    return isinstance(value, dict) and any(is_base64_image(v) for v in value.values())


def _performance(keys: list[str]) -> bool:
    """A voice-over, a narration, a casting reel or dubbing among the keys: the voice
    or face recorded as a work product, not taken to verify the person."""
    return any("performance" in capture_classes(k) for k in keys)


def _face_key(key: str) -> bool:
    return "face" in word_roles(key)


def _document_key(key: str) -> bool:
    return "document" in capture_classes(key)


@structure("face_match_pair", kind=dict, size=(2, 40), needs=(_document_key,))
def face_match_pair(value: object) -> str | None:
    """A live capture and a document's photo in one object: the two sides of a 1:1
    face comparison."""
    if not isinstance(value, dict):
        return None
    photos = [_key_text(k) for k, v in value.items() if _image(v)]
    if len(photos) < 2:
        return None
    document = [k for k in photos if "document" in capture_classes(k)]
    live = [
        k for k in photos if k not in document and ("live" in capture_classes(k) or _face_key(k))
    ]
    for live_key in live:
        for document_key in document:
            if live_key != document_key:
                return f"face match: live photo {live_key} beside document photo {document_key}"
    return None


@structure("face_video", kind=dict, size=(1, 60), needs=(_face_key,))
def face_video(value: object) -> str | None:
    """A video of the person's face (a liveness or selfie video) under a face word."""
    if not isinstance(value, dict):
        return None
    for k, v in value.items():
        key = _key_text(k)
        if is_base64_video(v) and _face_key(key) and "document" not in capture_classes(key):
            performed = _performance([_key_text(k) for k in value])
            return None if performed else f"face video under {key}"
    return None


def _pose(value: object) -> bool:
    """Yaw and pitch (roll optional, a time beside them) within what a face turned to a
    camera shows: one head orientation. A camera's pose has a zoom or a field of view
    and turns all the way round."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 5:
        return False
    axes = {k.lower(): v for k, v in value.items() if isinstance(k, str)}
    if not axes.keys() >= _POSE_AXES or not axes.keys() <= _POSE_KEYS:
        return False
    angles = [axes[a] for a in axes.keys() & {"yaw", "pitch", "roll"}]
    return all(_is_number(a) and abs(a) <= _FACING_LIMIT for a in angles)


def _frame_pose(frame: object) -> bool:
    """A frame that is a pose, or holds one under a key (`basPozu`, `headPose`), or
    holds the face it found and the pose under it (`face: {box, headPose}`)."""
    if _pose(frame):
        return True
    if not isinstance(frame, dict):
        return False
    if any(_pose(v) for v in frame.values()):
        return True
    return any(
        isinstance(v, dict) and _face_key(_key_text(k)) and any(_pose(p) for p in v.values())
        for k, v in frame.items()
    )


def _frame_face(frames: list) -> str | None:
    """A face-named field inside the frames (a face box per frame)."""
    keys = {_key_text(k) for f in frames if isinstance(f, dict) for k in f}
    return next((k for k in sorted(keys) if _face_key(k)), None)


def _beside_face(holder: dict, pose_key: object) -> str | None:
    """A blink count or a video of the face beside the poses. A face-named sibling
    alone is not enough: a 3D mesh's `faces` are polygons."""
    for k, v in holder.items():
        key = _key_text(k)
        if k == pose_key:
            continue
        if "blink" in capture_classes(key) and _is_number(v):
            return key
        if is_base64_video(v) and _face_key(key):
            return key
    return None


def _axis_keys(frame: dict, axis: str) -> list[str]:
    return [k for k in frame if isinstance(k, str) and axis in key_words(k)]


def _facing_challenge(frame: object) -> bool:
    """One liveness challenge written flat (`{action, yaw_kepala, pitch_kepala,
    eyes_blinked}`): a yaw and a pitch within what a face turned to the camera shows,
    said of the head (a head word on the axes) or beside a blink of the eyes. A drone's
    or a camera's yaw and pitch name no head and nothing blinks."""
    if not isinstance(frame, dict) or not 2 <= len(frame) <= 12:
        return False
    yaws, pitches = _axis_keys(frame, "yaw"), _axis_keys(frame, "pitch")
    if not yaws or not pitches:
        return False
    angles = [frame[k] for k in yaws + pitches]
    if not all(_is_number(a) and abs(a) <= _FACING_LIMIT for a in angles):
        return False
    of_head = all("head" in capture_classes(k) for k in yaws + pitches)
    return of_head or any("blink" in capture_classes(_key_text(k)) for k in frame)


def _challenge_poses(frames: list) -> bool:
    """Two or more challenges each turning the face: the head or blink word in every
    challenge says it is a face, so no face box is needed beside them."""
    return _CHALLENGES[0] <= len(frames) <= _FRAMES[1] and all(map(_facing_challenge, frames))


@structure("liveness_head_poses", kind=dict, size=(1, 40))
def liveness_head_poses(value: object) -> str | None:
    """A head pose per frame beside a face box, a blink count or a face video: the
    head turns a liveness check asks for, measured off the face."""
    if not isinstance(value, dict):
        return None
    for k, frames in value.items():
        if isinstance(frames, list) and _challenge_poses(frames):
            return f"head pose per liveness challenge under {_key_text(k)}"
        if not isinstance(frames, list) or not _FRAMES[0] <= len(frames) <= _FRAMES[1]:
            continue
        if not all(_frame_pose(f) for f in frames):
            continue
        evidence = _frame_face(frames) or _beside_face(value, k)
        if evidence:
            return f"head pose per frame under {_key_text(k)} beside {evidence}"
    return None


def _frame_landmarks(frame: object) -> str | None:
    """The key of a dense face model's landmark set in one frame (68, 98, 106, 468
    points), named as landmarks or points in any language or after the face."""
    if not isinstance(frame, dict):
        return None
    for k, v in frame.items():
        key = _key_text(k)
        words = set(key_words(key))
        if words & _NOT_FACE_POINTS or not (_face_key(key) or _landmark_key(key)):
            continue
        if isinstance(v, list) and len(v) in _DENSE_COUNTS and landmarks(v):
            return key
    return None


def _landmark_key(key: str) -> bool:
    biometric = load("biometric")
    return any(biometric.word(w) == "landmarks" for w in key_words(key))


@structure("landmarks_per_frame", kind=dict, size=(1, 40))
def landmarks_per_frame(value: object) -> str | None:
    """Frames that each carry a dense face model's landmarks: a face tracked through
    the turns and blinks a liveness check asks for. One set is read by the landmark
    rules; a run of them is a face over time, and a route or a drawing has no frames
    of 68 or 106 points."""
    if not isinstance(value, dict):
        return None
    for k, frames in value.items():
        if not isinstance(frames, list) or not _LANDMARK_FRAMES[0] <= len(frames) <= _FRAMES[1]:
            continue
        found = [_frame_landmarks(f) for f in frames]
        if all(found):
            return f"face landmarks per frame under {_key_text(k)}.{found[0]}"
    return None


def _vector(value: object) -> bool:
    """An embedding-sized float vector (a list, or base64 float32) of small finite
    numbers that are not all alike: a template, not a colour or a count series."""
    if isinstance(value, list):
        if len(value) not in EMBEDDING_SIZES or not all(_is_number(x) for x in value):
            return False
        numbers = [float(x) for x in value]
    else:
        numbers = float32_vector(value) or []
    if not numbers or not all(math.isfinite(x) and abs(x) < 50 for x in numbers):
        return False
    return len({round(x, 4) for x in numbers}) > len(numbers) // 2


@lru_cache(maxsize=16384)
def _template_key(key: str) -> bool:
    """A reference or template word (`referenzVorlage`, `wzorzec`, `etalon`); a bare
    embedding or vector is read by the embedding rules, with their own context."""
    if "reference" in capture_classes(key):
        return True
    biometric = load("biometric")
    return any(biometric.word(w) == "template" for w in key_words(key))


@lru_cache(maxsize=16384)
def _names_face_or_voice(key: str) -> bool:
    """A key naming the face or the voice; a speaker alone may be a transcript's
    speaker label (`speaker: Ann`), not the voice enrolled."""
    roles = word_roles(key)
    return "face" in roles or ("voice" in roles and "speaker" not in roles)


@structure(
    "reference_template",
    kind=dict,
    size=(1, 40),
    needs=(_template_key, _names_face_or_voice),
)
def reference_template(value: object) -> str | None:
    """A reference or template vector with a face or voice word in its key or beside
    it: an enrolled template that later captures are compared with."""
    if not isinstance(value, dict):
        return None
    for k, v in value.items():
        key = _key_text(k)
        if _template_key(key) and _vector(v):
            modal = next((t for t in map(_key_text, value) if _names_face_or_voice(t)), None)
            if modal:
                return f"{key}: a template vector beside {modal}"
    return None


@structure("template_vector", kind=dict, size=(1, 40), needs=(_template_key,))
def template_vector(value: object) -> str | None:
    """A reference or template vector under any name (rules add a face or voice path)."""
    if not isinstance(value, dict):
        return None
    for k, v in value.items():
        key = _key_text(k)
        if _template_key(key) and _vector(v):
            return f"{key}: a template vector"
    return None


def _voice_signature(key: str) -> bool:
    """A voice word with a signature or print word (`ses imzası`, `Stimmsignatur`)."""
    roles = word_roles(key)
    return bool(roles & {"voice", "weak_voice"}) and "signature" in capture_classes(key)


def _purpose(key: str) -> bool:
    """A verification or enrolment word (`dogrulama`, `Verifizierung`, `enrol`)."""
    lexicon = load("upload_context")
    return any(lexicon.word(w) == "purpose" for w in key_words(key))


def _speaker_check(key: str) -> bool:
    """A field that names verifying a speaker (`konusmaciDogrulama`,
    `speakerVerification`) or a voice signature; `speakerVolume` is a loudspeaker."""
    return ("speaker" in word_roles(key) and _purpose(key)) or _voice_signature(key)


def _audio_takes(value: object) -> bool:
    """One recording, or the few an enrolment asks for (a phrase said three times):
    every item audio, so a playlist of track ids or a chat's mixed parts is not one."""
    if isinstance(value, list):
        return 1 <= len(value) <= _MAX_TAKES and all(is_base64_audio(v) for v in value)
    return is_base64_audio(value)


def _taken_voice_key(key: str) -> bool:
    return bool(capture_classes(key) & (_VOICE_TAKEN | {"recording"}))


@structure("voice_sample", kind=dict, size=(1, 40), needs=(_taken_voice_key,))
def voice_sample(value: object) -> str | None:
    """Audio under a sample or signature key (`voiceSample`, `stimmprobe`, `sesOrnegi`)
    that names the voice outright, or sits beside a speaker check: a voice taken to
    verify the speaker. A voice message is no sample, a song's sample has no voice."""
    if not isinstance(value, dict):
        return None
    keys = [_key_text(k) for k in value]
    for k, v in value.items():
        key = _key_text(k)
        classes = capture_classes(key)
        if not classes & (_VOICE_TAKEN | {"recording"}) or not _audio_takes(v):
            continue
        if _performance(keys):
            return None
        if "voice_sample" in classes or ("voice" in word_roles(key) and classes & _VOICE_TAKEN):
            return f"voice sample under {key}"
        checks = [s for s in keys if s != key and _speaker_check(s)]
        if checks:
            return f"voice sample under {key} beside {checks[0]}"
    return None
