"""A piece's playback told in plain seconds, the piece named by the path or by an id.

Round 56 (Khmer sets): an app writes `PUT /meul/{id}/phak/{n}/ruoch {"vinati": 2800,
"ryea_pel": 2800}` ("watch/{id}/episode/{n}/finished": seconds, duration) or `POST
/vod/progress {"vod_id": .., "chhmoh": .., "vinati": 45}` (a VOD's id, its name and the
seconds reached). The body's only measure is a bare amount of seconds (the lexicon's
`seconds` class in any language, `seconds`, `secs`); it is no position key, so the
position readings pass it by. The rules read it only where the path already says the
piece was finished (a media or episode noun, an id, a finished word) or where the path
says a VOD's progress and the body names the content's id.

Not read: a delivery or an order finished in so many seconds (no media noun in the
path), an upload's or a transcode's progress (the job's words veto: bytes, file, upload,
encode...), a game round's score, a route's time over ground, a priced record.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_SECONDS, _key_text, _numeric, structure, viewing_classes
from .playback_words import play_words, priced_record
from .public_screens import public_screen

_SECONDS_WORDS = frozenset(["seconds", "secs", "sec"])
# Keys of a job, a trip, a game or a meeting: the seconds are its, not a viewer's.
_JOB_WORDS = frozenset(
    ["upload", "uploaded", "download", "downloaded", "bytes", "byte", "size", "file", "files",
     "transcode", "transcoded", "encode", "encoded", "encoding", "render", "rendered", "export",
     "eta", "remaining", "chunk", "chunks", "job", "task", "order", "delivery", "courier",
     "driver", "distance", "km", "lat", "lon", "lng", "steps", "score", "points", "level",
     "round", "agenda", "attendees", "meeting", "rail", "slot", "queue"]
)  # fmt: skip
_VETO_CLASSES = frozenset(["price", "message", "event"])
_MEDIA_ID_WORDS = frozenset(
    ["vod", "video", "movie", "film", "episode", "content", "asset", "media", "programme",
     "program", "title", "show", "clip"]
)  # fmt: skip
_MEDIA_ID_CLASSES = frozenset(
    ["video", "film", "episode", "content", "program", "programme", "drama", "series", "title"]
)
_ID_WORDS = frozenset(["id", "code", "uuid"])


@lru_cache(maxsize=8192)
def _plain_seconds_key(key: str) -> bool:
    """`vinati`, `seconds`, `secs`: the key is a bare amount of seconds and nothing else."""
    words = play_words(key)
    if not words:
        return False
    classes, raw = viewing_classes(key)
    return set(words) <= {"seconds"} | _SECONDS_WORDS and (
        "seconds" in classes or bool(raw & _SECONDS_WORDS)
    )


def _seconds_amount(key: str, item: object) -> bool:
    """A plain-seconds key holding an amount within a day (not a flag)."""
    if isinstance(item, bool) or not _plain_seconds_key(key):
        return False
    number = _numeric(item)
    return number is not None and 0 < number <= DAY_SECONDS


def _vetoed(key: str) -> bool:
    classes, words = viewing_classes(key)
    return bool(words & _JOB_WORDS or classes & _VETO_CLASSES)


def _seconds_member(value: dict) -> str | None:
    if priced_record(value) or public_screen(value):
        return None
    found = None
    for key, item in value.items():
        text = _key_text(key)
        if _vetoed(text):
            return None
        if found is None and _seconds_amount(text, item):
            found = text
    return found


def _needs_seconds(key: str) -> bool:
    return _plain_seconds_key(_key_text(key))


@structure("plain_seconds_record", kind=dict, size=(1, 10), needs=(_needs_seconds,))
def plain_seconds_record(value: object) -> str | None:
    """A small record whose measure is a bare amount of seconds (within a day): the rules
    read it only where the path names the piece and says it was finished."""
    if not isinstance(value, dict):
        return None
    key = _seconds_member(value)
    return f"plain seconds ({key}) for the piece the path names" if key else None


@lru_cache(maxsize=8192)
def _media_id_key(key: str) -> bool:
    """`vod_id`, `videoId`, `episode_code`: the id of a piece of media."""
    classes, words = viewing_classes(key)
    if not words & _ID_WORDS:
        return False
    return bool(words & _MEDIA_ID_WORDS or classes & _MEDIA_ID_CLASSES)


@structure("content_seconds_record", kind=dict, size=(2, 10), needs=(_needs_seconds,))
def content_seconds_record(value: object) -> str | None:
    """A piece of media's id beside a bare amount of seconds: read only at a path that
    says the media's progress (`/vod/progress`)."""
    if not isinstance(value, dict):
        return None
    ids = [k for k, v in value.items() if _media_id_key(_key_text(k)) and isinstance(v, str | int)]
    if not ids:
        return None
    key = _seconds_member(value)
    return f"media id ({ids[0]}) with plain seconds ({key})" if key else None


# -- a karaoke song sung: the song named, how many seconds were sung --------------
#
# `POST /karaoke/chrieng-ruoch {"bot_id", "chhmoh_bot": "..", "vinati": 198, "pindu": 65}`
# (Khmer "sang, finished": the song's id, its name, seconds, score): the song named in
# words beside a plain seconds amount; the rule reads it only at a karaoke path. A game
# round's score has no karaoke path; a karaoke room's booking carries a room, a price.
_PIECE_CLASSES = frozenset(["name", "title", "song", "track"])
_SUNG_VETO_WORDS = (_JOB_WORDS - {"score", "points", "level", "round"}) | frozenset(
    ["room", "rooms", "booking", "book", "reservation", "guests", "people", "hours", "table"]
)


@structure("sung_song_record", kind=dict, size=(2, 10), needs=(_needs_seconds,))
def sung_song_record(value: object) -> str | None:
    """A song named in words beside the plain seconds it was sung (a karaoke path)."""
    if not isinstance(value, dict) or priced_record(value) or public_screen(value):
        return None
    piece = seconds = None
    for key, item in value.items():
        text = _key_text(key)
        classes, words = viewing_classes(text)
        if words & _SUNG_VETO_WORDS or classes & _VETO_CLASSES:
            return None
        if _seconds_amount(text, item):
            seconds = seconds or text
        elif _plain_seconds_key(text):
            continue  # seconds out of range or a flag: not the song's name either
        elif (
            isinstance(item, str)
            and any(c.isalpha() for c in item)
            and (classes | set(play_words(text))) & _PIECE_CLASSES
        ):
            piece = piece or text
    return f"song ({piece}) sung for plain seconds ({seconds})" if piece and seconds else None
