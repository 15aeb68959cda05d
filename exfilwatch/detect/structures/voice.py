"""Voice measurements and vectors in the shapes apps send them: acoustic voice
descriptors (pitch statistics, jitter, shimmer, harmonics-to-noise ratio,
formants, MFCCs: the Praat / openSMILE eGeMAPS parameters voice-emotion and
voice-health apps compute on the device), MFCC frames, short print vectors
(a face group's or a speaker's centroid) and float32 vectors packed into a
protobuf bytes field (gRPC calls whose method names the voiceprint).
"""

from __future__ import annotations

import math
import re
import struct
from functools import lru_cache

from ..lexicon import raw
from ..validators import is_base64_audio, is_base64_blob, is_base64_image
from ._common import (
    _is_number,
    _key_set_has,
    _key_text,
    _norm_text,
    key_word_set,
    key_words,
    structure,
)
from .faces import SPEAKER_SIZES, embedding, speaker_vector

# Words that make a key a setting, or a network measurement (WebRTC `jitter`,
# `jitterBufferDelay`), rather than a voice descriptor.
_NOT_VOICE = frozenset(
    ["enabled", "enable", "threshold", "setting", "settings", "mode", "config", "option", "url",
     "label", "name", "title", "description", "buffer", "packet", "packets", "rtp", "rtt",
     "network", "net", "latency", "delay", "ping", "video", "frame", "frames", "clock", "gps"]
)  # fmt: skip
# Pitch in Hz or semitones (or F0) is a voice's; a bare `pitchMean` may be a head's
# or a gimbal's angle.
_PITCH_UNITS = frozenset(["hz", "semitone", "semitones", "st"])
# Jitter and shimmer also name animation and network effects: a voice-feature set
# holds at least one descriptor nothing but speech analysis produces.
_SPEECH_ONLY = frozenset(["hnr", "mfcc", "formant", "pitch"])
# What only a sung (or played) note is measured for: its vibrato, its intonation
# against a target note in cents, its range. A singing teacher's analysis of a
# student's sustained vowel grades a performance; it models no speaker. The words are
# the same in most languages (`vibrato`, `tessitura`, Italian `intonazione`).
_SUNG = frozenset(
    ["vibrato", "tremolo", "tessitura", "ambitus", "intonation", "intonazione", "intonacion",
     "intonacao", "intonatsiya", "cents", "cent"]
)  # fmt: skip


def _sung_note(keys: tuple[str, ...]) -> bool:
    """Whether an object's keys measure a sung note (a vibrato, cents off a target)."""
    return any(key_word_set(k) & _SUNG for k in keys)


@lru_cache(maxsize=16384)
def _voice_group(key: str) -> str:
    """Which voice descriptor a key names ("" for none)."""
    words = key_word_set(key)
    if not words or words & _NOT_VOICE:
        return ""
    if words & {"mfcc", "mfccs", "cepstral", "cepstrum"}:
        return "mfcc"
    if words & {"jitter", "shimmer", "formant"}:
        return next(w for w in ("jitter", "shimmer", "formant") if w in words)
    if "formants" in words:
        return "formant"
    if words & {"hnr", "nhr", "harmonicity"} or {"harmonics", "noise"} <= words:
        return "hnr"
    if ("f" in words and "0" in words and "f0" in _norm_text(key)) or (
        "pitch" in words and words & _PITCH_UNITS
    ):
        return "pitch"
    return ""


def _measure(value: object) -> bool:
    if _is_number(value) and not isinstance(value, bool):
        return True
    return isinstance(value, list) and 0 < len(value) <= 256 and all(_is_number(x) for x in value)


@structure("voice_features", kind=dict, size=(2, 120), needs=(_voice_group,))
def voice_features(value: object) -> str | None:
    """Two or more voice descriptors as numbers (pitch in Hz or semitones,
    jitter, shimmer, HNR, formants, MFCC means), one of them a descriptor only
    speech analysis gives (pitch in Hz, HNR, formants, MFCCs). A call's network
    `jitter`, a loading animation's `shimmer` or a gimbal's `pitchMean` never
    count, nor does a sung note's analysis (a vibrato, cents off the target)."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 120:
        return None
    if not _key_set_has(_voice_group, tuple(value)):
        return None
    groups: list[str] = []
    for k, v in value.items():
        group = _voice_group(_key_text(k))
        if group and group not in groups and _measure(v):
            groups.append(group)
    if _sung_note(tuple(_key_text(k) for k in value)):
        return None
    if len(groups) >= 2 and _SPEECH_ONLY.intersection(groups):
        return "voice features: " + ", ".join(groups)
    return None


def _numbers(value: object, low: int, high: int) -> bool:
    return (
        isinstance(value, list) and low <= len(value) <= high and all(_is_number(x) for x in value)
    )


@structure("mfcc_frames", kind=list, size=(1, 4096))
def mfcc_frames(value: object) -> str | None:
    """MFCCs: a vector of 8-128 coefficients, or frames of them. Only under a
    key that names MFCCs, the standard input of speaker identification."""
    if _numbers(value, 8, 4096):
        return f"{len(value)} MFCC values"  # type: ignore[arg-type]
    if (
        isinstance(value, list)
        and 1 <= len(value) <= 4096
        and all(_numbers(frame, 8, 128) for frame in value)
    ):
        return f"{len(value)} MFCC frames"
    return None


@structure("print_vector", kind=list, size=(8, 4096))
def print_vector(value: object) -> str | None:
    """A short zero-centred float vector of any size from 8 up (a face group's
    centroid, a compact speaker print): only under a key that names a face or
    voice print, where the size need not be an embedding size."""
    if not _numbers(value, 8, 4096):
        return None
    floats = [float(x) for x in value]  # type: ignore[union-attr]
    if sum(1 for x in floats if not x.is_integer()) < len(floats) * 0.9:
        return None
    if len(set(floats)) < 8 or not all(abs(x) < 1000 for x in floats):
        return None
    negative = sum(1 for x in floats if x < 0) / len(floats)
    if not 0.1 <= negative <= 0.9:
        return None
    return f"{len(floats)}-dimensional print vector"


@structure("packed_float_vector")
def packed_float_vector(value: object) -> str | None:
    """Little-endian float32s packed into a protobuf bytes field (how a packed
    `repeated float` travels), of an embedding or speaker-embedding size, that
    look like an embedding: only where the call's method names the print."""
    if not isinstance(value, bytes | bytearray) or len(value) % 4:
        return None
    count = len(value) // 4
    if count not in SPEAKER_SIZES:
        return None
    floats = list(struct.unpack(f"<{count}f", value))
    if not all(math.isfinite(x) for x in floats):
        return None
    if embedding(floats) or speaker_vector(floats):
        return f"{count}-dimensional float32 vector packed in a protobuf field"
    return None


# -- raw audio described by its format fields ------------------------------------------

_AUDIO_FORMAT_KEYS = frozenset(
    ["encoding", "audioencoding", "format", "audioformat", "codec", "mimetype", "contenttype",
     "samplerate", "sampleratehertz", "sampleratehz", "sr", "channels",
     "bitspersample", "bitdepth"]
)  # fmt: skip
_AUDIO_FORMAT_VALUES = (
    "linear16", "pcm", "lpcm", "s16le", "pcm_s16le", "wav", "wave", "opus", "ogg", "flac", "amr",
    "mulaw", "alaw", "speex", "audio/",
)  # fmt: skip
_ENGLISH_PAYLOAD_KEYS = frozenset(
    ["content", "data", "audio", "bytes", "payload", "samples", "pcm", "b64", "base64", "body",
     "audiodata", "audiocontent", "audiobytes", "buffer"]
)  # fmt: skip


def _lexicon_words(cls: str) -> frozenset[str]:
    """The one-word entries of one class of the biometric lexicon, in every language:
    the format and payload keys of an audio object in the app's language (`formato`,
    `dados`, `veri`). Read from the class itself, since a word may also be filed
    under another class (`formato` is a face shape's too)."""
    entries = (raw("biometric").get("classes") or {}).get(cls) or {}
    return frozenset(
        _norm_text(str(w))
        for words in entries.values()
        for w in words or []
        if " " not in str(w) and not str(w).endswith("-")
    )


_PAYLOAD_KEYS = _ENGLISH_PAYLOAD_KEYS | _lexicon_words("payload")
_B64_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_")


_FORMAT_KEYS = _AUDIO_FORMAT_KEYS | _lexicon_words("audio_format")


@lru_cache(maxsize=16384)
def _audio_format_key(key: str) -> bool:
    return _norm_text(key) in _FORMAT_KEYS


def _audio_format(key: str, value: object) -> bool:
    """`sampleRateHertz: 16000`, `encoding: LINEAR16`, `format: "audio/ogg"`."""
    name = _norm_text(key)
    if name.startswith("samplerate") or name == "sr":
        return _is_number(value) and 4000 <= value <= 192000  # type: ignore[operator]
    if isinstance(value, str) and len(value) <= 40:
        return value.lower().startswith(_AUDIO_FORMAT_VALUES)
    return False


def _long_base64(value: object) -> bool:
    """A long base64 run: only its head is checked, so a megabyte costs the same."""
    return (
        isinstance(value, str)
        and len(value) >= 512
        and not value.startswith(("http:", "https:"))
        and _B64_ALPHABET.issuperset(value[:256])
    )


@structure("audio_payload", kind=dict, size=(2, 30), keys=_PAYLOAD_KEYS, needs=(_audio_format_key,))
def audio_payload(value: object) -> str | None:
    """An audio object: a long base64 payload (`content`, `data`, `bytes`) beside
    the fields that describe it as audio (sample rate, an audio encoding such
    as LINEAR16, Opus or a WAV MIME type): raw PCM has no header to recognise,
    its siblings say what it is. Only where the request is about a voiceprint.
    Most objects are rejected by one cached look at their key set."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 30:
        return None
    if not _key_set_has(_audio_format_key, tuple(value)):
        return None
    described = [
        _key_text(k)
        for k, v in value.items()
        if _audio_format_key(_key_text(k)) and _audio_format(_key_text(k), v)
    ]
    if not described:
        return None
    for k, v in value.items():
        if _norm_text(_key_text(k)) in _PAYLOAD_KEYS and _long_base64(v):
            return f"base64 audio ({len(v)} characters) described by {', '.join(described[:2])}"
    return None


# -- a speaker-recognition result sent on ---------------------------------------------------
#
# A voice assistant or a bank that recognised WHO spoke (Azure's
# SpeakerRecognitionResult: the profile id of the identified speaker and a 0..1
# similarity to that voice profile) and sends the result on has sent the outcome of a
# voiceprint comparison about a named person. A speech recogniser's transcript
# confidence names no voice match, and a loudspeaker's id has no similarity score.

_VOICE_NOUNS = frozenset(["voice", "voiceprint", "speaker", "vocal", "voz", "voix", "stimme"])
_MATCH_WORDS = frozenset(
    ["match", "matching", "matched", "similarity", "verification", "verify", "verified",
     "recognition", "identification", "likeness"]
)  # fmt: skip
_PROFILE_WORDS = frozenset(
    ["profile", "member", "person", "user", "speaker", "enrollee", "voiceprint"]
)
_ID_WORDS = frozenset(["id", "ids", "name", "key", "uid"])


@lru_cache(maxsize=16384)
def _voice_match_key(key: str) -> bool:
    words = key_word_set(key)
    return bool(words & _VOICE_NOUNS and words & _MATCH_WORDS)


@lru_cache(maxsize=16384)
def _profile_key(key: str) -> bool:
    words = key_words(key)
    return bool(set(words) & _PROFILE_WORDS) and (len(words) == 1 or bool(set(words) & _ID_WORDS))


@structure("speaker_match", kind=dict, size=(2, 30), needs=(_voice_match_key, _profile_key))
def speaker_match(value: object) -> str | None:
    """A voice-match score in 0..1 (or a percentage) beside the id of the person
    or voice profile it matched: a speaker identified by their voiceprint."""
    if not isinstance(value, dict) or not _key_set_has(_voice_match_key, tuple(value)):
        return None
    profile = any(_profile_key(_key_text(o)) and isinstance(p, str | int) for o, p in value.items())
    for k, v in value.items():
        key = _key_text(k)
        number = _is_number(v) and 0.0 <= v <= 100.0  # type: ignore[operator]
        if profile and number and _voice_match_key(key):
            return f"speaker identified by voice ({key!r} beside the profile id)"
    return None


@lru_cache(maxsize=16384)
def _voiceprint_key(key: str) -> bool:
    """A key naming a voice and a print / template made of it, in any language of
    the biometric lexicon (`impressao_vocal`, `huellaDeVoz`, `stimmabdruck`)."""
    from .biometric_words import word_roles  # late: biometric_words is a sibling

    roles = word_roles(key)
    return "voice" in roles and "artefact" in roles and "veto" not in roles


@structure("voiceprint_blob", kind=dict, size=(1, 60), needs=(_voiceprint_key,))
def voiceprint_blob(value: object) -> str | None:
    """An opaque encoded blob (256+ base64 characters, not audio, not an image)
    under a key that names a voiceprint in any language. Vendor speaker templates
    and x-vectors are sent as bytes nobody can read; the key is what says a voice
    was turned into a biometric. A voice message (audio), a voice setting (short)
    and a voice-over text are not blobs."""
    if not isinstance(value, dict) or not _key_set_has(_voiceprint_key, tuple(value)):
        return None
    for k, v in value.items():
        key = _key_text(k)
        if not _voiceprint_key(key) or not is_base64_blob(v):
            continue
        if is_base64_audio(v) or is_base64_image(v):
            continue
        return f"opaque voiceprint under {key!r}"
    return None


# -- a speaker identification's candidate scores ----------------------------------------------
#
# Speaker IDENTIFICATION (one-to-many) scores a recording against every enrolled voice
# profile and picks the best: Azure returns the identified profile and a ranking of
# the candidates' scores. A car or a smart speaker that reports the outcome sends
# it as an event whose type names the task in the app's language
# (`talaridentifiering`, `speaker_recognition`, `Sprecherverifizierung`), the
# candidates' 0..1 scores keyed by person, and the one chosen. Diarisation labels
# (`Sprecher 1`, `SPEAKER_00`) are anonymous turns, not enrolled people; a
# spoken-language identifier scores languages; a voice COMMAND recogniser names no
# speaker; none of them is identification of a person by voice.

_SCORE_MAP_SIZE = (2, 50)
_LANGUAGE_TAG = re.compile(r"(?i)^[a-z]{2}(?:[-_][a-z0-9]{2,4})?$")
_EVENT_NAME = (6, 64)


def _classes_of(word: str) -> set[str]:
    """The biometric-lexicon classes of one word and, for a compound that opens
    with a stem (`talar|identifiering`, `sprecher|erkennung`), of its tail."""
    from .biometric_words import lexicon  # late: biometric_words is a sibling

    lex = lexicon()
    found = {c for c in (lex.word(word),) if c}
    split = lex.stem_rest(word)
    if split and len(split[1]) >= 4:
        tail = split[1]
        found |= {c for c in (lex.word(tail), lex.word(tail[1:])) if c}
    return found


@lru_cache(maxsize=4096)
def names_speaker_identification(text: str) -> bool:
    """Whether a value names identifying a speaker by voice: a speaker or
    voiceprint word and a recognition or match word, in any lexicon language."""
    if not _EVENT_NAME[0] <= len(text) <= _EVENT_NAME[1]:
        return False
    classes: set[str] = set()
    for word in key_words(text):
        classes |= _classes_of(word)
    if "not_a_person" in classes:
        return False
    return bool(classes & {"speaker", "voiceprint"}) and bool(classes & {"recognition", "match"})


def _candidate_key(key: object) -> bool:
    """A candidate named as a person or profile, not an anonymous turn label
    (`Sprecher 1`, `spk_0`) or a speaker word."""
    text = _key_text(key)
    if not text or (any(c.isdigit() for c in text) and len(text) < 12):
        return False
    return not any(_classes_of(w) & {"speaker", "voice"} for w in key_words(text))


def _score_map(value: object) -> bool:
    """Two or more candidates, each with a 0..1 score, not all language tags (a
    spoken-language identifier's `{"sv": 0.9, "en": 0.1}`)."""
    if not isinstance(value, dict) or not _SCORE_MAP_SIZE[0] <= len(value) <= _SCORE_MAP_SIZE[1]:
        return False
    if all(_LANGUAGE_TAG.match(_key_text(k)) for k in value):
        return False
    return all(
        _is_number(v) and not isinstance(v, bool) and 0.0 <= v <= 1.0 and _candidate_key(k)  # type: ignore[operator]
        for k, v in value.items()
    )


@structure("speaker_identification_scores", kind=dict, size=(3, 20))
def speaker_identification_scores(value: object) -> str | None:
    """An event naming speaker identification, the candidates' scores and the one
    chosen (a sibling value that is one of the scored candidates)."""
    if not isinstance(value, dict):
        return None
    # The score map first: most objects hold no nested object at all, while naming
    # speaker identification reads the words of every string value.
    scored = [(k, v) for k, v in value.items() if _score_map(v)]
    if not scored:
        return None
    named = [v for v in value.values() if isinstance(v, str) and names_speaker_identification(v)]
    if not named:
        return None
    chosen = {v for v in value.values() if isinstance(v, str)}
    for k, v in scored:
        if chosen & set(v):  # type: ignore[arg-type]
            where = _key_text(k)
            return f"speaker identification {named[0]!r}: {len(v)} candidates under {where!r}"  # type: ignore[arg-type]
    return None


# -- a voice-match result nested under the speaker ------------------------------------------
#
# The same outcome is often sent as an object under a key naming the speaker or the
# voice (`speakerId: {matchedUser, score}`, `voiceMatch: {user, similarity}`): the
# person the voice was matched to and a 0..1 similarity. The match is said either by
# the outer key (`voiceMatch`) or by the person's key (`matchedUser`). A karaoke or
# singing score rates notes, not a person; a voice command's confidence names an
# intent or a contact; a loudspeaker has no matched person.

# Outer keys that name a voice feature, a channel or a command rather than the speaker.
_NOT_SPEAKER = frozenset(
    ["chat", "call", "room", "channel", "message", "note", "memo", "command", "search", "dial",
     "intent", "query", "assistant", "setting", "settings", "volume", "group", "pair", "pairing",
     "karaoke", "sing", "singing", "song", "pitch", "lyrics", "duet", "battery", "firmware"]
)  # fmt: skip
_SCORE_WORDS = frozenset(["score", "similarity", "confidence", "probability", "likelihood"])
_MATCHED = _MATCH_WORDS | {"identified", "recognized", "recognised", "verified", "matches"}
_PERSON_WORDS = frozenset(["user", "member", "person", "profile", "speaker", "enrollee"])
# Sibling keys of a game, a song or a performance: the match is a player's or a tune's.
_PERFORMANCE = frozenset(
    ["song", "track", "note", "notes", "pitch", "lyrics", "player", "opponent", "game", "round",
     "level", "duel", "versus", "team", "rank", "ranking", "talk", "episode"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _speaker_key(key: str) -> bool:
    """A key naming the speaker or their voice (`speakerId`, `voiceMatch`)."""
    words = key_word_set(key)
    return bool(words & _VOICE_NOUNS) and not words & (_NOT_SPEAKER | _NOT_VOICE)


@lru_cache(maxsize=16384)
def _matched_person_key(key: str, matched: bool) -> bool:
    """A key holding the person matched (`matchedUser`, `identifiedProfileId`;
    `user` alone when the outer key already says match)."""
    words = key_word_set(key)
    if not words & _PERSON_WORDS or words & _SCORE_WORDS:
        return False
    return matched or bool(words & _MATCHED)


def _fraction(value: object) -> bool:
    return _is_number(value) and isinstance(value, float) and 0.0 < value < 1.0


def _voice_match_result(inner: dict, matched: bool) -> bool:
    if any(key_word_set(_key_text(k)) & _PERFORMANCE for k in inner):
        return False
    person = any(
        _matched_person_key(_key_text(k), matched) and isinstance(v, str) and 1 <= len(v) <= 64
        for k, v in inner.items()
    )
    scored = any(
        key_word_set(_key_text(k)) & _SCORE_WORDS and _fraction(v) for k, v in inner.items()
    )
    return person and scored


@structure("speaker_match_nested", kind=dict, size=(1, 40), needs=(_speaker_key,))
def speaker_match_nested(value: object) -> str | None:
    """An object under a speaker / voice key holding the person the voice was
    matched to and a 0..1 similarity score."""
    if not isinstance(value, dict):
        return None
    for k, inner in value.items():
        key = _key_text(k)
        if not isinstance(inner, dict) or not 2 <= len(inner) <= 20 or not _speaker_key(key):
            continue
        matched = bool(key_word_set(key) & _MATCHED)
        if _voice_match_result(inner, matched):
            return f"voice matched to a person under {key!r}"
    return None
