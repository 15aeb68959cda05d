"""An audience meter's event row: the act of listening or watching named as the event,
the programme named in text, and how many seconds in (round 66, set 271).

A broadcaster's measurement SDK posts batches of rows, each an event whose NAME is the
act in the app's language (Italian `{"evento": "ascolto", "programma": "..", "secondo":
858}`, "listening"; English `{"event": "viewing", "program": "..", "seconds": 858}`). The
act is the event's value, not a key, so the key readers do not see it, and the playhead
has no position word (`secondo` is the second reached). Three things together make it a
programme listened to or watched: the event value is the act, alone or with its phase
(`ascolto_fine`, "listening, end"; listen, listening, watching, viewing: not `play`, which
a game or a tap says, nor `view`, which a shop's page says), a programme key holds its
title in text, and a seconds or position key holds a whole number under a day. Anything
else in the row must be what a meter's row carries (the channel or station, the piece's ids
and length, the moment). A slot, rank, price, score or any non-playback word in a key
vetoes the row (`programme_bare_positions`).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_SECONDS, _key_text, _numeric, is_moment, structure
from .playback_events import _PHASES
from .playback_words import key_and_play_words, play_words
from .programme_bare_positions import _VETO, _named_programme

_EVENT_KEYS = frozenset(["event", "action", "type"])
_ACTS = frozenset(["listen", "listening", "watching", "viewing", "listened", "watched"])
# A phase beside the act (`ascolto_fine`, `viewing_start`): GA4's own phases and the
# Romance and German words the lexicon's classes do not hold (Italian `inizio`, `fine`,
# `pausa`; Spanish and Portuguese `inicio`, `fin`, `fim`; German `ende`), read only here,
# after an act word in an event's value.
_PHASE_WORDS = _PHASES | frozenset(
    ["inizio", "fine", "pausa", "inicio", "fin", "fim", "pausa", "debut", "ende", "beginn"]
)
_AMOUNT_KEYS = frozenset([("seconds",), ("position",), ("position", "seconds")])
_AMOUNT_WORDS = frozenset(["seconds", "position", "minutes"])
_MAX_KEYS = 12
# What else a meter's row may hold: the channel or station, the piece's ids and length, the
# moment. A product, a message or a person (anything else) makes it another app's event.
_BESIDE = frozenset(
    ["channel", "radio_station", "program", "programme", "title", "name", "episode", "content",
     "id", "duration", "show", "series", "season", "film", "video", "live", "session"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def _event_key(key: str) -> bool:
    words = play_words(key)
    return len(words) == 1 and words[0] in _EVENT_KEYS


@lru_cache(maxsize=4096)
def _act_value(value: str) -> bool:
    """The event's value is the act alone or with a phase: `ascolto`, `ascolto_fine`."""
    if not 3 <= len(value) <= 30 or any(c.isdigit() or c.isspace() for c in value):
        return False
    words = set(play_words(value))
    if not words & _ACTS or not words <= _ACTS | _PHASE_WORDS:
        return False
    return not (key_and_play_words(value) - _PHASE_WORDS) & _VETO


@lru_cache(maxsize=4096)
def _beside(key: str) -> bool:
    words = set(play_words(key))
    return bool(words) and words <= _BESIDE | _AMOUNT_WORDS


def _amount(key: str, value: object) -> bool:
    if tuple(sorted(set(play_words(key)))) not in _AMOUNT_KEYS or isinstance(value, bool):
        return False
    number = _numeric(value)
    return number is not None and number == int(number) and 1 <= number < DAY_SECONDS


@structure("act_programme_row", kind=dict, size=(3, _MAX_KEYS), needs=(_event_key,))
def act_programme_row(value: object) -> str | None:
    """An event row naming the act of listening or watching, a programme and seconds."""
    if not isinstance(value, dict):
        return None
    texts = {_key_text(k): v for k, v in value.items()}
    if any(_VETO & key_and_play_words(k) for k in texts):
        return None
    event = next(
        (k for k, v in texts.items() if _event_key(k) and isinstance(v, str) and _act_value(v)),
        None,
    )
    programme = next((k for k, v in texts.items() if _named_programme(k, v)), None)
    amount = next((k for k, v in texts.items() if _amount(k, v)), None)
    if event is None or programme is None or amount is None:
        return None
    others = [(k, v) for k, v in texts.items() if k not in (event, programme, amount)]
    if not all(is_moment(v) or _beside(k) for k, v in others):
        return None
    return f"{event}={texts[event]} of programme `{programme}` at `{amount}`"
