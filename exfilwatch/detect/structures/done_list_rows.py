"""A list whose key says it is what the person watched or listened to, each row naming
an item and where in it or how long they were: whatever language the keys are in.

An app's own record of what a person played says so in its key, in its language
(Cantonese `tai_gwo`, "watched"; Arabic `سجل_الاستماع`, "listening history"; Maori
`matakitakina`), and each row names the item (a title, a match, a numbered chapter of a
recitation) beside a time in it: a playhead (`tai_dou`, "watched up to") or a duration
(`المدة`). `watched_key_rows` asks its rows for an amount in a time unit; these rows hold
a position or a bare duration instead, which a reader of the key still reads as "played
this far".

What keeps other lists out: the key must say watched or listened (not `watchlist`, not
`mostWatched`: see `aggregates`), or history with a listening or watching verb; a row
must name its item and hold a time no longer than a day; a priced row is a shop's, an ad's
or an upload's row is not a person's playback; and positions 0, 1, 2... are a list's
order, not playheads, so at least one time must be half a minute or more.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from ._common import DAY_MS, _key_text, _numeric, is_moment, structure
from .aggregates import aggregate_key
from .playback_vocab import _AD_WORDS, _NOT_PLAYBACK
from .playback_words import play_words, priced_row
from .watched_key_rows import watched_list_key
from .watched_objects import fixture_viewer_rows, watch_log_key

# A history is the person's own when its key joins it to a verb of playing.
# Not `watch`: a smartwatch's history (`watch_history: [{name: "Morning run", duration}]`)
# is its wearer's workouts.
_HISTORY_VERBS = frozenset(
    ["listen", "listened", "listening", "watching", "watched", "viewing", "played", "playback"]
)
# Row keys naming the item, whose value may be a text or a number (`episode: 12`,
# a surah's number).
_ITEM_CLASSES = frozenset(
    ["title", "name", "video", "episode", "film", "song", "track", "content", "programme",
     "program", "fixture", "match", "recitation", "chapter", "series", "podcast", "lecture",
     "audiobook"]
)  # fmt: skip
# Not a bare `time`: a watched stock's `time: 930` is the market's clock, not a playhead.
_TIME_CLASSES = frozenset(["position", "playhead", "resume", "duration", "seconds", "minutes"])
_ROW_KEYS = (2, 16)
_ROWS_MAX = 500
_SHORTEST_TIME = 30


@lru_cache(maxsize=16384)
def done_list_key(key: str) -> bool:
    """`tai_gwo`, `watched`, `listening_history`, `سجل_الاستماع`: a list of what was played."""
    if watched_list_key(key):
        return True
    words = play_words(key)
    return (
        len(words) == 2
        and "history" in words
        and bool(_HISTORY_VERBS.intersection(words))
        and not aggregate_key(key)
    )


@lru_cache(maxsize=16384)
def _row_key_role(key: str) -> str | None:
    """`item` for a key naming the row's item, `time` for a time in it, else None;
    `not` for a key that makes the row an ad's or a transfer's."""
    words = frozenset(play_words(key))
    if words & _AD_WORDS or words & _NOT_PLAYBACK:
        return "not"
    if aggregate_key(key):
        return None
    if words & _TIME_CLASSES:
        return "time"
    if words & _ITEM_CLASSES:
        return "item"
    return None


def _row_time(row: object) -> float | None:
    """The row's time when the row also names its item; else None."""
    if not isinstance(row, dict) or not _ROW_KEYS[0] <= len(row) <= _ROW_KEYS[1]:
        return None
    if priced_row(row):
        return None
    named = False
    time: float | None = None
    for key, value in row.items():
        role = _row_key_role(_key_text(key))
        if role == "not":
            return None
        if isinstance(value, bool) or value is None:
            continue
        number = _numeric(value)
        if role == "time" and number is not None and 0 < number <= DAY_MS:
            time = float(number)
        elif role == "item" and (isinstance(value, int) or (isinstance(value, str) and value)):
            named = True
    return time if named else None


# A row's moment under a key saying only when (`когда`, `at`, `date`) or the act itself
# (`listened_at`, `last_played`): not `ends_at`, `created_at`, `due` (round 54).
_WHEN_WORDS = frozenset(
    ["when", "at", "on_day", "date", "time", "timestamp", "ts", "played", "listened", "watched",
     "heard", "listen", "watching", "last", "recently"]
)  # fmt: skip
# A list's key that says it was heard (its rows' performer sang them).
_HEARD_LIST = frozenset(["listen", "listened", "listening", "heard"])
# A voicemail's or a message's row is listened to at a moment too.
_NOT_HEARD = frozenset(["message", "voicemail", "messagerie", "sms", "caller", "price"])


def _row_moment(row: object, heard: bool = False) -> bool:
    """`{"трек": "Shahzoda - Sevgi", "когда": "<ISO>"}`: the row names its item and when.
    `heard`: the list's key says listened, so a performer beside a bare name is a singer."""
    if not isinstance(row, dict) or not _ROW_KEYS[0] <= len(row) <= _ROW_KEYS[1]:
        return False
    if priced_row(row):
        return False
    named = timed = bare_name = performer = False
    for key, value in row.items():
        text = _key_text(key)
        role = _row_key_role(text)
        if role == "not" or _NOT_HEARD.intersection(play_words(text)):
            return False
        if role == "item" and (isinstance(value, int) or (isinstance(value, str) and value)):
            # a bare `name` (`имя`) is a caller's or a contact's as often as a piece's
            bare = play_words(text) == ("name",)
            named = named or not (isinstance(value, bool) or bare)
            bare_name = bare_name or (bare and isinstance(value, str))
        elif role is None and is_moment(value) and set(play_words(text)) <= _WHEN_WORDS:
            timed = True
        elif role is None and isinstance(value, str) and value and "artist" in play_words(text):
            performer = True
    # ... but in a listened list, beside the artist who sings it, a bare name is a song's
    # (Lingala `eyoki: [{kombo, moyembi}]`, "name", "singer"; round 64): a contact has no
    # performer, and a painting's artist in a list of works seen is no listening
    return (named or (heard and bare_name and performer)) and timed


def _slots(times: list[float]) -> bool:
    ordered = sorted(times)
    return len(ordered) > 1 and all(b - a == 1 for a, b in pairwise(ordered))


def _done_or_watch_log_key(key: str) -> bool:
    return done_list_key(key) or watch_log_key(key)


@structure("done_list_rows", kind=dict, size=(1, 40), needs=(_done_or_watch_log_key,))
def done_list_rows(value: object) -> str | None:
    """A watched or listened list (in any language) whose every row names an item and
    a time in it."""
    if not isinstance(value, dict):
        return None
    for key, rows in value.items():
        text = _key_text(key)
        if isinstance(rows, dict) and done_list_key(text):
            # One row alone (round 66, set 271): XML's single `<castiadu .../>` element
            # decodes to an object where two decode to a list.
            rows = [rows]
        if not isinstance(rows, list) or not 0 < len(rows) <= _ROWS_MAX:
            continue
        if not done_list_key(text):
            # `watch_log` (round 54): a bare `watch` is a smartwatch's too, so its rows
            # must each be the viewer's act on a match at a minute of it.
            if watch_log_key(text) and fixture_viewer_rows(rows):
                return f"`{text}`: {len(rows)} acts of a viewer on a match, each at a minute"
            continue
        times = [_row_time(row) for row in rows]
        found = [t for t in times if t is not None]
        heard = bool(_HEARD_LIST.intersection(play_words(text)))
        if not found and all(_row_moment(row, heard) for row in rows):
            return f"`{text}`: {len(rows)} items, each named with when it was played"
        if len(found) != len(times) or _slots(found) or max(found) < _SHORTEST_TIME:
            continue
        return f"`{text}`: {len(found)} items, each named with a time in it"
    return None
