"""A piece named and how long it played, under whatever abbreviation the app's writer
chose (round 154).

Apps in every language log a play as an item and a time: `{kanta_id, tagal_seg}`
(Tagalog "song", "length in seconds"), `{item_id, play_dur}`, `{cinema_id, samayam_sec}`
(Malayalam "time"), `{match, kitni_der_dekha_min}` (Hindi-Urdu "how long watched").
The item is named by an id, a title or a name key, or by a media noun alone (`clip`,
`match`, `song`); the time is a key with a time unit or a duration word in any language
the viewing lexicon reads, or the abbreviations every language uses (`seg`, `sec`, `s`,
`ms`, `min`, `dur`). Neither key says "watched": the PATH does, so the rules ask the URL
to say it is a play log (`/playlog`, `/stats/play`) or a watched / listened record
(`/kandathu`, Malayalam "watched"; `/user/dekha`, Hindi "watched").

What these detectors do not read: a row with a price (an order), an ad's or a game's
words, a record of ground covered (a run, a route), a public screen's or a camera's
report (`public_screens`), a count or an average (`aggregates`), and a time amount
beyond a day.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ._common import DAY_SECONDS, _key_text, _numeric, key_word_set, structure, viewing_classes
from .aggregates import aggregate_key
from .playback_vocab import _AD_WORDS, _MEDIA_NOUNS, _NOT_PLAYBACK
from .playback_words import play_words, priced_row
from .public_screens import public_screen

# Seconds per unit of a time amount's key; `dur` and a bare duration give no unit, so
# the amount may be seconds or milliseconds and is bounded by a day in ms.
_UNIT_SECONDS = {
    "seconds": 1.0, "sec": 1.0, "secs": 1.0, "seg": 1.0, "s": 1.0, "ms": 0.001,
    "minutes": 60.0, "min": 60.0, "mins": 60.0, "hours": 3600.0, "hrs": 3600.0,
}  # fmt: skip
_DURATION_WORDS = frozenset(["dur", "duration", "time", "length"])
_PLAYED_CLASSES = frozenset(["watched", "watching", "listened", "listen", "played", "playback"])
_NAME_WORDS = frozenset(["id", "title", "name", "uuid", "slug"])
_NAME_CLASSES = frozenset(["id", "title", "name"])
# A media noun alone names the piece (`clip: "hl_474"`, `song: "..."`); a match or a
# concert is watched as a broadcast.
_PIECE_NOUNS = _MEDIA_NOUNS | frozenset(["match", "track", "song", "lecture", "sermon"])
# What an app calls the piece when it names no medium (`item_id`, `content_id`).
_GENERIC_PIECES = frozenset(["item", "content", "media", "asset", "cinema", "aweme", "title"])
# Ground covered, a call, a workout, a message, an instrument practised, a sportsman's
# minutes on the pitch, an auction's lot: a time with no piece played to a viewer or a
# listener in it.
_NOT_PLAYED = frozenset(
    ["distance", "km", "meters", "metres", "lat", "lon", "lng", "pace", "steps", "route",
     "call", "calls", "caller", "workout", "exercise", "sleep", "parking", "ride", "trip",
     "delivery", "quiz", "level", "stage", "battery", "charging", "message", "voicemail",
     "practice", "practise", "drill", "athlete", "team", "boardgame",
     # a marketplace's "watched" lot is followed for its bids, not seen
     "bid", "bids", "auction", "lot", "offer", "cart", "wishlist"]
)  # fmt: skip
# An id of whoever or whatever did the playing is no piece (`user_id`, `player_id`).
_NOT_ITEMS = frozenset(
    ["user", "uid", "member", "account", "customer", "device", "session", "player", "profile",
     "client", "app", "install", "request", "store", "order", "owner", "box", "mic"]
)  # fmt: skip
_MIN_ROW_KEYS, _MAX_ROW_KEYS = 2, 12


@lru_cache(maxsize=16384)
def _item_key(key: str) -> bool:
    """`kanta_id`, `cinema_id`, `title`, `peru` ("name"), `clip`: the key naming the piece."""
    words = play_words(key)
    if not 0 < len(words) <= 3 or _NOT_ITEMS.intersection(key_word_set(key) | set(words)):
        return False
    classes, _ = viewing_classes(key)
    if len(words) == 1:
        return words[0] in _PIECE_NOUNS | _NAME_WORDS or bool(classes & _NAME_CLASSES)
    # `kanta_id`, `item_id`: the id is the PIECE's (a route's, a product's, an app's is not)
    return words[-1] in _NAME_WORDS and set(words[:-1]) <= _PIECE_NOUNS | _GENERIC_PIECES


@lru_cache(maxsize=16384)
def _time_unit(key: str) -> float | None:
    """Seconds per unit of a key that is a time amount (`tagal_seg`, `play_dur`,
    `samayam_sec`, `kitni_der_dekha_min`), 0.0 when no unit is said, None for no time."""
    if aggregate_key(key):
        return None
    words = set(play_words(key)) | key_word_set(key)
    classes, _ = viewing_classes(key)
    units = [_UNIT_SECONDS[word] for word in words if word in _UNIT_SECONDS]
    if len(set(units)) > 1:
        return None
    said = words | classes
    if units and (said & (_DURATION_WORDS | _PLAYED_CLASSES | {"duration"}) or len(words) <= 2):
        return units[0]
    if said & _DURATION_WORDS and (said & _PLAYED_CLASSES or "dur" in words):
        return 0.0
    return None


def _within_a_day(value: object, unit: float) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    if number is None or number <= 0:
        return False
    return number * unit <= DAY_SECONDS if unit else number <= DAY_SECONDS * 1000


def _vetoed(row: dict) -> bool:
    """An order, an ad, a game, a trip or a public screen: no piece played by a person."""
    if priced_row(row) or public_screen(row):
        return True
    for key in row:
        words = key_word_set(_key_text(key)) | set(play_words(_key_text(key)))
        if words & (_AD_WORDS | _NOT_PLAYBACK | _NOT_PLAYED):
            return True
    return False


def played_item(row: object) -> bool:
    """A small record naming a piece and how long it played, within a day."""
    if not isinstance(row, dict) or not _MIN_ROW_KEYS <= len(row) <= _MAX_ROW_KEYS:
        return False
    if _vetoed(row):
        return False
    named = timed = False
    for key, value in row.items():
        text = _key_text(key)
        unit = _time_unit(text)
        if unit is not None:
            timed = timed or _within_a_day(value, unit)
        elif _item_key(text) and isinstance(value, str | int) and not isinstance(value, bool):
            named = named or value != ""
    return named and timed


def _most_rows(value: object, fits: Callable[[object], bool]) -> int:
    """How many of a list's first 500 rows fit, when 80 % or more of them do; else 0."""
    if not isinstance(value, list) or not value or not isinstance(value[0], dict):
        return 0
    rows = value[:500]
    fitting = sum(1 for row in rows if fits(row))
    return fitting if fitting >= len(rows) * 0.8 else 0


@structure("played_item_rows", kind=list, size=(1, 2000))
def played_item_rows(value: object) -> str | None:
    """Rows (80 % or more) each naming a piece and how long it played (the rule asks the
    path to say play log)."""
    played = _most_rows(value, played_item)
    return f"{played} rows each naming a piece and how long it played" if played else None


@structure("played_item_record", kind=dict, size=(_MIN_ROW_KEYS, _MAX_ROW_KEYS))
def played_item_record(value: object) -> str | None:
    """One record naming a piece and how long it played (the rule asks the path to say
    watched or listened)."""
    if played_item(value):
        return "a piece named with how long it played"
    return None


# A key that itself says where playback got to: `playedUpTo`, `played_position`
# (played and a position), `watchedSec`, `listened_seconds` (watched or listened and a
# time unit). `minutes_played` is a footballer's or a gamer's as often as a viewer's.
_POSITION_WORDS = frozenset(["position", "playhead"])
_SEEN_WORDS = frozenset(["watched", "listened"])


@lru_cache(maxsize=16384)
def _played_position_key(key: str) -> bool:
    words = set(play_words(key)) | key_word_set(key)
    if aggregate_key(key) or words & _AD_WORDS:
        return False
    if words & (_SEEN_WORDS | {"played"}) and words & _POSITION_WORDS:
        return True
    return bool(words & _SEEN_WORDS and words & set(_UNIT_SECONDS))


def _played_position_row(row: object) -> bool:
    """An item named with how far into it playback got, the key saying played."""
    if not isinstance(row, dict) or not _MIN_ROW_KEYS <= len(row) <= 24 or _vetoed(row):
        return False
    named = placed = False
    for key, value in row.items():
        text = _key_text(key)
        if _played_position_key(text):
            placed = placed or _within_a_day(value, 0.0)
        elif _item_key(text) and isinstance(value, str | int) and not isinstance(value, bool):
            named = named or value != ""
    return named and placed


@structure("played_position_rows", kind=list, size=(1, 5000))
def played_position_rows(value: object) -> str | None:
    """Rows (80 % or more) each naming an item and where its playback got to, under a
    key saying played (`playedUpTo`): a listening or watching history answer (the rule
    asks the path to say history)."""
    placed = _most_rows(value, _played_position_row)
    return f"{placed} rows each naming an item and where its playback got to" if placed else None
