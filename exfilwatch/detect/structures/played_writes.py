"""ONE play written to a watching or listening history (round 50).

A history endpoint's answer is rows (`history_records.timed_item_rows`); the app writes
them one at a time: `POST /luistergeschiedenis {nummerId, luisterduur, afgespeeldOp}` (Dutch
"listening history": track id, listening time, played at), `POST /historial-visionado
{episodioId, minutosVistos, vistoEl}`. The record is the same row: it names its item (an
id, title or name key), where playback got or how long it played in time units under a
key that says the act or a position (`luisterduur`, `posicion_seg`), and a moment. The
rule asks the path to say watching or listening history, as the answer's rule does.

Not read: an order or a booking (a price), a record with no playback time (a chat's or a
login's history), an ad's time, an amount beyond a day, and what a game, a quiz or an
exercise records (a score, a level: a language course's listening exercise is practice,
not a piece played to a listener).
"""

from __future__ import annotations

from ._common import _key_text, key_word_set, structure
from .history_records import _timed_item_row
from .played_moments import _GAME_WORDS
from .played_records import _vetoed


def _practice_or_game(value: dict) -> bool:
    """A score, a level, a quiz or an exercise: what a game or a course records."""
    return _vetoed(value) or any(key_word_set(_key_text(k)) & _GAME_WORDS for k in value)


@structure("timed_item_write", kind=dict, size=(3, 24))
def timed_item_write(value: object) -> str | None:
    """One record naming an item, where or how long it played, and when (the rule asks the
    path to say watching or listening history)."""
    if isinstance(value, dict) and _timed_item_row(value) and not _practice_or_game(value):
        return "one item with where or how long it played, and when, written to a history"
    return None
