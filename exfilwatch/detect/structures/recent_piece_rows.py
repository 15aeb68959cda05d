"""A "recently" list whose rows each name a station or a programme with when it was last
heard or how far it got (round 60, set 219).

A radio and podcast app's home answers `{"prosfata": [{"stathmos": "..", "teleftaia":
<moment>}, {"podcast": "..", "thesi": 334}]}` (Greek "recently": station, last; podcast,
position), in English `{"recent": [{"station", "last_played"}, {"podcast", "position"}]}`.
The list key says only "recently" (the lexicon's `recently` class in any language), so the
rows must say the rest: every row names a piece (a media noun, or a station or channel
heard) and either a moment under a key that says last, recently or the act (`teleftaia`,
`last_played`), or a playhead (a position or progress number within a day). A station
alone is also a transit app's (`{"recent": [{"station": "Kings Cross", "lastUsed": ..}]}`),
so the list must also show media beyond a station: a row naming a programme, a podcast,
an episode or a song, or a moment key that says played, listened or heard.

Not read: a shop's recently viewed products (a price, an SKU: `priced_row`), recent
searches or contacts (no media noun), a list of fewer than two rows.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_MS, _key_text, _numeric, is_moment, structure
from .playback_vocab import _MEDIA_NOUNS
from .playback_words import play_words, priced_row

# What a recently-heard row may name: a piece, or the station or channel it played on.
_STATION_NOUNS = frozenset(["station", "radio_station", "channel", "radio"])
_PIECE_NOUNS = _MEDIA_NOUNS | frozenset(["program"])
# A moment key that says "last" or "recently", or the act itself.
_LAST_WORDS = frozenset(["recently", "last", "latest"])
_ACT_WORDS = frozenset(["played", "listened", "heard", "watched"])
# Nothing else in the moment key: `lastUpdated`, `last_published` date the catalogue.
_MOMENT_WORDS = _LAST_WORDS | _ACT_WORDS | frozenset(["at", "time", "on", "date", "when"])
_PLAYHEAD_WORDS = frozenset(["position", "progress", "playhead"])
_LIST_REST = frozenset(["played", "listened", "heard", "list", "items"])
_MIN_PLAYHEAD = 30


@lru_cache(maxsize=16384)
def _recent_key(key: str) -> bool:
    """`recent`, `prosfata`, `recientes`, `recent_items`: a list named only "recently"."""
    words = play_words(key)
    return 0 < len(words) <= 2 and words[0] == "recently" and set(words[1:]) <= _LIST_REST


def _row(item: object) -> tuple[bool, bool] | None:
    """(names a piece beyond a station, says the act) for a qualifying row, else None."""
    if not isinstance(item, dict) or not 2 <= len(item) <= 12 or priced_row(item):
        return None
    piece = station = timed = act = False
    for key, value in item.items():
        words = play_words(_key_text(key))
        if not words or isinstance(value, bool):
            continue
        if len(words) == 1 and isinstance(value, str | int) and value != "":
            piece = piece or words[0] in _PIECE_NOUNS
            station = station or words[0] in _STATION_NOUNS
        said = set(words)
        if is_moment(value) and said & (_LAST_WORDS | _ACT_WORDS) and said <= _MOMENT_WORDS:
            timed = True
            act = act or bool(said & _ACT_WORDS)
        number = _numeric(value)
        if said & _PLAYHEAD_WORDS and len(words) <= 2 and number is not None:
            # a rank (`position: 3`) numbers the list; a playhead is seconds into the piece
            timed = timed or _MIN_PLAYHEAD <= number <= DAY_MS
    if not (piece or station) or not timed:
        return None
    return piece, act


@structure("recent_piece_rows", kind=dict, size=(1, 60), needs=(_recent_key,))
def recent_piece_rows(value: object) -> str | None:
    """Two or more rows under a "recently" key, each a piece or station with when it
    was last heard or how far it got, and media beyond a station named."""
    if not isinstance(value, dict):
        return None
    for key, items in value.items():
        if not isinstance(items, list) or not 2 <= len(items) <= 500:
            continue
        if not _recent_key(_key_text(key)):
            continue
        rows = [_row(item) for item in items]
        if any(r is None for r in rows):
            continue
        if any(piece or act for piece, act in rows):  # type: ignore[misc]
            return f"{len(items)} rows under `{key}` (recently) naming what was heard and when"
    return None


# Round 61 (set 232): the same list dated under a bare "when" (`cuando`, `at`, `time`), its
# rows naming a song by its artist and its name (`{"temaId", "tema", "artista", "cuando"}`,
# Rioplatense `tema` a song). A bare moment says nothing of the act, and a catalogue's recent
# releases are dated and carry artists too, so the rule that reads it (recently_heard_dated_rows)
# also needs a path that says listened, played or watched (`/yo/escuchado-recientemente`).
_BARE_MOMENT_WORDS = frozenset(["at", "time", "on", "date", "when"])
_ARTIST = "artist"
_NOT_HEARD_ROW = frozenset(["release", "released", "releases", "upcoming", "publish", "published",
                            "added", "created", "updated", "price", "sku"])  # fmt: skip


def _dated_row(item: object) -> bool:
    """A row naming a piece (a media noun, or an artist beside another name) with one
    moment under a key that says only when; a station alone does not count."""
    if not isinstance(item, dict) or not 2 <= len(item) <= 12 or priced_row(item):
        return False
    piece = artist = timed = False
    named = 0
    for key, value in item.items():
        words = play_words(_key_text(key))
        if not words or isinstance(value, bool):
            continue
        if set(words) & _NOT_HEARD_ROW:
            return False
        said = set(words)
        if is_moment(value):
            timed = timed or said <= (_BARE_MOMENT_WORDS | _LAST_WORDS | _ACT_WORDS)
            continue
        if len(words) == 1 and isinstance(value, str) and value.strip():
            piece = piece or words[0] in _PIECE_NOUNS
            artist = artist or words[0] == _ARTIST
            named += words[0] != _ARTIST
    return timed and (piece or (artist and named >= 1))


@structure("recent_dated_rows", kind=dict, size=(1, 60), needs=(_recent_key,))
def recent_dated_rows(value: object) -> str | None:
    """Two or more rows under a "recently" key, each naming a piece with a moment under a
    bare "when" (the rule's path says the act)."""
    if not isinstance(value, dict):
        return None
    for key, items in value.items():
        if not isinstance(items, list) or not 2 <= len(items) <= 500:
            continue
        if _recent_key(_key_text(key)) and all(_dated_row(item) for item in items):
            return f"{len(items)} dated rows under `{key}` (recently) naming what was heard"
    return None
