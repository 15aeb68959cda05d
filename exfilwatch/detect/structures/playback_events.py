"""A player event about a typed piece of media: analytics SDKs (Kakao Tiara,
Segment-style trackers, in-house loggers) send one object per event with the
event's name (`action: {name: "play_end"}`, `event: "video_complete"`), the piece
as a nested object that says what KIND of thing it is (`content: {id, type:
"video", title}`) and how long it played (`usage: {duration: 101388}`).

Why the media type and not the event name alone: games, weather radar loops,
slideshows and ads all "play" and "end". A reader of any language sees the
piece's declared type (`video`, `episode`, `audio`, `live`) beside a playback
event and a time, and that, tied to an account, is a viewing record."""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, _numeric, key_word_set, key_words, structure

# Keys that hold the piece being played, as a nested object.
_PIECE_KEYS = frozenset(["content", "contents", "media", "video", "item", "asset", "clip"])
# What the piece says it is; ads, games, radar loops and slides are not viewing.
_MEDIA_TYPES = frozenset(
    ["video", "vod", "movie", "film", "episode", "clip", "live", "livestream", "stream",
     "audio", "music", "track", "song", "podcast", "audiobook", "series", "show", "program",
     "programme", "mv", "musicvideo", "drama"]
)  # fmt: skip
_EVENT_KEYS = frozenset(["action", "event", "evt", "ev", "name", "type", "event_name"])
_NAME_KEYS = ("name", "type", "event")
_PLAY_WORDS = frozenset(["play", "playback", "played", "playing", "video", "watch", "listen"])
_PHASES = frozenset(
    ["start", "started", "end", "ended", "complete", "completed", "stop", "stopped", "pause",
     "paused", "resume", "progress", "heartbeat", "hb", "quartile", "finish", "finished"]
)  # fmt: skip
_TIME_WORDS = frozenset(
    ["duration", "dur", "time", "sec", "secs", "seconds", "ms", "millis", "position", "playhead",
     "elapsed"]
)  # fmt: skip
_GAME_WORDS = frozenset(
    ["game", "level", "stage", "score", "round", "match", "puzzle", "ad", "ads"]
)


@lru_cache(maxsize=8192)
def _piece_key(key: str) -> bool:
    """`content`, `media`, `videoInfo`: a key that can hold the played piece."""
    return bool(_PIECE_KEYS.intersection(key_words(key)))


@lru_cache(maxsize=4096)
def _play_event_name(name: str) -> bool:
    """`play_end`, `video_complete`, `PlayStarted`: a play word with a phase."""
    words = key_word_set(name)
    return bool(words & _PLAY_WORDS) and bool(words & _PHASES) and not words & _GAME_WORDS


def _event_named(value: dict) -> bool:
    """An event name at the top (`event: "play_end"`) or in an action object
    (`action: {type: "Event", name: "play_end"}`)."""
    for key, item in value.items():
        if not _EVENT_KEYS.intersection(key_words(_key_text(key))):
            continue
        if isinstance(item, str) and _play_event_name(item):
            return True
        if isinstance(item, dict):
            names = [
                v for k, v in item.items() if _key_text(k).lower() in ("name", "type", "event")
            ]
            if any(isinstance(v, str) and _play_event_name(v) for v in names):
                return True
    return False


def _typed_piece(value: dict) -> bool:
    """A nested piece with an id or a title and a media type."""
    for key, item in value.items():
        if not (isinstance(item, dict) and _piece_key(_key_text(key))):
            continue
        kind = item.get("type") or item.get("kind") or item.get("contentType")
        named = any(k in item for k in ("id", "title", "name", "contentId", "content_id"))
        if isinstance(kind, str) and named and _media_type(kind):
            return True
    return False


@lru_cache(maxsize=4096)
def _media_type(kind: str) -> bool:
    words = key_word_set(kind)
    return bool(words & _MEDIA_TYPES) and not words & _GAME_WORDS


def _timed(value: dict) -> bool:
    """A played time, flat (`duration: 101`) or one level down (`usage: {duration}`)."""
    for key, item in value.items():
        if isinstance(item, dict):
            if any(_time_key(_key_text(k)) and _numeric(v) for k, v in item.items()):
                return True
        elif _time_key(_key_text(key)) and _numeric(item):
            return True
    return False


@lru_cache(maxsize=8192)
def _time_key(key: str) -> bool:
    return bool(_TIME_WORDS.intersection(key_words(key)))


@structure("typed_media_event", kind=dict, size=(3, 40), needs=(_piece_key,))
def typed_media_event(value: object) -> str | None:
    """A playback event naming a typed piece of media and how long it played."""
    if not isinstance(value, dict):
        return None
    if not (_typed_piece(value) and _event_named(value) and _timed(value)):
        return None
    return "playback event of a typed media piece with a played time"


# -- a media event in Firebase / GA4's app-measurement protobuf --------------
# Bundle.event: {1: repeated param {1: name, 2: string, 3: int}, 2: name, 3: ms}.
_AD_WORDS = frozenset(["ad", "ads", "rewarded", "reward", "interstitial", "preroll", "creative"])
_PARAM_MEDIA = frozenset(["video", "media", "audio", "episode", "podcast", "content"])
_PARAM_WHAT = frozenset(["title", "current", "time", "percent", "url", "id", "duration", "name"])


def _proto_field(value: dict, number: int) -> object:
    return value.get(str(number), value.get(number))


@lru_cache(maxsize=4096)
def _media_param(name: str) -> bool:
    """`video_title`, `video_current_time`, `video_percent`: GA4's video params."""
    words = key_word_set(name)
    return bool(words & _PARAM_MEDIA) and bool(words & _PARAM_WHAT) and not words & _AD_WORDS


def _repeated(value: object) -> list:
    return value if isinstance(value, list) else [value]


def _event_name(event: dict) -> str | None:
    """The event's name (field 2). Decoded without a schema, a bundle whose encoder
    put the params under field 2 as well reads as one repeated field 2 holding the
    param messages and the name: the name is then its one string."""
    second = _repeated(_proto_field(event, 2))
    names = [v for v in second if isinstance(v, str)]
    if names:
        return names[0] if len(names) == 1 else None
    # An encoder that numbers the name 1 and its params 2 (the schema's fields swapped):
    # the one string at field 1 beside param-shaped messages at field 2 is the name.
    first = _proto_field(event, 1)
    params = any(isinstance(v, dict) and _named_row(v) for v in second)
    if isinstance(first, str) or not params:
        return first if isinstance(first, str) and params else None
    # An encoder that numbers from 2 (params 2, name 3, time 4; round 223): beside the
    # param messages at field 2, the event's one string field is its name.
    others = [v for f, v in event.items() if str(f) != "2" and isinstance(v, str)]
    return others[0] if len(others) == 1 else None


def _param_rows(event: dict) -> list:
    """The event's param messages: field 1 (the public schema), and, under any other
    field, messages shaped as params (a name string at field 1). Decoded without a
    schema, the field numbers are only the encoder's choice (one SDK build puts the
    params at 4 and their values at 3 / 4): a param is known by its shape, as a JSON
    hit's is by its key (round 170)."""
    rows = _repeated(_proto_field(event, 1))
    for field, value in event.items():
        if str(field) == "1":
            continue
        rows.extend(v for v in _repeated(value) if isinstance(v, dict) and _named_row(v))
    return rows


def _named_row(row: dict) -> bool:
    """A message whose field 1 is text: a param's name."""
    return isinstance(_proto_field(row, 1), str)


@structure("measurement_media_event", kind=dict, size=(2, 8), keys=("1", "2"))
def measurement_media_event(value: object) -> str | None:
    """A Firebase Analytics event (app-measurement.com/a, decoded without a schema)
    named for a video or audio played (`video_start`, `video_progress`) whose params
    name the piece or the playhead (`video_title`, `video_current_time`)."""
    if not isinstance(value, dict):
        return None
    name = _event_name(value)
    if name is None:
        return None
    played = _play_event_name(name)
    if not played and not _noun_event_name(name):
        return None
    if _AD_WORDS.intersection(key_words(name)):
        return None  # a rewarded or pre-roll ad's video, not the viewer's choice
    names = [
        pname
        for row in _param_rows(value)
        if isinstance(row, dict) and isinstance(pname := _proto_field(row, 1), str)
    ]
    if not played:  # `episode_progress`: the params must say how much was played
        names = [pname for pname in names if _played_param(pname)]
    for pname in names:
        if _media_param(pname) or _played_param(pname):
            return f"analytics media event {name} with {pname}"
    return None


# An app's own media event names the piece, not the act (`episode_progress`,
# `podcast_complete`): a media noun with a phase. A broadcaster's `stream_start` and
# a download's `episode_download_complete` are not viewing, so such an event also
# needs a param saying how much was watched or listened (`percent_watched`).
_EVENT_NOUNS = frozenset(["episode", "podcast", "movie", "film", "song", "audiobook"])
_NOT_VIEWING = frozenset(
    ["download", "downloaded", "upload", "uploaded", "share", "shared", "save", "saved",
     "purchase", "rate", "rating", "like", "comment", "search", "record", "recording"]
)  # fmt: skip
_PLAYED_PARAM = frozenset(["watched", "listened", "played", "viewed"])
_PLAYED_HOW_MUCH = frozenset(
    ["percent", "pct", "seconds", "sec", "ms", "time", "duration", "progress"]
)


@lru_cache(maxsize=4096)
def _noun_event_name(name: str) -> bool:
    """`episode_progress`, `podcast_complete`: a media noun with a playback phase."""
    words = key_word_set(name)
    return (
        bool(words & _EVENT_NOUNS)
        and bool(words & _PHASES)
        and not words & (_GAME_WORDS | _NOT_VIEWING)
    )


@lru_cache(maxsize=4096)
def _played_param(name: str) -> bool:
    """`percent_watched`, `seconds_listened`: how much of the piece was played."""
    words = key_word_set(name)
    return bool(words & _PLAYED_PARAM) and bool(words & _PLAYED_HOW_MUCH)
