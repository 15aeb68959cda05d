"""Daily listen logs: how long was listened today, beside a history of days, each
with the recordings (episodes, songs, recited chapters) played that day.

A Quran or podcast app's tracker (`{today_listened_minutes, history: [{date,
surahs: [18, 36]}]}`) says in its keys that it counts listening, and each day's row
lists what was played. A language course's listening practice lists lessons, a
fitness log lists workouts and a reading tracker counts minutes read: none has both
a listened or watched amount and days of media items.
"""

from __future__ import annotations

from ._common import (
    _key_text,
    _numeric,
    structure,
)
from .playback_vocab import _DONE_VERBS, _NOT_PLAYBACK
from .playback_words import _ALL_NOUNS, play_words

_AMOUNT_WORDS = frozenset(["today", "daily", "total", "day", "week"])
_UNITS = frozenset(["minutes", "seconds", "ms", "hours", "secs", "mins"])
_DAY_WORDS = frozenset(["date", "day"])
# Nouns a course, a feed or a shop lists too: only recordings count.
_NOT_RECORDINGS = frozenset(
    ["lesson", "lecture", "item", "entry", "post", "photo", "title", "content", "asset",
     "chapter", "book", "cid", "channel", "station", "anchor", "streamer"]
)  # fmt: skip
_RECORDINGS = _ALL_NOUNS - _NOT_RECORDINGS


def _listened_amount(key: str, value: object) -> bool:
    """`today_listened_minutes`: a watching or listening verb with a time unit."""
    words = set(play_words(key))
    return (
        bool(words & _DONE_VERBS)
        and bool(words & _UNITS)
        and words <= _DONE_VERBS | _UNITS | _AMOUNT_WORDS
        and not isinstance(value, bool)
        and _numeric(value) is not None
    )


def _ids(value: object) -> bool:
    if isinstance(value, list):
        return 0 < len(value) <= 200 and all(
            isinstance(v, int | str) and not isinstance(v, bool) for v in value
        )
    return isinstance(value, int | str) and not isinstance(value, bool) and value != ""


def _day_row(item: object) -> bool:
    """`{date, surahs: [18, 36]}`: a day and the recordings played on it."""
    if not isinstance(item, dict) or not 1 < len(item) <= 12:
        return False
    dated = played = False
    for key, value in item.items():
        words = play_words(_key_text(key))
        if not words or _NOT_PLAYBACK.intersection(words):
            continue
        dated = dated or (bool(_DAY_WORDS.intersection(words)) and isinstance(value, str | int))
        played = played or (len(words) == 1 and words[0] in _RECORDINGS and _ids(value))
    return dated and played


def _day_rows(value: object) -> bool:
    if not isinstance(value, list) or not 0 < len(value) <= 400:
        return False
    return sum(map(_day_row, value)) >= len(value) * 0.8


@structure("listened_days", kind=dict, size=(2, 30))
def listened_days(value: object) -> str | None:
    """A record with a listened or watched time and a list of days, each with the
    recordings played that day: a daily listening log."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 30:
        return None
    items = [(_key_text(k), v) for k, v in value.items()]
    if not any(_listened_amount(k, v) for k, v in items):
        return None
    for key, rows in items:
        if _day_rows(rows):
            return f"a listened or watched time with `{key}`: days of recordings played"
    return None
