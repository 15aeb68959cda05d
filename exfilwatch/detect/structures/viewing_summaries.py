"""A TV's own summary of what it watched: minutes per channel under a viewing word.

A smart TV reports its household's viewing as a summary (`POST /insights/viewing-summary`
`{"viewingSummary": [{"channel": "PRO TV", "minutes": 91, "date": "2025-01-06"}, ...]}`):
each row a channel named by text with a bare time amount. That is this household's
viewing. An audience report (a broadcaster's or a panel's) has the same rows for
everyone; it says so with audience words (viewers, audience, reach, share, rating,
households: `aggregate_key` and `_AUDIENCE_WORDS`) or with amounts no one household
reaches (more than a day per row). The rule reads requests only.
"""

from __future__ import annotations

from ._common import DAY_SECONDS, _key_text, _numeric, key_words, structure
from .aggregates import aggregate_key
from .playback_words import play_words, priced_row
from .viewing_lists import _viewing_list_key

_UNIT_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600}
_AUDIENCE_WORDS = frozenset(
    ["share", "rating", "ratings", "reach", "households", "homes", "panel", "panelists",
     "impressions", "universe", "trp", "grp", "amr", "population", "total", "sum", "avg"]
)  # fmt: skip
_ROW_SIZE = 8
_CHANNEL_KEYS = frozenset([("channel",), ("channel", "name"), ("channel", "title")])


def _audience(key: str) -> bool:
    return aggregate_key(key) or bool(
        _AUDIENCE_WORDS.intersection(key_words(key))
        or _AUDIENCE_WORDS.intersection(play_words(key))
    )


def _channel_row(item: object) -> bool:
    if not isinstance(item, dict) or not 1 < len(item) <= _ROW_SIZE or priced_row(item):
        return False
    channel = amount = False
    for k, v in item.items():
        key = _key_text(k)
        if _audience(key):
            return False
        words = play_words(key)
        if words in _CHANNEL_KEYS and isinstance(v, str) and v.strip():
            channel = True
        elif len(words) == 1 and words[0] in _UNIT_SECONDS and not isinstance(v, bool):
            number = _numeric(v)
            if number is None or not 0 < number * _UNIT_SECONDS[words[0]] <= DAY_SECONDS:
                return False
            amount = True
    return channel and amount


@structure("viewing_summary_channel_rows", kind=dict, size=(1, 20))
def viewing_summary_channel_rows(value: object) -> str | None:
    """Rows of a channel and a bare time amount under a key that says viewing."""
    if not isinstance(value, dict) or any(_audience(_key_text(k)) for k in value):
        return None
    for k, items in value.items():
        key = _key_text(k)
        if not isinstance(items, list) or not 0 < len(items) <= 500 or not _viewing_list_key(key):
            continue
        rows = sum(1 for item in items if _channel_row(item))
        if rows and rows >= len(items) * 0.8:
            return f"{rows} channels with a time amount under `{key}`"
    return None
