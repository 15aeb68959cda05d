"""How far into a piece a person got, said with a bare count of seconds, and a cam view.

A catch-up or a learning app's progress write names the piece (a film, a video, an episode)
and says where the viewer got to with a bare count of seconds: `{film: "w044", title: "..",
seconds: 208, percent: 58, time: "2025-..T..Z"}`, or in Hawaiian `{kiʻiʻoniʻoni, poʻo_inoa,
kekona, pākēneka, manawa}`. A bare `seconds` is also a catalogue's running time, so the count
is a playhead only beside what places it in the piece, in a dated record (an ISO date-time or
a Unix time: one viewing, when):

- the share of the piece watched (`percent`, 0-100) (`piece_seconds_share`); or
- the piece's own length, longer than the count, and whether it was finished, a flag
  (`piece_seconds_resume`: `{programme, episode, seconds, duration, finished: false}`).

A programme alone may be a course or a workout: it counts only beside an episode word. The
record must name no upload, encoding, download or export (a job's progress), no price (a
shop's), no screen's playout and no crowd's totals.

A camera named with the seconds a person watched it (`{camera, seconds_watched, started}`,
Hawaiian `{kamela, kekona_nana, hoʻomaka}`) is a member's cam view when it is dated, as
round 66 (set 260) read it (public_screens.py); a product event naming a camera watched
(`event_type: "Webcam Watched"`) with the seconds watched in its properties and its own time
is the same view sent to an analytics SDK (`cam_view_seconds`). A control room's operator
watching a camera stays out (public_screens.py)."""

from __future__ import annotations

from functools import lru_cache

from ._common import _is_number, _key_text, _numeric, is_moment, key_word_set, structure
from .aggregates import audience_aggregate
from .playback_edits import edits_media
from .playback_words import play_words, priced_record
from .public_screens import public_screen

_WATCH_NOUNS = frozenset(
    ["film", "movie", "video", "videos", "episode", "episodes", "cartoon", "anime", "clip",
     "show", "documentary", "vod"]
)  # fmt: skip
_PROGRAMME = frozenset(["programme", "program"])
_SECONDS = frozenset([("seconds",), ("sec",), ("secs",)])
_PERCENT = frozenset([("percent",), ("pct",), ("percentage",)])
_DURATION = frozenset([("duration",), ("length",)])
_FINISHED = frozenset([("finished",), ("completed",), ("done",)])
_WATCHED = frozenset(["watched", "watching", "viewed"])
_SECOND_UNITS = frozenset(["seconds", "sec", "secs"])
_JOB_WORDS = frozenset(
    ["upload", "uploaded", "uploading", "download", "downloaded", "downloading", "encode",
     "encoding", "transcode", "transcoding", "render", "rendering", "export", "job", "eta",
     "remaining", "left", "bytes", "offline", "price", "sku", "rating", "score", "quiz",
     "operator", "console", "nvr", "monitor", "monitoring", "wall", "guard", "patrol"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _words(key: str) -> tuple[str, ...]:
    return play_words(key)


@lru_cache(maxsize=16384)
def _job_key(key: str) -> bool:
    return bool(_JOB_WORDS.intersection(key_word_set(key)) | _JOB_WORDS.intersection(_words(key)))


def _scalar(item: object) -> bool:
    return (isinstance(item, str) and 0 < len(item) <= 120) or _is_number(item)


def _vetoed(value: dict) -> bool:
    if any(_job_key(_key_text(k)) for k in value):
        return True
    return edits_media(value) or audience_aggregate(value) or priced_record(value)


@structure("piece_seconds_share", kind=dict, size=(3, 24))
def piece_seconds_share(value: object) -> str | None:
    """A film, video or episode with a bare count of seconds and the share watched."""
    return _piece_seconds(value, resume=False)


@structure("piece_seconds_resume", kind=dict, size=(4, 24))
def piece_seconds_resume(value: object) -> str | None:
    """A piece with a bare count of seconds inside its length and a finished flag."""
    return _piece_seconds(value, resume=True)


def _piece_seconds(value: object, *, resume: bool) -> str | None:
    if not isinstance(value, dict):
        return None
    piece = programme = episode = moment = done = False
    seconds: list[float] = []
    shares: list[float] = []
    lengths: list[float] = []
    for key, item in value.items():
        words = _words(_key_text(key))
        moment = moment or is_moment(item)
        if _scalar(item) and _WATCH_NOUNS.intersection(words) and len(words) <= 2:
            piece = True
            episode = episode or "episode" in words
        if _scalar(item) and _PROGRAMME.intersection(words) and len(words) <= 2:
            programme = True
        number = None if isinstance(item, bool) else _numeric(item)
        if words in _SECONDS and number is not None and 0 < number <= 86400:
            seconds.append(number)
        elif words in _PERCENT and number is not None and 0 <= number <= 100:
            shares.append(number)
        elif words in _DURATION and number is not None:
            lengths.append(number)
        elif words in _FINISHED and isinstance(item, bool):
            done = True
    if len(seconds) != 1 or not moment:
        return None
    if resume:
        if not (piece or (programme and episode)) or not done:
            return None
        if not any(seconds[0] < length <= 86400 for length in lengths):
            return None
    elif not piece or not shares or lengths:
        return None
    if _vetoed(value) or public_screen(value):
        return None
    if resume:
        return "a piece's bare count of seconds within its length, with whether it was finished"
    return "a film, video or episode with a bare count of seconds and the share watched"


def _watched_seconds(words: tuple[str, ...]) -> bool:
    return bool(_WATCHED.intersection(words)) and bool(_SECOND_UNITS.intersection(words))


def _names_camera(key: str, item: object) -> bool:
    return "camera" in _words(key) and _scalar(item)


@structure("cam_view_seconds", kind=dict, size=(2, 40))
def cam_view_seconds(value: object) -> str | None:
    """A camera with the seconds a person watched it, dated; or a product event naming a
    camera watched, with the seconds in its properties and its own time."""
    if not isinstance(value, dict):
        return None
    camera = watched = moment = False
    event = None
    for key, item in value.items():
        text = _key_text(key)
        words = _words(text)
        moment = moment or is_moment(item)
        camera = camera or _names_camera(text, item)
        number = None if isinstance(item, bool) else _numeric(item)
        watched = watched or (_watched_seconds(words) and number is not None and number > 0)
        if isinstance(item, str) and len(item) <= 60 and " " in item.strip():
            said = _words(item)
            if "camera" in said and _WATCHED.intersection(said):
                event = key
    if camera and watched and moment:
        if _vetoed(value):
            return None
        return "a camera with the seconds a person watched it and when"
    if event is None or not moment:
        return None
    for item in value.values():
        if not isinstance(item, dict) or _vetoed(item):
            continue
        if any(_names_camera(_key_text(k), v) for k, v in item.items()) and any(
            _watched_seconds(_words(_key_text(k)))
            and not isinstance(v, bool)
            and (_numeric(v) or 0) > 0
            for k, v in item.items()
        ):
            return f"an event naming a camera watched (`{event}`) with the seconds watched"
    return None
