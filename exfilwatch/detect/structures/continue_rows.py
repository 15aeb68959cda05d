"""A continue-watching rail's rows: each title and where the viewer stopped in it.

A streaming home screen asks its own endpoint for the titles a person started and left
(`GET /home/continue-watching`, Swahili `/endelea-kutazama`, Indonesian
`/lanjutkan-menonton`) and gets back rows that name each title and hold the position to
resume from (`{jina, nafasi_ya_mwisho}`, `{name, last_position}`). The path says whose
list it is (the rule reads it); the rows say how far into each title the person got.

What keeps other rows out: every row must name its item and hold a position that is a
playhead, not a slot. A rail's slots count 0, 1, 2 or 1, 2, 3 down the list; playheads
do not, and at least one is 30 or more (half a minute in). A priced row is a shop's.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from ._common import DAY_MS, _key_text, _numeric, structure, viewing_classes
from .aggregates import aggregate_key
from .history_records import _name_key
from .playback_words import play_words, priced_row

_POSITION_CLASSES = frozenset(["position", "playhead", "resume"])
_ROWS = (1, 500)
_SHORTEST_PLAYHEAD = 30
_AD_WORDS = frozenset(["ad", "ads", "advert", "creative", "campaign", "slot", "rank", "order"])


@lru_cache(maxsize=8192)
def _resume_key(key: str) -> bool:
    """A position, playhead or resume point (`nafasi_ya_mwisho`, `lastPosition`)."""
    classes, words = viewing_classes(key)
    classes = classes | frozenset(play_words(key))
    return bool(_POSITION_CLASSES & classes) and not _AD_WORDS & words and not aggregate_key(key)


def _row_position(row: object) -> float | None:
    """The row's playhead when the row also names its item; else None."""
    if not isinstance(row, dict) or not 2 <= len(row) <= 30 or priced_row(row):
        return None
    named = False
    position: float | None = None
    for key, value in row.items():
        text = _key_text(key)
        number = None if isinstance(value, bool) else _numeric(value)
        if _resume_key(text) and number is not None and 0 < number <= DAY_MS:
            position = float(number)
        elif _name_key(text) and isinstance(value, str) and value.strip():
            named = True
    return position if named else None


def _slots(positions: list[float]) -> bool:
    """0, 1, 2... or 1, 2, 3...: the rows' order down the rail, not playheads (a
    single row's position is judged by its size alone)."""
    ordered = sorted(positions)
    return len(ordered) > 1 and all(b - a == 1 for a, b in pairwise(ordered))


@structure("continue_rail_rows", kind=list, size=_ROWS)
def continue_rail_rows(value: object) -> str | None:
    """Rows each naming a title and a playhead in it (the rule asks the path to say
    continue watching or listening)."""
    if not isinstance(value, list) or not value or not isinstance(value[0], dict):
        return None
    positions = [_row_position(row) for row in value[: _ROWS[1]]]
    if any(p is None for p in positions):
        return None
    found = [p for p in positions if p is not None]
    if _slots(found) or max(found) < _SHORTEST_PLAYHEAD:
        return None
    return f"{len(found)} rows each naming a title and the position to resume it from"
