"""A list held under a key that SAYS it is what was watched or listened to
(`watched`, Spanish `vistos`, German `gesehen`, Turkish `izlenen`, French
`ecoutes`), whose rows each name an item and how long it played.

A kids app's parent report (`{kid, watched: [{title, minutes, last_seen}]}`) says in
its own key what the list is, in the app's language, and each row gives a title
and the minutes it ran: a child's viewing day. A reader who does not speak the
language still sees "watched: these titles, this many minutes each".

Why the key must be the verb alone: `mostWatched`, `watchedBy`, `watchedCount`
are a catalogue's ranking or a statistic about everyone (see `aggregates`), a
GitHub-style `watching` list is repositories followed, and `watchlist` is what a
person plans to see. Why the rows need a time AMOUNT in a time unit: a list of
followed repositories, stocks or streamers has names but no minutes; a row with
a price is a product seen, not a programme watched.

A key may also join the verb to the noun each row names (`cameras_assistidas: [{camera,
segundos}]`, `kanaele_gesehen: [{kanal, minuten}]`, round 154): "the cameras watched",
each row that camera and how long. A camera's feed is a road's or a lobby's unless the
record around the list names the show it belongs to (a reality show's season, a match):
a public camera, a signage screen or a kiosk is nobody's viewing (`public_screens`)."""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, _numeric, key_word_set, structure
from .aggregates import aggregate_key
from .playback_vocab import _AD_WORDS, _NOT_PLAYBACK
from .playback_words import play_words, priced_row
from .public_screens import camera_feed, public_screen

# The verb classes a list key may be (past: what WAS watched or listened to).
_DONE = frozenset(["watched", "listened"])
# Words that may stand beside the verb in the list key (`watchedToday`, `vistos_hoy`
# read as `watched` + `today` once the lexicon maps it, `recentlyWatched`).
# Tok Pisin and Bislama (round 67, set 280): `ol_stori_yu_lukim` "the stories (a
# broadcaster's pieces) you watched", `ol` the plural marker and `stori` the piece.
_BESIDE = frozenset(
    ["today", "recently", "recent", "history", "list", "items", "titles", "videos", "episodes",
     "shows", "programmes", "programs", "tracks", "stories", "ol", "stori"]
)  # fmt: skip
# Time units a row's amount is given in, with seconds per unit.
_UNIT_SECONDS = {
    "minutes": 60.0, "mins": 60.0, "min": 60.0, "minute": 60.0,
    "seconds": 1.0, "secs": 1.0, "sec": 1.0, "s": 1.0, "hours": 3600.0, "ms": 0.001,
}  # fmt: skip
_AMOUNT_BESIDE = frozenset(["watched", "listened", "played", "total", "time"])
_NAME_WORDS = frozenset(["title", "name", "id"])
_ITEM_NOUNS = frozenset(
    ["video", "episode", "film", "movie", "show", "series", "programme", "program", "track",
     "song", "content", "cartoon"]
)  # fmt: skip
_MAX_DAY_SECONDS = 24 * 3600.0


@lru_cache(maxsize=16384)
def watched_list_key(key: str) -> bool:
    """`watched`, `vistos`, `watchedToday`: the key of a list of things watched."""
    words = play_words(key)
    if not 0 < len(words) <= 3 or aggregate_key(key):
        return False
    return bool(_DONE.intersection(words)) and set(words) <= _DONE | _BESIDE


@lru_cache(maxsize=16384)
def _amount_unit(key: str) -> float | None:
    """Seconds per unit of a row key that is a time amount (`minutes`, `watched_min`,
    `dakika`), or None."""
    words = play_words(key)
    units = [w for w in words if w in _UNIT_SECONDS]
    if len(units) != 1 or not set(words) <= _AMOUNT_BESIDE | set(units):
        return None
    return _UNIT_SECONDS[units[0]]


def _named(key: str, value: object, noun: str | None = None) -> bool:
    words = play_words(key)
    if not 0 < len(words) <= 2 or isinstance(value, bool) or value in ("", None):
        return False
    if not isinstance(value, str | int):
        return False
    if noun is not None:  # `cameras_assistidas` rows name the camera: `camera`, `camera_id`
        return words[0] == noun and (len(words) == 1 or words[-1] in _NAME_WORDS)
    return words[-1] in _NAME_WORDS or (len(words) == 1 and words[0] in _ITEM_NOUNS)


# What a `<noun>_watched` list may hold: a piece, or a feed a viewer tunes to (a show's
# camera, a channel, a station, a stream, a match's camera angle); stocks or
# repositories "watched" are followed, not seen.
_FEED_NOUNS = _ITEM_NOUNS | frozenset(
    ["camera", "channel", "station", "stream", "clip", "feed", "angle", "podcast", "lecture"]
)


@lru_cache(maxsize=16384)
def watched_noun_key(key: str) -> str | None:
    """The noun of `cameras_assistidas` ("cameras watched"): a noun and the watched
    verb, nothing else, so each row must name one of those nouns by that noun's own key
    (a stock watchlist's rows are named by a bare `id`, a ranking's key says `most`)."""
    words = play_words(key)
    if len(words) != 2 or aggregate_key(key) or not _DONE.intersection(words):
        return None
    nouns = [word for word in words if word not in _DONE | _BESIDE]
    if len(nouns) != 1:
        return None
    noun = nouns[0][:-1] if nouns[0].endswith("s") else nouns[0]  # `channels` names a channel
    return noun if noun in _FEED_NOUNS else nouns[0] if nouns[0] in _FEED_NOUNS else None


def _listed_key(key: str) -> bool:
    return watched_list_key(key) or watched_noun_key(key) is not None


def _timed_row(item: object, noun: str | None = None) -> bool:
    """`{title, minutes: 22, last_seen}`: an item and how long it played, in a day."""
    if not isinstance(item, dict) or not 2 <= len(item) <= 16 or priced_row(item):
        return False
    named = timed = False
    for key, value in item.items():
        text = _key_text(key)
        words = key_word_set(text)
        if words & _AD_WORDS or words & _NOT_PLAYBACK:
            return False
        named = named or _named(text, value, noun)
        unit = _amount_unit(text)
        number = _numeric(value)
        if unit is not None and number is not None and not isinstance(value, bool):
            timed = timed or 0 < number * unit <= _MAX_DAY_SECONDS
    return named and timed


# What the record around a camera list may name to make its feeds a show's.
_SHOW_NOUNS = _ITEM_NOUNS | frozenset(["season", "match", "concert"])


def _public_rows(value: dict, rows: list) -> bool:
    """Rows of public screens, or camera feeds in a record that names no show."""
    records = [row for row in rows if isinstance(row, dict)]
    if any(public_screen(row) and not camera_feed(row) for row in records):
        return True
    around = {word for key in value for word in play_words(_key_text(key))}
    return any(camera_feed(row) for row in records) and not _SHOW_NOUNS.intersection(around)


@structure("watched_key_rows", kind=dict, size=(1, 40), needs=(_listed_key,))
def watched_key_rows(value: object) -> str | None:
    """A `watched` (in any language) list whose rows (80 % or more) each name an
    item and how long it played: a day's or a history's viewing."""
    if not isinstance(value, dict):
        return None
    for key, rows in value.items():
        text = _key_text(key)
        if not _listed_key(text) or not isinstance(rows, list) or not rows:
            continue
        if len(rows) > 1000:
            continue
        noun = None if watched_list_key(text) else watched_noun_key(text)
        if noun is not None and _public_rows(value, rows):
            continue
        timed = sum(1 for row in rows if _timed_row(row, noun))
        if timed >= len(rows) * 0.8:
            return f"`{text}`: {timed} items, each with how long it played"
    return None
