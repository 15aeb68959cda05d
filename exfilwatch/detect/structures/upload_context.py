"""A generically named multipart upload that its context says is a face or a voice.

eKYC and verification SDKs often upload the capture as a part called `file`,
`image` or `upload` and say what it is elsewhere: in the part's filename
(`selfie.jpg`, `voice_sample.wav`) or in sibling text parts (`title: anh_chan_dung`,
`type: portrait`, `description: Ảnh khuôn mặt xác thực`), as VNPT eKYC's file
service does. The decoder keeps both on the multipart container
(`decode.MultipartFields`); this detector reads them as words of many languages
(lexicon/upload_context.yaml), folded to ASCII so that accented spellings match.

A face word beside an image or video part is a face capture (a portrait word only
beside a purpose: a portrait printed on a club card is checked by no one); for an audio part a
voiceprint word, or a voice word beside a purpose (sample, enrolment,
verification): a chat app's voice NOTE is not a biometric sample. Layout keys
(`orientation: portrait`) are not read, and phrases such as "watch face" or
"face value" cancel the face word in them.

Words written together are read as their parts when one opens with a face or
voice word and the rest is a purpose (Danish `stemme|prøve`, `stemme|biometri`):
Danish and Norwegian `stemme` is also a vote, and only the purpose beside the
audio says it is the voice. A structured part (JSON, XML) is read only for a
short enum-like value that alone says voice sample (`"metode": "stemmebiometri"`,
`"type": "voice_verification"`): its keys are read by the rules for that
structure, with their context (`faceCount`, `faceFilter` are not a face capture).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ...decode import MultipartFields
from ..lexicon import load
from ._common import ascii_key, key_words, structure
from .biometric_words import compound_split, compound_tails, word_roles

_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_FACE_MEDIA = ("image/", "video/")
_VOICE_MEDIA = ("audio/",)
_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".bmp", ".mp4", ".mov")
_AUDIO_FILES = (".wav", ".m4a", ".mp3", ".aac", ".ogg", ".opus", ".amr", ".flac", ".pcm")


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """`Ảnh_chânDung.JPG` -> (anh, chan, dung, jpg): camel case split, accents dropped."""
    folded = _CAMEL.sub(r"\1 \2", ascii_key(text)).lower()
    return tuple(w for w in _SPLIT.split(folded) if w)


@lru_cache(maxsize=4096)
def _classes(text: str) -> frozenset[str]:
    """The upload-context classes a text's words and phrases name."""
    lexicon = load("upload_context")
    words = list(_words(text))
    found: set[str] = set()
    for i, size, cls in lexicon.phrase_spans(words, sizes=(3, 2)):
        if cls == "not_face":
            words[i : i + size] = [""] * size  # its face word does not count
        elif all(words[i : i + size]):
            found.add(cls)
    found.update(c for w in words if w and (c := lexicon.word(w)) is not None)
    kept = tuple(w for w in words if w)
    return frozenset(found | _biometric_voice_classes(kept) | _compound_classes(kept))


# The biometric lexicon's voice words, and what is done with a sample (enrol,
# verify, identify, a template or print made of it), in all its languages: the
# upload words above are kept short, and an audio part named `hangminta` or
# `sauti_1` beside `sajili_1.wav` is read with the same vocabulary as a JSON key.
# Recording words (audio, sample) are not a purpose: a voice note is a recording.
_BIOMETRIC_VOICE = {
    "voice": "voice",
    "speaker": "voice",
    "voiceprint": "voiceprint",
    "enrol": "purpose",
    "match": "purpose",
    "identity_check": "purpose",
    "template": "purpose",
    "print": "purpose",
    "biometric": "purpose",
}
# What a compound's head class says in this module's terms.
_HEAD_CLASSES = {"voice": "voice", "speaker": "voice", "face": "face"}
_TAIL_CLASSES = frozenset(["purpose", "voiceprint"])


def _biometric_voice_classes(words: tuple[str, ...]) -> frozenset[str]:
    lexicon = load("biometric")
    found = {_BIOMETRIC_VOICE.get(lexicon.word(w) or "") for w in words}
    for _, _, cls in lexicon.phrase_spans(words, sizes=(2,)):
        found.add(_BIOMETRIC_VOICE.get(cls))
    found.discard(None)
    return frozenset(c for c in found if c)


def _compound_classes(words: tuple[str, ...]) -> frozenset[str]:
    """A face or voice word written together with a purpose (`stemmeprove`,
    `stemmebiometri`, `rostprov`): both classes. The head alone says nothing:
    `stemmeseddel` is a ballot, `stemmebesked` a voice message."""
    upload, biometric = load("upload_context"), load("biometric")
    found: set[str] = set()
    for w in words:
        split = compound_split(w)
        head = _HEAD_CLASSES.get(biometric.words.get(split[0]) or "") if split else None
        if head is None:
            continue
        for tail in compound_tails(w):
            cls = upload.word(tail) or _BIOMETRIC_VOICE.get(biometric.word(tail) or "")
            if cls in _TAIL_CLASSES:
                found.update((head, cls))
                break
    return frozenset(found)


def _is_layout(name: str) -> bool:
    lexicon = load("upload_context")
    return any(lexicon.word(w) == "layout" for w in key_words(name))


def _media_parts(fields: MultipartFields, media: tuple[str, ...], files: tuple[str, ...]):
    return [
        name
        for name, ctype in fields.items()
        if str(ctype).startswith(media) or fields.filenames.get(name, "").lower().endswith(files)
    ]


def _context(fields: MultipartFields, name: str) -> list[tuple[str, frozenset[str]]]:
    """(where, classes) for the part's own name and filename and every sibling text."""
    found = [(f"part {name}", _classes(name))]
    if filename := fields.filenames.get(name):
        found.append((f"filename of {name}", _classes(filename)))
    for key, text in fields.texts.items():
        if key == name or _is_layout(key):
            continue
        if not _structured(text):
            found.append((f"text part {key}", _classes(text)))
        elif voiced := _voiced_value(text):
            found.append((f"value {voiced!r} of part {key}", frozenset(["voiceprint"])))
    return found


_ENUM_LONGEST = 48
_VALUES_READ = 32


def _short_values(value: object, depth: int = 0) -> list[str]:
    """The short, space-free string values of a parsed JSON part (enum-like:
    `stemmebiometri`, `voice_verification`), a few levels deep. Free text is
    left out: a title or description mentioning voice and verification in a
    sentence does not say what the audio is."""
    if isinstance(value, str):
        text = value.strip()
        return [text] if 0 < len(text) <= _ENUM_LONGEST and " " not in text else []
    if depth >= 3:
        return []
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    out: list[str] = []
    for item in list(items)[:_VALUES_READ]:
        out.extend(_short_values(item, depth + 1))
    return out


@lru_cache(maxsize=1024)
def _voiced_value(text: str) -> str:
    """The first value of a JSON part that alone names a voice sample, or ""."""
    try:
        parsed = json.loads(text)
    except ValueError:
        return ""
    return next((v for v in _short_values(parsed) if _voice(_classes(v))), "")


def _structured(text: str) -> bool:
    """A JSON or XML part: its keys are read by the rules for that structure, with
    their context (`faceCount`, `faceFilter` are not a face capture)."""
    return text.lstrip()[:1] in ("{", "[", "<")


# A sibling text part whose NAME reports a face detector's outcome on the picture
# (`faceDetected: true`, `wajah_ditemukan`-style keys read through the biometric
# lexicon's face words): the client ran face detection on this image, so it is a
# capture of a face, as proctoring snapshots and selfie checks send it. A bare
# count of faces (an album's) is not an outcome on one capture.
_DETECTED = frozenset(
    ["detected", "detect", "detection", "found", "present", "presence", "visible", "ok",
     "verified", "matched", "liveness", "live", "centred", "centered", "inframe"]
)  # fmt: skip
_OUTCOME_VALUES = frozenset(["true", "false", "1", "0", "yes", "no"])


@lru_cache(maxsize=4096)
def _face_outcome_key(key: str) -> bool:
    words = key_words(key)
    return bool(_DETECTED.intersection(words)) and "face" in word_roles(key)


def _face_outcome(fields: MultipartFields) -> str:
    """The sibling text part that reports a face detected on the upload, or ""."""
    for key, text in fields.texts.items():
        if _face_outcome_key(key) and text.strip().lower() in _OUTCOME_VALUES:
            return key
    return ""


def _checked_portrait(context: list[tuple[str, frozenset[str]]]) -> str:
    """Where a portrait (`portrait.jpg`, `Passbild`, `vesikalik`) is named beside a
    purpose (verification, liveness, enrolment), or "". A portrait is a photo of a
    person, not a face check: GDPR recital 51 counts a photograph as biometric only
    when it is processed to identify someone, and a club's ID-card print queue, a
    staff directory's headshot or a CV's photo names no such processing."""
    merged = frozenset().union(*(classes for _, classes in context))
    if "purpose" not in merged:
        return ""
    where = next((w for w, classes in context if "portrait" in classes), "")
    return f"{where} names a portrait beside a purpose" if where else ""


def _voice(classes: frozenset[str]) -> bool:
    return "voiceprint" in classes or {"voice", "purpose"} <= classes


@structure("multipart_biometric_context", kind=dict, size=(1, 64))
def multipart_biometric_context(value: object) -> str | None:
    """An image / video part whose name, filename or sibling texts say face, or an
    audio part whose context says voice sample."""
    if not isinstance(value, MultipartFields):
        return None
    for name in _media_parts(value, _FACE_MEDIA, _IMAGE_FILES):
        context = _context(value, name)
        for where, classes in context:
            if "face" in classes:
                return f"upload {name} ({value.get(name) or 'image'}): {where} names a face"
        if checked := _checked_portrait(context):
            return f"upload {name} ({value.get(name) or 'image'}): {checked}"
        if outcome := _face_outcome(value):
            what = value.get(name) or "image"
            return f"upload {name} ({what}): text part {outcome} reports a face detected on it"
    for name in _media_parts(value, _VOICE_MEDIA, _AUDIO_FILES):
        context = _context(value, name)
        merged = frozenset().union(*(c for _, c in context))
        if _voice(merged):
            where = next((w for w, c in context if c & {"voiceprint", "voice"}), "context")
            return f"upload {name} ({value.get(name) or 'audio'}): {where} names a voice sample"
    return None
