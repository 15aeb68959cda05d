"""Named playback (a programme, channel or title with a playhead or a watching
event) and xAPI media statements."""

from __future__ import annotations

from functools import lru_cache

from ._common import (
    DAY_MS,
    _key_set_has,
    _key_text,
    _norm_key,
    _norm_text,
    _numeric,
    key_word_set,
    key_words,
    structure,
)
from .aggregates import aggregate_key, audience_aggregate
from .channel_logs import dwell_key
from .not_playheads import ad_owned_key, equipment_record, online_time_key
from .playback_fields import _key_role, _played_amount, _playhead
from .playback_vocab import (
    _EVENT,
    _EVENT_KEYS,
    _GAME_PLAY_VERBS,
    _MEDIA_NOUNS,
    _NOT,
    _NOT_PLAYBACK,
    _NOT_WHEN_NAMED,
    _PLAY,
    _PROGRESS,
)
from .playback_words import play_words, priced_record
from .public_screens import public_screen

_PROGRAMME_NAMES = frozenset(
    ["title", "program", "programme", "channel", "show", "episode", "series", "station",
     "stream", "movie", "film"]
)  # fmt: skip
_NAME_SUFFIXES = frozenset(["name", "title", "label"])
_NOT_TV = frozenset(
    ["page", "pages", "chapter", "location", "scroll", "level", "stage", "map", "subtitle",
     "subtitles", "caption", "captions", "lyrics", "cursor", "reminder", "alarm", "timer"]
)  # fmt: skip

_NAMED_THINGS = _PROGRAMME_NAMES | _MEDIA_NOUNS | {"media", "content", "video", "asset"}


@lru_cache(maxsize=16384)
def _programme_key(key: str) -> bool:
    """`title`, `program`, `channel_name`, `media_title`, `showTitle`: once per key name."""
    words = key_words(key)
    if len(words) == 1:
        return words[0] in _PROGRAMME_NAMES
    return len(words) == 2 and words[-1] in _NAME_SUFFIXES and words[0] in _NAMED_THINGS


def _programme_name(key: object, value: object) -> bool:
    if not isinstance(value, str) or not value.strip() or len(value) > 300:
        return False
    return _programme_key(_key_text(key))


# Analytics SDKs put an event's fields one level down (Segment / Mixpanel
# `properties`, GA4 `params`, Braze `data`): the event name and the fields are one record.
_PROPERTY_KEYS = frozenset(
    ["properties", "props", "params", "parameters", "data", "attributes", "attrs", "payload",
     "extra", "extras", "metadata", "media", "content", "evtdata", "eventdata"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def _property_key(key: str) -> bool:
    return _norm_text(key) in _PROPERTY_KEYS


def _programme_or_property_key(key: str) -> bool:
    return _programme_key(key) or _property_key(key)


def _event_items(value: dict) -> list[tuple[object, object]]:
    items = list(value.items())
    for key, item in value.items():
        if isinstance(item, dict) and len(item) <= 60 and _property_key(_key_text(key)):
            items.extend(item.items())
    return items


@structure("named_playback", kind=dict, size=(2, 80), needs=(_programme_or_property_key,))
def named_playback(value: object) -> str | None:
    """A programme, channel or title sent with a playhead or watched time: a
    "now watching" update, a player start beacon (NPAW `/start?title=&playhead=`).
    Rules use it on requests only: a catalogue response can list chapters with
    titles and start offsets. E-book pages and game levels never count."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    keys = tuple(value)
    if not _key_set_has(_programme_key, keys) and not _key_set_has(_property_key, keys):
        return None  # the cheap exit taken by almost every object
    items = _event_items(value)
    if not any(_programme_name(key, item) for key, item in items) or priced_record(value):
        return None  # a product, flat or job seen carries a price, rent or salary
    if audience_aggregate(value):
        return None  # a newsroom's or a channel's board: everyone's watch time
    if public_screen(value):
        return None  # a venue's, a kiosk's or a camera's: a business plays it
    if equipment_record(value) or any(online_time_key(_key_text(k)) for k in value):
        return None  # an encoder's or a chat's keep-alive: its channel is an output, a room
    timed = event = stream_timed = False
    for key, item in items:
        role = _tv_role(_key_text(key))
        if not role or aggregate_key(_key_text(key)):
            continue  # an average or an audience count is not this viewer's time
        if online_time_key(_key_text(key)) or ad_owned_key(_key_text(key)):
            continue  # a chat's seconds online, an ad's own slot: no time into a piece
        if role & _NOT:
            return None
        words = key_words(_key_text(key))
        timed = timed or (
            bool(role & (_PLAY | _PROGRESS))
            and (_playhead(words, item) or _watched_amount(words, item))
        )
        stream_timed = stream_timed or (bool(role & _PROGRESS) and _stream_position(words, item))
        event = event or (bool(role & _EVENT) and _watch_event(words, item))
    if timed or (stream_timed and _names_programme(items)):
        return "programme or title with a playhead or watched time"
    return "programme or title with a watching or listening event" if event else None


# A position the key says is the stream's or the playback's (`streamPosition`,
# `playbackPos`, `livePosition`): beside a programme name, a point in what is
# being watched, even without a unit. A bare `position` beside a title is a
# playlist order; `videoPosition` can be a video's place in a course.
_STREAM_WORDS = frozenset(["stream", "playback", "live", "playing"])
_POSITION_WORDS = frozenset(["position", "pos", "offset"])


def _names_programme(items: list[tuple[object, object]]) -> bool:
    """A programme name from a key other than the stream's own (`streamName` beside
    `streamPosition` is an event store's or a message queue's, not a programme)."""
    return any(
        _programme_name(key, item) and "stream" not in key_words(_key_text(key))
        for key, item in items
    )


def _stream_position(words: tuple[str, ...], value: object) -> bool:
    number = _numeric(value)
    return (
        number is not None
        and number >= 0
        and bool(_STREAM_WORDS.intersection(words))
        and bool(_POSITION_WORDS.intersection(words))
    )


# Bare `watch` is also a smartwatch and `watch later` a list: past and present
# participles only.
_STREAM_CATEGORY = frozenset(["game"])


@lru_cache(maxsize=16384)
def _tv_role(key: str) -> int:
    """`_key_role` plus the words that rule a "now watching" record out."""
    role = _key_role(key)
    words = key_word_set(key)
    if role & _NOT and not words & ((_NOT_PLAYBACK | _NOT_WHEN_NAMED) - _STREAM_CATEGORY):
        role &= ~_NOT  # `game` is what a live stream is about, not a game's own event
    if _NOT_TV.intersection(words):
        role |= _NOT
    if "current" in key_words(key) and "time" in key_words(key):
        role |= _PROGRESS
    return role


_WATCH_VERBS = frozenset(
    ["watched", "watching", "listened", "listening", "playback", "scrobble", "scrobbled",
     "heartbeat"]
)  # fmt: skip
_NOT_WATCHING = frozenset(
    ["later", "list", "watchlist", "wishlist", "add", "added", "remove", "removed", "save",
     "saved", "share", "shared", "rate", "rated", "review", "search", "reminder", "remind",
     # a video call, meeting or workout is not a media item watched
     "call", "calls", "calling", "meeting", "conference", "chat", "workout", "workouts"]
)  # fmt: skip
_MEDIA_EVENT_NOUNS = frozenset(["video", "episode", "movie", "song", "podcast", "stream", "media"])
_MEDIA_EVENT_VERBS = frozenset(
    ["play", "played", "start", "started", "pause", "paused", "resume", "resumed", "complete",
     "completed", "progress", "stop", "stopped", "heartbeat", "quartile", "seek", "seeked"]
)  # fmt: skip


def _watch_event(words: tuple[str, ...], value: object) -> bool:
    """An event name that says someone watched or listened (`minute-watched`,
    `listen_started`) or that media played (`video_start`, `episode_complete`).
    `play` alone is what games say, `viewed` what shops say: neither counts."""
    if _norm_text("".join(words)) not in _EVENT_KEYS or not isinstance(value, str):
        return False
    if len(value) > 64:
        return False
    said = key_word_set(value)
    if said & _NOT_PLAYBACK or said & _NOT_WATCHING or said & _NOT_WHEN_NAMED:
        return False
    return bool(said & _WATCH_VERBS or (said & _MEDIA_EVENT_NOUNS and said & _MEDIA_EVENT_VERBS))


def _watched_amount(words: tuple[str, ...], value: object) -> bool:
    """`watched_seconds`, `listened_ms`: a played amount that no game would send."""
    return not _GAME_PLAY_VERBS.intersection(words) and _played_amount(words, value)


# -- xAPI statements about media (ADL video and audio profiles) ---------------

_XAPI_MEDIA_VERBS = frozenset(
    ["played", "paused", "seeked", "completed", "watched", "listened", "viewed", "experienced",
     "initialized", "terminated", "interacted", "play", "pause", "complete", "progressed",
     "listen", "watch", "view", "seek"]
)  # fmt: skip
_XAPI_MEDIA_MARKS = (
    "/xapi/video",
    "/xapi/audio",
    "activitystrea.ms/schema/1.0/video",
    "activitystrea.ms/schema/1.0/audio",
    "/activity-type/video",
    "/activity-type/audio",
    "/activities/media",
    "/activity-type/media",
)


def _xapi_ids(value: dict) -> list[str]:
    """The verb id, the object's activity type and id, the context categories
    and the result extension keys of one statement, lower-cased."""
    found: list[str] = []
    verb, obj = value.get("verb"), value.get("object")
    if isinstance(verb, dict) and isinstance(verb.get("id"), str):
        found.append(verb["id"].lower())
    if isinstance(obj, dict):
        definition = obj.get("definition")
        if isinstance(definition, dict) and isinstance(definition.get("type"), str):
            found.append(definition["type"].lower())
    context = value.get("context")
    if isinstance(context, dict):
        activities = context.get("contextActivities")
        if isinstance(activities, dict):
            for group in activities.values():
                for act in group if isinstance(group, list) else [group]:
                    if isinstance(act, dict) and isinstance(act.get("id"), str):
                        found.append(act["id"].lower())
    result = value.get("result")
    if isinstance(result, dict) and isinstance(result.get("extensions"), dict):
        found.extend(str(k).lower() for k in result["extensions"])
    return found


@structure("xapi_media_statement", kind=dict, size=(2, None), keys=["verb"])
def xapi_media_statement(value: object) -> str | None:
    """An xAPI statement (actor, verb, object) in which a person played, paused,
    seeked or completed a video or audio activity, as the ADL video profile
    records it (verbs `.../video/verbs/played`, activity type
    `.../activity-type/video`, `result.extensions[.../video/extensions/time]`).
    Quiz answers, course completions and page views carry no media vocabulary."""
    if not isinstance(value, dict) or "verb" not in value or "object" not in value:
        return None
    ids = _xapi_ids(value)
    if not ids:
        return None
    verb = ids[0].rstrip("/").rsplit("/", 1)[-1] if isinstance(value.get("verb"), dict) else ""
    media = any(mark in text for text in ids for mark in _XAPI_MEDIA_MARKS)
    if media and verb in _XAPI_MEDIA_VERBS:
        return f"xAPI statement: {verb} a video or audio activity"
    return None


# -- what a TV is tuned to: a channel and a programme with the time into it ----
#
# A TV remote app, a set-top box or a TV's own ad SDK reports the channel being
# watched with the programme on it and how long it has been on (LG Live Plus
# `chan=&prog_id=&prog=&pos=`, a remote app's `{"channel": {...}, "program": ...,
# "since": ...}`). A guide entry has a channel and a programme too, but with a
# scheduled start and end, not a position or a "since"; a catalogue lookup has no
# time at all.

_CHANNEL_WORDS = frozenset(["channel", "chan", "station", "callsign"])
_PROGRAMME_WORDS = frozenset(["program", "programme", "prog", "show", "episode", "broadcast"])
_TUNED_SUFFIXES = frozenset(["id", "name", "title", "number", "no", "num", "lcn"])
_TUNED_TIME_KEYS = frozenset(
    ["pos", "position", "positionsec", "positionms", "offset", "offsetsec", "elapsed",
     "elapsedsec", "since", "tunedat", "tunedsince", "watchingsince", "startedat", "playhead",
     "currenttime", "offsetms", "positionms", "elapsedms", "matchedat", "recognizedat",
     "recognisedat", "detectedat"]
)  # fmt: skip
# A time into the programme in any language the viewing lexicon reads (`polozaj`,
# `pozicija_sek`, `offset_ms`): a position or offset word, alone or with a time unit.
_TUNED_TIME_WORDS = frozenset(["position", "offset", "elapsed", "playhead"])
_TUNED_UNITS = frozenset(["ms", "sec", "secs", "seconds", "s", "minutes"])


@lru_cache(maxsize=16384)
def _tuned_role(key: str) -> str:
    """`channel`, `chan_name`, `prog_id`, `programTitle`: which half of a tuned
    programme a key names ("c" or "p"), or a time into it ("t"); once per name."""
    if _norm_text(key) in _TUNED_TIME_KEYS:
        return "t"
    words = play_words(key)
    if words and words[0] in _TUNED_TIME_WORDS and len(words) <= 2:
        return "t" if len(words) == 1 or words[1] in _TUNED_UNITS else ""
    if not words or len(words) > 2 or (len(words) == 2 and words[1] not in _TUNED_SUFFIXES):
        return ""
    if words[0] in _CHANNEL_WORDS:
        return "c"
    return "p" if words[0] in _PROGRAMME_WORDS else ""


# What `channel` means outside TV: a marketing channel, a release channel.
_NOT_TV_CHANNELS = frozenset(
    ["email", "mail", "sms", "push", "web", "app", "ios", "android", "organic", "social",
     "paid", "display", "search", "direct", "referral", "affiliate", "stable", "beta", "dev",
     "canary", "nightly", "release", "alpha", "preview", "production", "general", "default"]
)  # fmt: skip


def _tuned_value(role: str, value: object) -> bool:
    if role == "c" and isinstance(value, str) and _norm_text(value) in _NOT_TV_CHANNELS:
        return False
    if role == "c" and isinstance(value, dict):  # `{"number": "2", "name": "TV 2"}`
        return any(_norm_key(k) in ("name", "number", "id", "title") for k in value)
    if role == "t":
        return _numeric(value) is not None or (isinstance(value, str) and 0 < len(value) <= 40)
    if isinstance(value, str):
        text = value.strip()
        return 0 < len(text) <= 300 and (role == "c" or _numeric(text) is None)
    return role == "c" and _numeric(value) is not None


@structure("tuned_programme", kind=dict, size=(3, 40), needs=(_tuned_role,))
def tuned_programme(value: object) -> str | None:
    """A channel, the programme on it and a position or a "since" in one object:
    what a TV or its remote app reports it is showing. All three must be there."""
    if not isinstance(value, dict) or not 3 <= len(value) <= 40:
        return None
    if not _key_set_has(_tuned_role, tuple(value)):
        return None
    found: set[str] = set()
    for key, item in value.items():
        role = _tuned_role(_key_text(key))
        if role and role not in found and _tuned_value(role, item):
            found.add(role)
    if len(found) == 3:
        return "channel and programme with the time into it"
    return None


# -- a channel stayed on: a zapping log ------------------------------------------
#
# An IPTV box logs each channel change with how long the viewer stayed on the
# channel before it (`{"from_channel": "431", "to_channel": "415", "dwell_sec":
# 1232}`): a tuning log, the linear-TV form of a watch history. The rule's URL says
# zapping; here the record needs a TV channel (not a marketing or release channel)
# and a DWELL or WATCHED time. The zap time itself (`zap_time_ms`, the latency of
# the switch, a QoS figure) and a switch's delay or buffering are not how long
# anybody watched.
_STAYED_WORDS = frozenset(
    ["dwell", "dwelled", "dwelt", "watched", "watching", "watch", "viewed", "stayed", "stay"]
)
_STAYED_UNITS = frozenset(["ms", "sec", "secs", "seconds", "s", "minutes", "mins", "time"])
_SWITCH_SIDES = frozenset(["from", "to", "prev", "previous", "next", "new", "old", "current"])


@lru_cache(maxsize=8192)
def _channel_key(key: str) -> bool:
    """`channel`, `to_channel`, `from_chan_id`: a channel, or a side of a switch."""
    words = [w for w in play_words(key) if w not in _SWITCH_SIDES]
    if not words or words[0] not in _CHANNEL_WORDS:
        return False
    return len(words) == 1 or (len(words) == 2 and words[1] in _TUNED_SUFFIXES)


def _stayed_time(key: str, value: object) -> bool:
    words = set(play_words(key))
    number = _numeric(value)
    # a dwell word of any language says a time by itself (`permanenza_sec`, `停留时长`)
    stayed = bool(words & _STAYED_WORDS and words & _STAYED_UNITS) or dwell_key(key)
    return stayed and not isinstance(value, bool) and number is not None and 0 < number <= DAY_MS


@structure("channel_dwell", kind=dict, size=(2, 30), needs=(_channel_key,))
def channel_dwell(value: object) -> str | None:
    """A TV channel with how long the viewer stayed on it (a zapping log entry); a priced
    record (a live-commerce channel's order) is a sale, not a stay."""
    if not isinstance(value, dict) or priced_record(value):
        return None
    channel = stayed = ""
    for key, item in value.items():
        text = _key_text(key)
        if not channel and _channel_key(text) and _tuned_value("c", item):
            channel = text
        elif not stayed and _stayed_time(text, item):
            stayed = text
    if channel and stayed:
        return f"channel with how long it was watched: {channel} with {stayed}"
    return None
