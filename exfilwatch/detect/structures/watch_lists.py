"""Watch-history lists: content ids with watch time, position or progress."""

from __future__ import annotations

from ._common import (
    _norm_key,
    structure,
)
from .playback_edits import edits_media
from .playback_vocab import _MEDIA_NOUNS, _NOT_PLAYBACK, _TIME_UNITS
from .playback_words import play_words, priced_row

_CONTENT_ID_KEYS = frozenset(
    [
        "videoid", "contentid", "episodeid", "movieid", "assetid", "mediaid", "programid",
        "showid", "seriesid", "titleid", "itemid", "trackid", "id", "title", "name", "docid",
        "awemeid", "groupid", "contentassetid", "vid",
    ]
)  # fmt: skip
_WATCH_TIME_KEYS = frozenset(
    [
        "position", "progress", "playhead", "watchedat", "watchtime", "watchedtime",
        "lastwatched", "lastwatchedat", "viewedat", "watchedseconds", "secondswatched",
        "percentwatched", "watchedpercent", "resumeposition", "resumepoint", "bookmark",
        "offset", "playbackposition", "currenttime", "playedat", "lastplayed", "lastplayedat",
        "watchedduration", "viewduration", "playduration", "completion", "completed",
        "timestamp", "lastviewed", "msplayed", "watchdate", "positionsec", "positionms",
        "positionseconds", "positionmillis", "offsetms", "offsetsec", "lastposition",
        # abbreviated positions (a kids' app's `{vid, title, startedAt, endedAt, lastPos}`
        # under `watchLog`); a bare `pos` or a start and end time also order and time
        # any history (logins, calls, workouts), so they do not count
        "lastpos", "curpos", "currentpos", "resumepos", "posms", "possec",
    ]
)  # fmt: skip


def _watch_entry(item: object) -> bool:
    if not isinstance(item, dict) or priced_row(item):
        return False  # a product's or listing's row (a price, SKU, brand) is not watched
    keys = {_norm_key(k) for k in item}
    return bool(keys & _CONTENT_ID_KEYS) and bool(keys & _WATCH_TIME_KEYS)


@structure("watch_history", size=(1, None), keys=_WATCH_TIME_KEYS)
def watch_history(value: object) -> str | None:
    """A list of watched items: each an object with a content id or title and a
    watch time, position or progress (a history, continue-watching or resume list)."""
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not value:
        return None
    entries = sum(1 for item in value if _watch_entry(item))
    if entries and entries >= len(value) * 0.8:
        return f"{entries} watched item(s) with content id and watch time or position"
    return None


# A video-specific id says *what* was watched; an id that could name anything
# (`content_id`, `asset_id`) needs a position or progress, not a bare timestamp
# (an asset with a timestamp is a price tick); a generic `id` or `title` only
# counts beside an unambiguous watch field, because `{id, position}` is also how
# any app reorders a list.
_VIDEO_ID_KEYS = frozenset(
    [
        "videoid", "episodeid", "movieid", "programid", "programmeid", "showid", "seriesid",
        "awemeid", "vid", "imdbid", "tmdbid", "tvdbid", "traktid", "filmid",
    ]
)  # fmt: skip
# Audio and live media have ids of their own: a radio station (TuneIn's `guideId`), a
# podcast, a song, a live replay. Like `content_id`, they need a position or a played
# time beside them.
_CONTENT_ID_KEYS_LOOSE = frozenset(
    ["contentid", "assetid", "mediaid", "titleid", "trackid", "contentassetid", "mediaguid",
     "stationid", "guideid", "podcastid", "songid", "audiobookid", "replayid", "clipid",
    ]
)  # fmt: skip
_GENERIC_ID_KEYS = frozenset(["id", "itemid", "title", "name", "docid", "groupid", "key", "guid"])
_VIDEO_OBJECT_KEYS = frozenset(["video", "episode", "movie", "show", "program", "programme"])
_LOOSE_OBJECT_KEYS = frozenset(["content", "media", "asset", "item"])
_CATALOGUE_ID_KEYS = frozenset(["imdb", "tmdb", "tvdb", "trakt", "slug"])
_STRONG_WATCH_KEYS = frozenset(
    [
        "watchedat", "watchtime", "watchedtime", "lastwatched", "lastwatchedat", "watchedseconds",
        "secondswatched", "percentwatched", "watchedpercent", "resumeposition", "resumepoint",
        "playbackposition", "playhead", "playheadposition", "playedat", "lastplayedat",
        "watchedduration", "viewduration", "playduration", "msplayed", "watchdate",
        "watchprogress", "watchedms", "viewingprogress", "playbackprogress", "resumetime",
        "resumeat", "watchedon", "lastviewedat", "viewedduration",
        # listening is only ever said of media
        "lastlistened", "lastlistenedat", "listenedat", "listenedseconds", "secondslistened",
        "listentime", "listenseconds", "listenedduration",
    ]
)  # fmt: skip
# "Played" alone is said of games, levels and quizzes as much as of media: beside a
# generic `id` it needs a watch or listen key too.
_PLAYED_ONLY_KEYS = frozenset(["playedat", "lastplayedat", "lastplayed"])
_TIME_KEYS = frozenset(["timestamp", "ts", "time", "viewedat", "lastviewed", "date"])
# `position` and `offset` also order lists and page through them: they count only
# beside a video id.
_ORDER_KEYS = frozenset(["position", "offset"])
# A position with a time unit is a playhead, never a list order.
_TIMED_POSITION_KEYS = frozenset(
    [
        "positionms", "positionseconds", "positionsec", "positionmillis", "positioninseconds",
        "positioninms", "offsetms", "offsetsec", "offsetseconds", "progresssec", "playheadms",
        "playheadsec", "lastpositionms", "lastposition", "watchedsec",
    ]
)  # fmt: skip
_PROGRESS_KEYS = frozenset(
    [
        "progress", "currenttime", "completed", "completion", "lastplayed", "bookmark",
        "progressms", "progressseconds", "progresspercent", "elapsed", "watched",
        *_TIMED_POSITION_KEYS,
    ]
)  # fmt: skip


def _media_object(item: dict) -> str:
    """The id one level down: `{"video": {"id": ...}}` ("video"), `{"content":
    {"id": ...}}` ("loose"), or Trakt's `{"ids": {"imdb": ..., "tmdb": ...}}`."""
    found = ""
    for k, v in item.items():
        if not isinstance(v, dict):
            continue
        name = _norm_key(k)
        inner = {_norm_key(x) for x in v}
        if name == "ids" and inner & _CATALOGUE_ID_KEYS:
            return "video"
        if not inner & (_VIDEO_ID_KEYS | _CONTENT_ID_KEYS_LOOSE | _GENERIC_ID_KEYS | {"ids"}):
            continue
        if name in _VIDEO_OBJECT_KEYS:
            return "video"
        if name in _LOOSE_OBJECT_KEYS:
            found = "loose"
    return found


# A TV or FAST channel's id with when it was last watched (a recents row). Chat apps
# have channels too, "last viewed" (Mattermost's `channel_id` + `last_viewed_at`):
# only a watched or listened time makes a channel one that was watched.
_CHANNEL_ID_KEYS = frozenset(["channelid", "chanid"])


def _channel_watched(keys: set[str]) -> bool:
    return bool(keys & _CHANNEL_ID_KEYS) and any(
        ("watch" in k or "listen" in k) for k in keys & _STRONG_WATCH_KEYS
    )


# A progress key in another language, read as its class (`tingshu_jindu` audiobook
# progress, `bofang_jindu` playback progress, `voortgang_sec`): the progress class with
# nothing but media nouns, playback verbs and time units beside it, so a download's or
# an order's progress is not one.
_PROGRESS_CLASS = frozenset(["progress"])
_PROGRESS_QUALIFIERS = (
    _MEDIA_NOUNS
    | _TIME_UNITS
    | frozenset(["playback", "watching", "watched", "listening", "listened", "listen"])
)


def _read_progress(key: object, value: object) -> bool:
    if not isinstance(key, str) or (key.isascii() and _norm_key(key) in _PROGRESS_KEYS):
        return False
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    words = play_words(key)
    if not _PROGRESS_CLASS.intersection(words) or _NOT_PLAYBACK.intersection(words):
        return False
    return all(w in _PROGRESS_CLASS or w in _PROGRESS_QUALIFIERS for w in words)


def _watched_entry(item: object) -> bool:
    if not isinstance(item, dict) or len(item) > 40 or priced_row(item):
        return False
    keys = {_norm_key(k) for k in item}
    if _channel_watched(keys):
        return True
    strong = bool(keys & _STRONG_WATCH_KEYS)
    progress = strong or bool(keys & _PROGRESS_KEYS)
    progress = progress or any(_read_progress(k, v) for k, v in item.items())
    if not progress and not keys & (_ORDER_KEYS | _TIME_KEYS):
        return False
    nested = _media_object(item)
    if keys & _VIDEO_ID_KEYS or nested == "video":
        return True
    if progress and (keys & _CONTENT_ID_KEYS_LOOSE or nested):
        return True
    if not keys & _STRONG_WATCH_KEYS - _PLAYED_ONLY_KEYS:
        return False  # `{id, percent, lastPlayedAt}`: a game level is played too
    return strong and bool(keys & _GENERIC_ID_KEYS)


def _listed_in_order(value: list) -> bool:
    """A catalogue's episodes or a rail's titles in their order (`position: 1, 2,
    3...`) beside their runtimes, or an editor's clips between in and out marks: a
    position that only counts the rows is no playhead, and a row that says nothing
    else of watching is no watched item."""
    rows = [item for item in value if isinstance(item, dict)]
    if any(edits_media(row) for row in rows):
        return True
    if len(rows) < 2 or any({_norm_key(k) for k in row} & _PROGRESS_KEYS for row in rows):
        return False
    for key in _ORDER_KEYS:
        places = [row.get(key) for row in rows]
        if all(type(p) is int for p in places) and _a_run(places):  # type: ignore[arg-type]
            return True
    return False


def _a_run(places: list[int]) -> bool:
    """1, 2, 3... (or 0, 1, 2...) in some order: the rows' ranks, not times."""
    ordered = sorted(places)
    return ordered[0] in (0, 1) and ordered == list(range(ordered[0], ordered[0] + len(places)))


@structure("watch_list", kind=list, size=(1, None))
def watch_list(value: object) -> str | None:
    """A list the app sends whose entries each name a piece of content (a video,
    episode or movie id, or any id beside an unambiguous watch field) with when
    or how far it was watched: a history, progress or resume-point sync under any
    key. Stricter than `watch_history`, which only runs under history keys."""
    if not isinstance(value, list) or not value or not _watched_entry(value[0]):
        return None
    if _listed_in_order(value):
        return None
    entries = sum(1 for item in value if _watched_entry(item))
    if entries >= len(value) * 0.8:
        return f"{entries} watched item(s): content id with watch time, position or progress"
    return None
