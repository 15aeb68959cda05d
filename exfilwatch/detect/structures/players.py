"""Player state and playback writes that carry no media-id key of their own:
a GraphQL mutation that names the viewing in its operation, a player's "what
is on" state (Roku ECP `/query/media-player`), and a last-played slot whose
key says what the object is."""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import (
    DAY_SECONDS,
    _key_set_has,
    _key_text,
    _norm_text,
    _numeric,
    key_word_set,
    key_words,
    structure,
)
from .playback_fields import _iso_seconds, _key_role, _media_ref, _playhead, _progress
from .playback_vocab import _MEDIA_NOUNS, _NOT_PLAYBACK, _PROGRESS
from .playback_words import play_words
from .public_screens import public_screen

# -- GraphQL operations that record a viewing ----------------------------------
#
# GraphQL clients send `{"operationName": ..., "variables": {...}}` and the
# variables carry no event key: the operation's name is the event. Twitch's
# `UpdateUserViewedVideo` with `{videoID, videoType, position}` is a resume-point
# write; `SetWatchProgress`, `MarkEpisodeWatched`, `ReportPlaybackProgress` are
# the same thing elsewhere. The name must say watching, viewing, listening or
# playback progress AND name a kind of media, and the variables must hold a
# media id or a position: `VideoPlayerStreamInfo` (fetching a stream) and
# `UpdateProfileViewedAt` (a profile page) do not match.

_OP_VERBS = frozenset(
    ["viewed", "watched", "watching", "watch", "listened", "listening", "played", "playback",
     "progress", "resume", "bookmark", "position", "playhead", "scrobble", "heartbeat"]
)  # fmt: skip
_OP_NOUNS = _MEDIA_NOUNS | frozenset(
    ["vod", "vods", "videos", "stream", "broadcast", "track", "media", "content", "story",
     "stories", "reel", "reels", "playback", "station", "channel", "lecture", "lesson"]
)  # fmt: skip
_NOT_OPS = _NOT_PLAYBACK | frozenset(
    ["list", "later", "watchlist", "count", "counts", "search", "face", "faces", "band", "strap"]
)  # a smartwatch's face or band is not a viewing
# `SetWatchProgress`, `UpdateListeningHistory`: watching named with its progress needs no noun.
_OP_WATCHING = frozenset(["watch", "watched", "watching", "listen", "listened", "listening"])
_OP_PROGRESS = frozenset(["progress", "position", "history", "playhead", "resume"])
_POSITION_KEYS = frozenset(
    ["position", "positionsec", "positionms", "positionseconds", "offset", "offsetsec",
     "offsetms", "progress", "playhead", "currenttime", "timestamp", "seconds", "resumeat",
     "watchedseconds", "secondswatched", "playedseconds"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def _viewing_operation(name: str) -> bool:
    """`UpdateUserViewedVideo`, `setWatchProgress`, `ReportEpisodePlayback`: once per name."""
    words = set(play_words(name)) | key_word_set(name)
    if words & _NOT_OPS:
        return False
    if words & _OP_WATCHING and words & _OP_PROGRESS:
        return True
    return bool(words & _OP_VERBS and (words & _OP_NOUNS or "playback" in words))


def _variables_hold_viewing(value: object, depth: int = 0) -> bool:
    """A media id or a position somewhere in the first levels of the variables."""
    if not isinstance(value, dict) or depth > 2:
        return False
    for key, item in value.items():
        text = _key_text(key)
        if isinstance(item, dict):
            if _variables_hold_viewing(item, depth + 1):
                return True
            continue
        if _media_ref(key_words(text), item):
            return True
        if _norm_text(text) in _POSITION_KEYS and _numeric(item) is not None:
            return True
    return False


@structure("graphql_playback", kind=dict, keys=["operationname"])
def graphql_playback(value: object) -> str | None:
    """A GraphQL request whose operation records a viewing (its name says watched,
    viewed, listened or playback progress of a video, episode, stream...) with a
    media id or a position in its variables."""
    if not isinstance(value, dict) or "operationName" not in value:
        return None
    name = value.get("operationName")
    if not isinstance(name, str) or len(name) > 120 or not _viewing_operation(name):
        return None
    if _variables_hold_viewing(value.get("variables")):
        return f"GraphQL operation {name} with a media id or position"
    return None


# -- a player's state: playing something, at a position -----------------------
#
# Media players and TVs answer "what are you playing" on their control API: Roku's
# External Control Protocol `GET /query/media-player` returns `<player
# state="play"><plugin id name/><position>2763604 ms</position>...`, UPnP renderers
# report a transport state with a track and a relative time. The three together,
# a playing state, a timed position and the app, channel or item being played,
# say what the household is watching. A download or a job has a state but no
# playhead; a game's state has no named media.

_STATE_KEYS = frozenset(
    ["state", "status", "playstate", "playerstate", "playbackstate", "transportstate",
     "currenttransportstate", "playstatus"]
)  # fmt: skip
_PLAYING_STATES = frozenset(
    ["play", "playing", "pause", "paused", "buffer", "buffering", "resume", "resumed"]
)  # fmt: skip
_ITEM_KEYS = frozenset(
    ["plugin", "app", "application", "channel", "title", "track", "media", "item", "content",
     "program", "programme", "show", "episode", "video", "song", "trackuri", "currenturi",
     "trackmetadata", "nowplaying"]
)  # fmt: skip
_POSITION_WORDS = frozenset(["position", "reltime", "elapsed", "playhead", "progress"])
_TIMED_TEXT_RE = re.compile(r"\d{1,9}(?:\.\d+)?\s?(?:ms|s|sec|secs|seconds)|\d{1,2}(?::\d{2}){1,2}")


@lru_cache(maxsize=16384)
def _player_key(key: str) -> bool:
    return _norm_text(key) in _STATE_KEYS


def _timed_position(key: str, value: object) -> bool:
    """`2763604 ms`, `0:12:34`, `PT12M`, or a number under a timed position key."""
    words = key_words(key)
    if isinstance(value, dict):  # `<position unit="ms">...` decoded as an object
        return False
    if isinstance(value, str) and _norm_text(key) in _POSITION_WORDS:
        text = value.strip()
        return bool(_TIMED_TEXT_RE.fullmatch(text)) or _iso_seconds(text) is not None
    return bool(words) and _playhead(words, value)


def _named_item(key: str, value: object) -> bool:
    if _norm_text(key) not in _ITEM_KEYS:
        return False
    if isinstance(value, dict):
        return any(_norm_text(_key_text(k)) in ("id", "name", "title") for k in value)
    return isinstance(value, str) and 0 < len(value.strip()) <= 300


@structure("media_player_state", kind=dict, size=(3, 40), needs=(_player_key,))
def media_player_state(value: object) -> str | None:
    """A player's state object: playing or paused, a timed position, and the
    app, channel or item it plays. All three must be there."""
    if not isinstance(value, dict) or not 3 <= len(value) <= 40:
        return None
    if not _key_set_has(_player_key, tuple(value)):
        return None  # the cheap exit taken by almost every object
    playing = position = item = False
    for key, entry in value.items():
        text = _key_text(key)
        if _key_role(text) & 1:  # uploads, downloads, games: not a player
            return None
        if _player_key(text):
            playing = playing or (isinstance(entry, str) and _norm_text(entry) in _PLAYING_STATES)
        position = position or _timed_position(text, entry)
        item = item or _named_item(text, entry)
    if playing and position and item:
        return "player state: playing an item at a position"
    return None


# -- a last-played or resume slot ----------------------------------------------
#
# An app saves where listening or watching stopped as one object under a key that
# says so (`lastPlayed`, `nowPlaying`, `resume`, `continueListening`): the key
# supplies the meaning, the object the playhead. Inside may be anything that names
# the item (a surah and ayah, a reciter, a book and chapter of an audio bible), so
# only a timed playhead is asked for.


def _progress_key(key: str) -> int:
    """A key that can hold a playhead position (a progress word or `currentTime`)."""
    return _key_role(key) & _PROGRESS


@structure("timed_playhead", kind=dict, size=(2, 40), needs=(_progress_key,))
def timed_playhead(value: object) -> str | None:
    """An object holding a timed playhead (`positionMs`, `position_s`,
    `currentTime`, `playhead`, an ISO 8601 duration) with something else beside it."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 40:
        return None
    if any(_key_role(_key_text(key)) & 1 for key in value):
        return None  # uploads, downloads, games
    for key, item in value.items():
        words = play_words(_key_text(key))
        if words and _progress(words, item)[0] and _playhead(words, item):
            if public_screen(value):
                return None  # signage, playout or a traffic / security camera's feed
            return "saved playhead of what was last played"
    return None


# -- a resume record under a bare resume key ------------------------------------
#
# `{ripresa: {guid, secondi, finito, aggiornato}}` (Italian "resume": id, seconds,
# finished, updated): the key says it is where playback is to resume, the record
# names the item and how far, in a bare time amount, with a finished flag. Without
# the key it is any object with seconds. Hard negatives: a camera's take (Italian
# `ripresa` is also a shot: it has fps, a resolution or a file), an upload's resume
# (`_key_role` marks transfers), a resumed download, a game save.
_RESUME_ID_WORDS = frozenset(["id", "guid", "uuid", "uid", "ref", "slug", "code", "urn"])
_RESUME_AMOUNT_CLASSES = frozenset(["seconds", "minutes", "position"])
_RESUME_AMOUNT_WORDS = frozenset(["sec", "secs", "seconds", "ms", "min", "mins", "minutes"])
_TAKE_WORDS = frozenset(
    ["fps", "file", "filename", "bytes", "size", "codec", "resolution", "width", "height",
     "camera", "editing", "iso", "exposure", "lens"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def _bare_resume_slot_key(key: str) -> bool:
    return play_words(key) == ("resume",)


def _resumed_item(record: object) -> bool:
    """An item's id, a time amount within a day and a finished flag, nothing of a take."""
    if not isinstance(record, dict) or not 3 <= len(record) <= 12:
        return False
    named = timed = finished = False
    for key, item in record.items():
        text = _key_text(key)
        words = play_words(text)
        if _key_role(text) & 1 or _TAKE_WORDS.intersection(words):
            return False
        if words and words[-1] in _RESUME_ID_WORDS and isinstance(item, str | int):
            named = named or not isinstance(item, bool)
        elif _media_ref(words, item) == 2:
            named = True  # `episodio: "ep-123"`, `id_contenuto`: a media noun's id
        elif _RESUME_AMOUNT_CLASSES.intersection(words) or _RESUME_AMOUNT_WORDS.intersection(words):
            number = _numeric(item)
            timed = timed or (
                number is not None and not isinstance(item, bool) and 0 <= number <= DAY_SECONDS
            )
        elif "finished" in words and isinstance(item, bool):
            finished = True
    return named and timed and finished and not public_screen(record)


@structure("resume_slot_record", kind=dict, size=(1, 8), needs=(_bare_resume_slot_key,))
def resume_slot_record(value: object) -> str | None:
    """A record under a bare resume key (`ripresa`, `reprise`, `reanudar`) naming an
    item with how far it was played and whether it was finished: a resume point."""
    if not isinstance(value, dict):
        return None
    for key, record in value.items():
        if _bare_resume_slot_key(_key_text(key)) and _resumed_item(record):
            return f"resume point under `{key}`: an item, how far and whether finished"
    return None
