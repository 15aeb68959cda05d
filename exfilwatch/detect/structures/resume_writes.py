"""Progress writes that say what they are only through their words, in any
language (round 97: Catalan and Galician apps, and a GA4 audio event).

- a resume or progress write for ONE item named in the URL path (`POST
  /v1/retomar/<id> posicion=1680`, Galician "resume"; `PUT /v2/progres/<id>
  progres=0.417&segon=1449`, Catalan "second"): the body holds a playhead, a
  position or a seconds amount, within a day. A byte offset (bytes, chunks, a
  file), a book's page, a rail slot's order and a run's distance beside it are an
  upload's, a reader's, an editor's and a sports tracker's;
- an item's progress record (`{episodio, serie, posicion, completado}`): a media
  piece named by id, how far into it in seconds, and whether it was finished, at
  a path that says progress, resume or history;
- a Firebase / GA4 audio event (`audio_progress`, `audio_complete`) whose params
  are GA4's media params (`audio_title`, `audio_current_time`, `audio_percent`),
  the audio twin of the `video_*` events. A call's, a voice note's or a recorder's
  audio event is not listening to a piece.

The words come from lexicon/viewing.yaml through `play_words`; the English words
here are the detectors' own class names.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_MS, _key_text, _numeric, key_word_set, structure
from .endpoints import endpoint_playback_record
from .playback_events import (
    _AD_WORDS,
    _GAME_WORDS,
    _NOT_VIEWING,
    _PHASES,
    _event_name,
    _param_rows,
    _proto_field,
)
from .playback_words import play_words
from .players import _resumed_item

# Where playback is: a position word or a seconds amount (`posicion`, `segon`,
# `posicio_s`); a bare progress fraction is a course's or a download's too.
_WHERE = frozenset(["position", "pos", "playhead", "seconds", "sec", "secs", "offset"])
# Beside the number, these say it is not a playhead: a transfer, a reading place, a
# slot on a rail, ground covered.
_NOT_MEDIA = frozenset(
    ["byte", "bytes", "size", "chunk", "chunks", "file", "part", "parts", "upload", "download",
     "etag", "checksum", "md5", "crc", "sha", "page", "pages", "cfi", "epubcfi", "locator",
     "line", "char", "rail", "shelf", "carousel", "row", "slot", "sort", "order", "queue",
     "collection", "distance", "dist", "km", "lat", "lon", "lng", "steps", "pace", "step",
     "job", "batch", "record", "records", "chapter", "book", "lesson", "course", "level",
     "score", "question", "slide",
     # round 214: a render's frames, a vehicle's charge and a delivery tour's stops
     # (`/fortschritt/tour-3310 {positionSek, dauerSek, stopp}`)
     "frame", "frames", "soc", "kwh", "battery", "akku", "charge", "charging", "ladestand",
     "stopp", "stops"]
)  # fmt: skip


_UNITS = frozenset(
    ["s", "ms", "sec", "secs", "seconds", "seg", "segs", "sek", "min", "mins", "millis", "msec"]
)


@lru_cache(maxsize=8192)
def _where_key(key: str) -> bool:
    """`posicion`, `posicio_s`, `segon`: a key naming where playback is and nothing
    else (a 3D viewer's `viewPosition`, a map's `mapPos` say what they place)."""
    words = set(play_words(key))
    return bool(words & _WHERE) and words <= _WHERE | _UNITS


# A wizard's step, a rail slot or a list's place is a small number; a saved playhead
# under ten seconds is not worth resuming, so apps rarely write one.
_MIN_PLAYHEAD = 10


def _media_number(value: object) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    return number is not None and _MIN_PLAYHEAD <= number <= DAY_MS


@structure("media_resume_write", kind=dict, size=(1, 6), needs=(_where_key,))
def media_resume_write(value: object) -> str | None:
    """A small write of where playback of one item is (the rule's URL names a resume
    or progress entry with the item's id)."""
    if not isinstance(value, dict):
        return None
    keys = [_key_text(k) for k in value]
    if any(_NOT_MEDIA.intersection(play_words(k)) for k in keys):
        return None
    for key, member in zip(keys, value.values(), strict=True):
        if _where_key(key) and _media_number(member):
            return f"playback position of the item in the URL path: {key}"
    return None


# What a continue-watching row names: a title, a programme, an episode (not a bare id,
# which a reading list's rows also have).
_PIECE_CLASSES = frozenset(
    ["title", "program", "programme", "episode", "video", "film", "show", "series", "song",
     "track", "podcast", "drama"]
)  # fmt: skip


def _episode_number(key: str, value: object) -> bool:
    """An episode's number (`{serial, bolum: 106, pursat}`, Turkmen, round 67, set 277: the
    series under a word no list can read, `serial` being a device's too): a resume row
    saying which episode names the piece as a title does."""
    if isinstance(value, bool) or play_words(key) != ("episode",):
        return False
    number = _numeric(value)
    return number is not None and number == int(number) and 1 <= number <= 10000


@structure("titled_resume_row", kind=dict, size=(2, 24), needs=(_where_key,))
def titled_resume_row(value: object) -> str | None:
    """A row at a resume endpoint naming a piece by its title and where playback
    stopped (`{id, titol, posicio}`); a reading list's `{id, pourcentage}` names none."""
    if not isinstance(value, dict) or endpoint_playback_record(value) is None:
        return None
    pairs = [(_key_text(k), v) for k, v in value.items()]
    if any(_NOT_MEDIA.intersection(play_words(k)) for k, _ in pairs):
        return None
    titled = any(
        _PIECE_CLASSES.intersection(play_words(k)) and isinstance(v, str) for k, v in pairs
    ) or any(_episode_number(k, v) for k, v in pairs)
    where = next((k for k, v in pairs if _where_key(k) and _media_number(v)), None)
    if titled and where:
        return f"resume row naming a piece and where it stopped: {where}"
    return None


@lru_cache(maxsize=8192)
def _finished_key(key: str) -> bool:
    return "finished" in play_words(key)


@structure("finished_item_progress", kind=dict, size=(3, 12), needs=(_finished_key,))
def finished_item_progress(value: object) -> str | None:
    """A media item's id, how far into it and whether it was finished
    (`{episodio, serie, posicion, completado}`); the rule's URL says progress."""
    if not isinstance(value, dict) or not _resumed_item(value):
        return None
    if any(_NOT_MEDIA.intersection(play_words(_key_text(k))) for k in value):
        return None
    return "progress record of a media item: how far and whether finished"


# -- Firebase / GA4 audio events ----------------------------------------------
# Bundle.event: {1: repeated param {1: name, 2: string, 3: int}, 2: name, 3: ms}.
_NOT_A_PIECE = frozenset(
    ["call", "calls", "voice", "voip", "message", "msg", "chat", "note", "memo", "mic",
     "microphone", "recorder", "focus", "route", "output", "input", "permission", "settings",
     "effect", "sfx", "test", "level", "meter", "device", "bluetooth"]
)  # fmt: skip
# GA4's media params that say which piece and how far: not a bare duration.
_PIECE_PARAM = frozenset(["title", "current", "percent", "url", "provider", "name"])


@lru_cache(maxsize=4096)
def _audio_event_name(name: str) -> bool:
    """`audio_progress`, `audio_start`, `audio_complete`: GA4's audio events."""
    words = key_word_set(name)
    return (
        "audio" in words
        and bool(words & _PHASES)
        and not words & (_GAME_WORDS | _NOT_VIEWING | _AD_WORDS | _NOT_A_PIECE)
    )


# An app's own params beside an audio event's name (`content_title`, `shiur_id`, in any
# language the viewing lexicon reads): the piece, or how long it was heard (`seconds_listened`).
_HEARD_PIECES = frozenset(
    ["content", "song", "track", "episode", "podcast", "audiobook", "lecture", "recitation",
     "chapter", "album"]
)  # fmt: skip
_HEARD_ACTS = frozenset(["listened", "played"])
_HEARD_UNITS = frozenset(["seconds", "sec", "secs", "ms", "minutes", "min", "duration", "time"])


@lru_cache(maxsize=4096)
def _audio_piece_param(name: str) -> bool:
    """`audio_title`, `audio_current_time`, `audio_percent`; `content_title`, `lecture_id`,
    `seconds_listened`."""
    words = key_word_set(name)
    if words & _NOT_A_PIECE:
        return False
    if "audio" in words and bool(words & _PIECE_PARAM):
        return True
    classes = frozenset(play_words(name))
    return bool(classes & _HEARD_PIECES) or bool(classes & _HEARD_ACTS and classes & _HEARD_UNITS)


@structure("measurement_audio_event", kind=dict, size=(2, 8), keys=("1", "2"))
def measurement_audio_event(value: object) -> str | None:
    """A Firebase Analytics audio event whose params name the piece or the playhead."""
    if not isinstance(value, dict):
        return None
    name = _event_name(value)
    if name is None or not _audio_event_name(name):
        return None
    names = [
        pname
        for row in _param_rows(value)
        if isinstance(row, dict) and isinstance(pname := _proto_field(row, 1), str)
    ]
    if any(_NOT_A_PIECE.intersection(key_word_set(p)) for p in names):
        return None  # a call's or a voice note's params beside the audio ones
    for pname in names:
        if _audio_piece_param(pname):
            return f"analytics audio event {name} with {pname}"
    return None
