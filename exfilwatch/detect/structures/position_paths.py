"""Where playback of one item stopped, written to the item's own "last position" entry,
in any language (round 49: a Romanian IPTV app's `PUT /timeshift/101/ultimaPozitie`
`{canal, ultimaPoziție: 6931}`).

A player saves its resume point as a position QUALIFIED by when it was taken: last,
current, saved, stopped, paused (`lastPosition`, `ultimaPozitie`, `posizioneSalvata`,
`teleftaia_thesi`). A list's, a map's or a form's position is never qualified so: a
kanban card's `pos`, a slider's `position`, a courier's `currentLocation` say their place
without "last" or carry coordinates. The lexicon's `recently` class holds most languages'
"last" (`ultima`, `akharin`, `son`), since a last-watched list and a last position share it.

What keeps the reading to playback: the number is a playhead (ten seconds to a day in
milliseconds, as `resume_writes` reads one), the object is small and holds beside it only
what a resume point carries (when it was saved, the channel or piece it belongs to), so
a card's column, a playlist's sort order or a game's level make it something else; and
the rule takes it only as a write to a URL path whose last segment names the position
after a segment holding an id.

The same module reads a person's own queue (`/me/up-next`): its rows are a continue
rail's (`continue_rows`), and none may name a file, a page or a job (a print queue's);
and rows stamped with WHEN the person listened or watched under a timestamp abbreviation
and the act's bare verb (`TS_LISTEN`, `watch_ts`, `listenTime` holding a moment) beside
a title: a music service's recently-played answer. The verb must be the person's
(listen, watch), not `play`, which a station's own now-playing list says too.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, is_moment, structure
from .continue_rows import continue_rail_rows
from .playback_words import play_words, priced_row
from .resume_writes import _NOT_MEDIA, _UNITS, _media_number

_POSITION = frozenset(["position", "pos", "playhead", "offset"])
# A playback position (`playbackPosition`, Danish `afspilningsposition`, a playhead) is
# qualified too: where the player stood, which a card's or a map's position never says
# (round 66, set 267).
_QUALIFIERS = frozenset(
    ["last", "recently", "current", "saved", "stopped", "paused", "resume", "stop", "latest",
     "playback", "playhead"]
)  # fmt: skip
# What may sit beside a resume point: the channel or piece it belongs to, a time unit.
_BESIDE = frozenset(
    ["channel", "programme", "program", "title", "name", "episode", "video", "film", "show",
     "series", "song", "track", "content", "drama", "podcast", "id", "duration"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def qualified_position_key(key: str) -> bool:
    """`lastPosition`, `ultimaPozitie`, `savedOffsetMs`: a position said to be the one
    where playback was left, and nothing else (no third noun: `lastMapPosition`)."""
    words = set(play_words(key))
    return (
        bool(words & _POSITION)
        and bool(words & _QUALIFIERS)
        and words <= _POSITION | _QUALIFIERS | _UNITS
    )


@structure("qualified_position_write", kind=dict, size=(1, 6), needs=(qualified_position_key,))
def qualified_position_write(value: object) -> str | None:
    """A small write holding where playback was left, as a playhead in time."""
    if not isinstance(value, dict):
        return None
    pairs = [(_key_text(k), v) for k, v in value.items()]
    position = next((k for k, v in pairs if qualified_position_key(k) and _media_number(v)), None)
    if position is None or not all(_beside(k, v) for k, v in pairs if k != position):
        return None
    return f"where playback of the item in the URL path was left: {position}"


def _beside(key: str, value: object) -> bool:
    """A member a resume point carries: when it was saved, or what it belongs to."""
    words = set(play_words(key))
    if words & _NOT_MEDIA:
        return False
    return is_moment(value) or bool(words & _BESIDE)


@structure("own_queue_rows", kind=list, size=(1, 500))
def own_queue_rows(value: object) -> str | None:
    """A person's queue whose rows each name an item and where it was left."""
    if not isinstance(value, list) or any(_transfer_row(row) for row in value[:50]):
        return None
    found = continue_rail_rows(value)
    return f"own queue: {found}" if found else None


def _transfer_row(row: object) -> bool:
    """A row of a print, upload or download queue (a file, pages, bytes)."""
    return isinstance(row, dict) and any(
        _NOT_MEDIA.intersection(play_words(_key_text(k))) for k in row
    )


_STAMP_WORDS = frozenset(["ts", "timestamp", "time", "date", "at"])
_PERSON_ACTS = frozenset(["listen", "listened", "listening", "watch", "watched", "watching"])
_TITLE_WORDS = frozenset(["title", "name", "song", "track", "episode", "video", "film", "show"])


@lru_cache(maxsize=8192)
def _act_stamp_key(key: str) -> bool:
    """`TS_LISTEN`, `watch_ts`, `listenTime`: an act of listening or watching and a stamp."""
    words = set(play_words(key))
    return len(words) == 2 and bool(words & _STAMP_WORDS) and bool(words & _PERSON_ACTS)


def _stamped_row(row: object) -> bool:
    if not isinstance(row, dict) or not 2 <= len(row) <= 24 or priced_row(row):
        return False
    pairs = [(_key_text(k), v) for k, v in row.items()]
    if any(_NOT_MEDIA.intersection(play_words(k)) for k, _ in pairs):
        return False
    stamped = any(_act_stamp_key(k) and is_moment(v) for k, v in pairs)
    titled = any(
        _TITLE_WORDS.intersection(play_words(k)) and isinstance(v, str) and not is_moment(v)
        for k, v in pairs
    )
    return stamped and titled


@structure("act_stamped_rows", kind=list, size=(2, 500))
def act_stamped_rows(value: object) -> str | None:
    """Rows each naming a piece and when the person listened to or watched it."""
    if not isinstance(value, list) or len(value) < 2:
        return None
    if all(_stamped_row(row) for row in value[:50]):
        return f"{len(value)} rows each with a title and when it was listened to or watched"
    return None
