"""Viewing records told by their OWN shape, whatever language the keys are in:

- a live room watched for a time (`{"room_id": "521521", "watch_duration_s": 2624}`,
  pinyin `{"fangjian": 880123, "guankan_miao": 3695}`): live-streaming apps log how
  long a room (its streamer) was watched;
- an object the key itself calls a watching (`"tzfiya": {...}`, `"צפייה": {...}`,
  `"playback": {...}`) that names what was watched and stands at a playhead inside
  its duration;
- a play event typed as a song or a video (`{"action": "play", "json": {"id": ...,
  "type": "song", "time": 119}}`, NetEase Cloud Music's `feedback/weblog` scrobble).

Key words are read as their classes (`playback_words.play_words`), so each test runs
on Hebrew, Greek or pinyin keys as on English ones. Hard negatives (hotel rooms, game
rooms, meeting rooms, a live room's audience ranking, an editor's timeline, a game's
level played) are in tests/fixtures/negatives/negatives_round67_view_recall.jsonl."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..lexicon import load
from ._common import DAY_SECONDS, _is_number, _key_text, key_words, structure
from .playback_vocab import (
    _AD_WORDS,
    _EVENT_KEYS,
    _ID_WORDS,
    _LOOSE_NOUNS,
    _MEDIA_NOUNS,
    _NOT_HEARTBEAT,
    _TIME_UNITS,
    _WATCHED_VERBS,
)
from .playback_words import play_words

# -- a live room watched for a time --------------------------------------------------

# What a live-streaming app calls the thing watched live.
_ROOM_WORDS = frozenset(["room", "streamer", "anchor", "broadcaster", "live", "livestream"])
# A watched amount's unit: a count of watchers or of watches is not a time.
_WATCH_TIME_UNITS = _TIME_UNITS | frozenset(["time", "duration"])
# A room's audience figures, rankings and totals are aggregates over everybody, and
# a room booked, played (a game lobby) or met in is no viewing.
_AGGREGATE_WORDS = frozenset(
    ["total", "sum", "avg", "average", "mean", "median", "count", "counts", "rank", "ranking",
     "top", "viewers", "audience", "watchers", "uv", "pv", "daily", "weekly", "monthly",
     "peak", "concurrent", "online", "fans", "followers", "revenue", "income", "gift",
     "gifts", "coins", "diamonds"]
)  # fmt: skip
_NOT_LIVE_ROOM = _NOT_HEARTBEAT | _AGGREGATE_WORDS | frozenset(
    ["hotel", "booking", "checkin", "checkout", "guest", "guests", "night", "nights",
     "meeting", "conference", "classroom", "chat", "game", "match", "lobby", "player",
     "players", "camera", "cam", "cctv", "security", "monitor", "baby"]
)  # fmt: skip
# An epoch time is when, not how long: a watched amount is under a year in seconds.
_MAX_WATCHED = 31_536_000


# A room is named by its number as often as by its id (`房间号` room + `hao`, number).
_ROOM_ID_WORDS = _ID_WORDS | frozenset(["no", "num", "number", "nr", "hao"])


def _room_ref(words: tuple[str, ...], value: object) -> bool:
    """`room_id`, `roomId`, `live_room_id`, `streamer_id`, bare `fangjian` (room),
    `房间号` (room number): a live room's id, as a scalar."""
    if not words or not _ROOM_WORDS.intersection(words) or isinstance(value, dict | list):
        return False
    if isinstance(value, bool) or value in (None, ""):
        return False
    rest = [w for w in words if w not in _ROOM_WORDS]
    return all(w in _ROOM_ID_WORDS for w in rest) and ("room" in words or bool(rest))


def _names_time_unit(words: tuple[str, ...]) -> bool:
    """A watched amount's unit among the key's words. `min` counts only last, after the
    verb (`watched_min`, an attribution event's partner parameter): first it is a
    minimum (`min_watch_time`, a reward's threshold). Round 64 (set 246)."""
    return bool(_WATCH_TIME_UNITS.intersection(words)) or (len(words) >= 2 and words[-1] == "min")


def _watched_time(words: tuple[str, ...], value: object, watch_event: bool = False) -> bool:
    """`watch_duration_s`, `guankan_miao` (watched seconds), `watchedMs`: how long
    something was watched (not played: games are played), as a number or a numeric
    string. Under an event named for watching (`live_watch_duration`), a bare
    `duration` says the same."""
    if not _names_time_unit(words):
        return False
    if not _WATCHED_VERBS.intersection(words) and not (watch_event and len(words) <= 2):
        return False
    number = _number(value)
    return number is not None and 0 < number < _MAX_WATCHED


def _number(value: object) -> float | None:
    if _is_number(value):
        return float(value)  # type: ignore[arg-type]
    if isinstance(value, str) and value.isdigit() and len(value) <= 12:
        return float(value)
    return None


def _ruled_out(words_list: list[tuple[str, ...]], excluded: frozenset[str]) -> bool:
    return any(excluded.intersection(words) for words in words_list)


# A live room to watch later, a reminder or a share is not a watching: its duration
# is the stream's.
_NOT_WATCHED_EVENT = frozenset(
    ["later", "remind", "reminder", "subscribe", "schedule", "scheduled", "reserve", "share",
     "follow", "gift", "preview", "upcoming"]
)  # fmt: skip


def _watch_event(read: list[tuple[tuple[str, ...], object]]) -> bool:
    """An event key whose value names watching live (`livesdk_live_watch_duration`,
    `观看直播`): the parameters beside it are that watching's."""
    for words, item in read:
        if len(words) != 1 or words[0] not in _EVENT_KEYS or not isinstance(item, str):
            continue
        named = play_words(item) if len(item) <= 80 else ()
        if _NOT_WATCHED_EVENT.intersection(named):
            continue
        if _WATCHED_VERBS.intersection(named) and _ROOM_WORDS.intersection(named):
            return True
    return False


def _room_watched(value: dict, watch_event: bool) -> bool:
    read = [(play_words(_key_text(k)), v) for k, v in value.items()]
    if _ruled_out([w for w, _ in read], _NOT_LIVE_ROOM | _AD_WORDS):
        return False
    if not any(_room_ref(w, v) for w, v in read):
        return False
    return any(_watched_time(w, v, watch_event) for w, v in read)


def _event_key(key: str) -> bool:
    """A one-word event key (`event`, `action`): the gate of the event-named detectors."""
    words = play_words(_key_text(key))
    return len(words) == 1 and words[0] in _EVENT_KEYS


def _room_or_event_key(key: str) -> bool:
    """A key naming a live room or an event: one of them is necessary for either way
    `live_room_watched` can match."""
    return bool(_ROOM_WORDS.intersection(play_words(_key_text(key)))) or _event_key(key)


@structure("live_room_watched", kind=dict, size=(2, 40), needs=(_room_or_event_key,))
def live_room_watched(value: object) -> str | None:
    """A live room's (or its streamer's) id beside how long it was watched: one
    person's watching of a live stream (or, under an event named for watching a
    live room, its id beside a bare duration). Audience totals, rankings, gifts,
    and rooms that are booked, met or played in (hotels, meetings, game lobbies,
    cameras) do not count."""
    if not isinstance(value, dict):
        return None
    if _room_watched(value, watch_event=False):
        return "live room id with the time it was watched"
    read = [(play_words(_key_text(k)), v) for k, v in value.items()]
    if not _watch_event(read) or _ruled_out([w for w, _ in read], _NOT_LIVE_ROOM):
        return None
    for _, item in read:
        if isinstance(item, dict) and len(item) <= 40 and _room_watched(item, watch_event=True):
            return "live-room watch event with the room id and the time watched"
    return None


# -- an object the key calls a watching -------------------------------------------

# Single-word keys that say the object under them is one watching or playback.
_WATCHING_KEYS = frozenset([("watching",), ("playback",), ("viewing",)])
_POSITION_WORDS = frozenset(["position", "playhead", "progress"])
_CONTENT_WORDS = _MEDIA_NOUNS | _LOOSE_NOUNS - frozenset(["live", "post", "radio"])
_MIN_POSITION = 30.0
_MIN_DURATION = 60.0


def _content_named(read: list[tuple[tuple[str, ...], object]]) -> bool:
    """Some key names a piece of content (`tochen`, `programme`, `episode_id`) with a
    scalar value: what was watched."""
    for words, item in read:
        if not words or not _CONTENT_WORDS.intersection(words):
            continue
        if any(w not in _CONTENT_WORDS and w not in _ID_WORDS for w in words):
            continue
        if isinstance(item, str) and 0 < len(item.strip()) <= 256:
            return True
        if _is_number(item) and not isinstance(item, bool):
            return True
    return False


def _single(read: list[tuple[tuple[str, ...], object]], wanted: frozenset[str]) -> list[float]:
    """The numbers under keys that are one of `wanted` (optionally with a time unit)."""
    found: list[float] = []
    for words, item in read:
        if not words or words[0] not in wanted:
            continue
        if any(w not in wanted and w not in _TIME_UNITS for w in words[1:]):
            continue
        number = _number(item)
        if number is not None:
            found.append(number)
    return found


def _watching_at_playhead(inner: dict) -> bool:
    read = [(play_words(_key_text(k)), v) for k, v in inner.items()]
    if _ruled_out([w for w, _ in read], _NOT_HEARTBEAT | _AD_WORDS | _AGGREGATE_WORDS):
        return False
    if not _content_named(read):
        return False
    positions = _single(read, _POSITION_WORDS)
    durations = [d for d in _single(read, frozenset(["duration"])) if d >= _MIN_DURATION]
    return any(max(_MIN_POSITION, d / 200) <= p < d for p in positions for d in durations)


_CHANNEL_AIRED = _CONTENT_WORDS - frozenset(["channel", "station", "broadcast", "broadcaster"])
_COUNT_WORDS = frozenset(["seconds", "minutes", "duration"])
_PRICE = frozenset(["price", "ticket", "tickets", "seat", "booking"])


def _watching_on_channel(inner: dict) -> bool:
    """`{"kanal": "Waar TV", "bername": "Rudaw Sport", "kat_sanie": 169}` (Kurdish:
    channel, programme, time in seconds): a linear channel named in text, what it aired,
    and how long so far (round 54). The key above says watching; a theatre's show or a
    channel's settings page has no channel beside a programme and a count of seconds."""
    read = [(play_words(_key_text(k)), v) for k, v in inner.items()]
    # a priced sight (`temaşe` is sightseeing too: a canal boat tour) is a ticket
    if _ruled_out([w for w, _ in read], _NOT_HEARTBEAT | _AD_WORDS | _AGGREGATE_WORDS | _PRICE):
        return False
    channel = any(
        words == ("channel",) and isinstance(item, str) and item.strip() and not item.isdigit()
        for words, item in read
    )
    aired = _content_named([(w, v) for w, v in read if w and set(w) <= _CHANNEL_AIRED | _ID_WORDS])
    counts = [
        n
        for words, item in read
        if words
        and _COUNT_WORDS.intersection(words)
        and all(w in _COUNT_WORDS or w in _WATCH_TIME_UNITS for w in words)
        and (n := _number(item)) is not None
    ]
    return channel and aired and any(0 < n < _MAX_WATCHED for n in counts)


def _watching_key(key: str) -> bool:
    return play_words(_key_text(key)) in _WATCHING_KEYS


@structure("watching_object", kind=dict, size=(1, 60), needs=(_watching_key,))
def watching_object(value: object) -> str | None:
    """`{"tzfiya": {"tochen": "srs-2291-e4", "mikum": 1264, "orech": 3044}}`: under a
    key that says "watching" or "playback", something named, at a position inside
    its duration. An editor's timeline or a project's preview is ruled out by its
    words."""
    if not isinstance(value, dict):
        return None
    outer = [play_words(_key_text(k)) for k in value]
    if _ruled_out(outer, _NOT_HEARTBEAT | _AD_WORDS):
        return None
    for words, (_, inner) in zip(outer, value.items(), strict=True):
        if words not in _WATCHING_KEYS or not isinstance(inner, dict) or len(inner) > 30:
            continue
        if _watching_at_playhead(inner):
            return "a watching of named content at a position inside its duration"
        if _watching_on_channel(inner):
            return "a watching of a named channel's programme, with the seconds so far"
    return None


# -- a play event typed as media -------------------------------------------------------

# Values of a `type` key that say the item is a piece of media (NetEase's `song`,
# `dj` is a radio programme there but also a disc jockey: left out).
_MEDIA_TYPES = frozenset(
    ["song", "track", "video", "episode", "movie", "film", "podcast", "audiobook", "mv",
     "program", "programme", "clip", "drama", "live"]
)  # fmt: skip
_PLAY_ACTIONS = frozenset(["play", "played", "playend", "listen", "listened", "watch", "watched"])
_TYPE_KEYS = frozenset([("type",), ("kind",), ("content", "type"), ("media", "type")])
_ID_KEYS = frozenset([("id",), ("item", "id"), ("res", "id"), ("resource", "id")])
_PLAYED_TIME_KEYS = frozenset(
    [("time",), ("duration",), ("played",), ("play", "time"), ("play", "duration"),
     ("seconds",), ("played", "seconds"), ("played", "time")]
)  # fmt: skip


def _typed_media_played(item: dict) -> bool:
    """`{"id": "145621458", "type": "song", "time": 119}`: a media item's id, its
    type, and how long it was played (under a day of seconds: an epoch is a when)."""
    typed = ided = timed = False
    for key, v in item.items():
        words = play_words(_key_text(key))
        if words in _TYPE_KEYS and isinstance(v, str):
            typed = typed or v.strip().lower() in _MEDIA_TYPES
        elif words in _ID_KEYS and ((isinstance(v, str) and v.strip()) or _number(v)):
            ided = True
        elif words in _PLAYED_TIME_KEYS:
            number = _number(v)
            timed = timed or (number is not None and 0 < number < DAY_SECONDS)
    return typed and ided and timed


@structure("typed_play_event", kind=dict, size=(2, 20), needs=(_event_key,))
def typed_play_event(value: object) -> str | None:
    """An event whose action is a play (`play`, `playend`, `listen`) carrying an item
    typed as a song or a video, with its id and the seconds played: a scrobble. A
    game level played, a song shared or a video uploaded does not count."""
    if not isinstance(value, dict):
        return None
    action = False
    payloads: list[dict] = [value]
    for key, item in value.items():
        words = play_words(_key_text(key))
        if len(words) == 1 and words[0] in _EVENT_KEYS and isinstance(item, str):
            action = action or item.strip().lower() in _PLAY_ACTIONS
        elif isinstance(item, dict) and len(item) <= 30:
            payloads.append(item)
    if not action:
        return None
    if any(_typed_media_played(p) for p in payloads):
        return "play event of an item typed as media, with its id and the time played"
    return None


# -- a sports fixture watched for a time -----------------------------------------

# What a sports streaming app calls the thing watched: a match, a fixture, a game,
# an event (`evento: "serie-a-g27-fio-ata"`); other languages' words for a match
# are the viewing lexicon's `fixture` class (`partita`, `partido`).
_FIXTURE_WORDS = frozenset(["match", "fixture", "game", "event"])
_FIXTURE_ID_WORDS = _ID_WORDS | frozenset(["slug", "code", "key"])
# A rewarded ad watched inside a game, a ranking of the most watched matches or a
# crowd's figures is not this user's viewing; nor is a game's own play time (played,
# not watched: `_watched_time` demands a watching verb).
# A wristwatch's clock (`watch_time_offset_ms`, `watch_clock_drift`) is no time watched.
_CLOCK_WORDS = frozenset(["offset", "drift", "clock", "sync", "timezone", "tz", "battery"])
# An ad SDK's `placementId` / `reward` names a rewarded ad's slot, not the match.
_NOT_FIXTURE_WATCHED = (
    _AD_WORDS
    | _AGGREGATE_WORDS
    | frozenset(["bet", "odds", "stake", "wager", "placement", "reward"])
)
# The stream's own quality figures (`bitrateAvg`, `fps_mean`) are the player's QoS
# beside one viewer's session, not an audience aggregate.
_STREAM_QUALITY_WORDS = frozenset(
    ["bitrate", "bandwidth", "fps", "framerate", "throughput", "kbps", "mbps", "buffering",
     "rebuffer", "rebuffering", "latency", "rtt", "resolution", "quality"]
)  # fmt: skip


# One viewer watches a match for hours at most: a crowd's total (`minutes_watched:
# 120000` on a leaderboard row) is far beyond, in whatever unit it is given.
_MATCH_HOURS = 12
_UNIT_PER_HOUR = (
    (frozenset(["ms", "millis", "msec"]), 3_600_000),
    (frozenset(["minutes", "mins", "min"]), 60),
    (frozenset(["hours", "hrs", "hr", "h"]), 1),
)


def _match_watched_time(words: tuple[str, ...], value: object) -> bool:
    """A watched time (`watch_time`, `watched_seconds`) one viewer could spend on a match."""
    if not _watched_time(words, value) or _CLOCK_WORDS.intersection(words):
        return False
    per_hour = next((n for units, n in _UNIT_PER_HOUR if units.intersection(words)), 3600)
    number = _number(value)
    return number is not None and number <= _MATCH_HOURS * per_hour


def _fixture_key(key: str) -> bool:
    """`match`, `match_id`, `fixtureSlug`, `game_id`: a fixture's reference (the gate)."""
    words = play_words(key)
    if words and words[-1] in _FIXTURE_WORDS and all(w in _ID_WORDS for w in words[:-1]):
        return True  # `id_partita`, `id_evento`: the id word first, as Romance keys put it
    if not words or words[0] not in _FIXTURE_WORDS:
        return False
    return all(w in _FIXTURE_ID_WORDS for w in words[1:])


def _fixture_ref(key: str, value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return False
    return _fixture_key(key) and (not isinstance(value, str) or len(value) <= 200)


@structure("fixture_watched", kind=dict, size=(2, 30), needs=(_fixture_key,))
def fixture_watched(value: object) -> str | None:
    """A match or fixture with how long it was WATCHED (`GET /stat/watch_end?match=
    kpl-kairat-astana-0917&watch_time=2792`): a sports streaming app's viewing record.
    A game's match played, a rewarded ad watched in a game, a smartwatch's clock
    (`watch_time` as an epoch) and a match's audience figures do not count."""
    if not isinstance(value, dict):
        return None
    return _watched_with_ref(value, _fixture_ref, "match")


@lru_cache(maxsize=16384)
def _advert_key(key: str) -> bool:
    """`annonseId`, `reklamaId`: an advert named in any language (the device lexicon's
    `advertising` class), so an ad's watched seconds beside a campaign (`kampId`, which
    Nordic apps also write for a match) are no match watched. Round 62 (set 239)."""
    lexicon = load("device")
    return any(lexicon.word(w) == "advertising" for w in key_words(key))


def _watched_with_ref(value: dict, is_ref: Callable[[str, object], bool], what: str) -> str | None:
    """A record naming one item (`is_ref` says which key does) and how long it was
    watched, unless a key rules the record out (a game, an ad, a clock, a crowd)."""
    read = [(_key_text(k), play_words(_key_text(k)), v) for k, v in value.items()]
    judged = [w for _, w, _ in read if not _STREAM_QUALITY_WORDS.intersection(w)]
    if _ruled_out(judged, _NOT_FIXTURE_WATCHED) or any(_advert_key(k) for k, _, _ in read):
        return None
    ref = next((k for k, _, v in read if is_ref(k, v)), "")
    if not ref:
        return None
    timed = next((k for k, w, v in read if _match_watched_time(w, v)), "")
    if timed:
        return f"{what} watched, with the time watched: {ref} with {timed}"
    return None


# -- a coded item watched for a time, under an abbreviated key ----------------------
#
# A beacon names what was watched by a CODE under a one- or two-letter key
# (`GET /b/dekho.gif?m=IPL25-M41&ov=8.5&dekha_sec=4753`: a cricket match, romanised
# Hindi "watched seconds"): the key says nothing a reader of any language could use,
# but the value is a fixture's or a programme's code (letters and digits in parts
# joined by hyphens, `IPL25-M41`, `IND-CAN-T20-2`), and the watched time says it was
# watched. Hard negatives: a user's, session's or device's short key (`u`, `sid`, `d`)
# holding an id, a hex token or a UUID (no letter beyond `f`), a version (`v=2.3.1`,
# dots), an ad's watched time (ad words), a crowd's total (over 12 hours).
_CODE_RE = re.compile(r"[A-Za-z0-9]{1,16}(?:[-_][A-Za-z0-9]{1,16}){1,5}")
_NOT_HEX_LETTER = re.compile(r"[g-zG-Z]")
# Short keys that name the person, the session, the device or the request itself.
_PERSON_SHORT_KEYS = frozenset(
    ["u", "uid", "id", "d", "di", "did", "s", "sid", "ss", "k", "t", "tk", "tid", "a", "ai",
     "ad", "ua", "ip", "r", "rn", "cb", "ts", "tz", "lg", "ln", "cc", "ct", "os", "pf", "sv",
     "av", "v", "vr", "br", "cv", "ev", "et", "ec", "ea", "el", "pg", "p", "pn", "c"]
)  # fmt: skip


def _code_value(value: object) -> bool:
    """`IPL25-M41`, `ranji-pb-gj-r5`: letters and digits in hyphenated parts, with a
    letter beyond hex (so no UUID or hex token) and a digit."""
    return (
        isinstance(value, str)
        and 4 <= len(value) <= 64
        and bool(_CODE_RE.fullmatch(value))
        and any(c.isdigit() for c in value)
        and bool(_NOT_HEX_LETTER.search(value))
    )


def _coded_ref(key: str, value: object) -> bool:
    """A one- or two-letter key (not a person's, a session's or a request's) holding a
    code: what a beacon says was watched."""
    short = key.lower()
    return (
        1 <= len(short) <= 2
        and short.isalpha()
        and short not in _PERSON_SHORT_KEYS
        and (_code_value(value))
    )


@lru_cache(maxsize=8192)
def _watched_time_key(key: str) -> bool:
    """The gate: a key saying how long something was watched (`dekha_sec`)."""
    words = play_words(key)
    return bool(_WATCHED_VERBS.intersection(words) and _names_time_unit(words))


@structure("coded_item_watched", kind=dict, size=(2, 30), needs=(_watched_time_key,))
def coded_item_watched(value: object) -> str | None:
    """An item named by a code under a short key, with how long it was WATCHED: a
    streaming app's end-of-view beacon, whatever language its time key is in."""
    if not isinstance(value, dict):
        return None
    return _watched_with_ref(value, _coded_ref, "coded item")


# -- a match's viewing log: which fixture a viewer watched or left, at which minute ----
#
# A live-sport app logs the viewer's own moves on a match (`{"watch_log": [{"event":
# "don look", "match": "e1-613", "minute": 77}]}`, Cameroonian Pidgin "has watched",
# `don comot` "has left"): the event says the viewer's act, the match names the fixture
# and the minute says when in the match (round 54). A score feed's events (`goal`,
# `kickoff`, a match `started` with no watching list above it), a bet, a game's
# score and an ad are not a viewer's log.
_WATCH_LOG_WORDS = frozenset(["watch", "watching", "watched", "viewing"])
_WATCHED_EVENTS = frozenset(["watched", "watching"])
_VIEWER_EVENTS = _WATCHED_EVENTS | frozenset(
    ["started", "stopped", "start", "stop", "joined", "left", "pause", "paused", "resume",
     # under a list the key already calls watching: Pidgin `look` (watch), a replay watched
     "watch", "view", "look", "replay", "rewatch"]
)  # fmt: skip
_NOT_VIEWER_LOG = _NOT_FIXTURE_WATCHED | frozenset(
    ["score", "scores", "goals", "points", "kills", "level", "result", "winner", "team",
     "player", "players", "set", "sets", "round", "lap"]
)  # fmt: skip
_MATCH_MINUTES = 150


def _event_name_key(key: str) -> bool:
    return play_words(key) in ((("event",), ("action",), ("type",)))


def _viewer_row(row: object) -> bool:
    """`{"event": "don look", "match": "e1-613", "minute": 77}`: the viewer's act on a
    fixture, at a minute of the match."""
    if not isinstance(row, dict) or not 3 <= len(row) <= 12:
        return False
    read = [(_key_text(k), play_words(_key_text(k)), v) for k, v in row.items()]
    if _ruled_out([w for _, w, _ in read], _NOT_VIEWER_LOG):
        return False
    act = fixture = minute = False
    for key, words, item in read:
        if _event_name_key(key) and isinstance(item, str):
            said = set(play_words(item))
            act = act or (bool(said) and said <= _VIEWER_EVENTS)
        elif words and words[0] != "event" and _fixture_ref(key, item):
            fixture = True
        elif words == ("minutes",) and (n := _number(item)) is not None:
            minute = 0 <= n <= _MATCH_MINUTES
    return act and fixture and minute


@lru_cache(maxsize=8192)
def watch_log_key(key: str) -> bool:
    """`watch_log`, `viewing_events`: a list the key says is of watching (read by
    `done_list_rows`, whose gate it widens)."""
    words = play_words(key)
    return bool(words) and words[0] in _WATCH_LOG_WORDS and not _NOT_VIEWER_LOG.intersection(words)


def fixture_viewer_rows(rows: object) -> bool:
    """Every row of a watching list is the viewer's act on a fixture at a minute of it."""
    if not isinstance(rows, list) or not 0 < len(rows) <= 200:
        return False
    return all(_viewer_row(row) for row in rows)
