"""A programme named in text with the bare playhead in it, as an analytics event's own
parameters or as a player's batch of timed events (round 66, set 268).

A TV app reports where its viewer is in a programme to its attribution SDK with custom
parameters in the app's language: Adjust's `callback_params`
`{"programa": "Beisbòl: Kòrsou vs Aruba", "id": "p305", "posishon": "4500"}` (Papiamentu
programme, position). The position has no unit and no programme word of its own, so
programme_positions.py (which asks for `contentPosition`, `posicaoPrograma`) does not
read it. Here three things say it is a playhead: the programme is named in text under a
bare programme word, the position is a whole number of at least `_MIN_POSITION` (a
carousel's slot, a rail's rank or a list's order is a small number) and under a day,
and the rule reads only an SDK's event-parameter field. A player's batch is the same
rows, each with the moment it was taken (`[{"programa": "..", "posishon": 374, "t":
1738400486117}, ..]`), written by a request (the rule's URL keeps guides out).

What keeps look-alikes out: a slot, rank, row, page or sort word, an ad word, a price or
any of the playback detectors' non-playback words in a key vetoes the object; a
programme "position" that is a schedule's slot comes from a guide, never from an SDK's
event parameters, and a guide's rows carry no time a person was at.
"""

from __future__ import annotations

from ._common import DAY_SECONDS, _key_text, _numeric, is_moment, structure
from .playback_vocab import _NOT_PLAYBACK
from .playback_words import key_and_play_words, play_words
from .programme_positions import _NOT_PROGRAMME, _SLOT_WORDS

_PROGRAMME_WORDS = frozenset(["program", "programme", "show", "episode", "series", "film"])
_MIN_POSITION = 60
_MAX_KEYS = 10
_VETO = (
    _NOT_PROGRAMME
    | _NOT_PLAYBACK
    | _SLOT_WORDS
    | frozenset(
        ["price", "message", "ranking", "ranked", "score", "grade", "vote", "votes", "poll"]
    )
)


def _position_key(key: str) -> bool:
    return play_words(_key_text(key)) == ("position",)


def _bare_position(value: object) -> bool:
    if isinstance(value, bool):
        return False
    number = _numeric(value)
    return number is not None and number == int(number) and _MIN_POSITION <= number < DAY_SECONDS


def _named_programme(key: str, value: object) -> bool:
    words = play_words(key)
    if len(words) != 1 or words[0] not in _PROGRAMME_WORDS or not isinstance(value, str):
        return False
    text = value.strip()
    return (
        2 <= len(text) <= 120
        and any(c.isalpha() for c in text)
        and not is_moment(text)
        and "://" not in text
    )


def _programme_at(value: object, timed: bool) -> str | None:
    """`(programme key, position key)` said as text, or None."""
    if not isinstance(value, dict) or not 2 <= len(value) <= _MAX_KEYS:
        return None
    texts = {_key_text(k): v for k, v in value.items()}
    if any(_VETO & key_and_play_words(k) for k in texts):
        return None
    position = next((k for k, v in texts.items() if _position_key(k) and _bare_position(v)), None)
    programme = next((k for k, v in texts.items() if _named_programme(k, v)), None)
    if position is None or programme is None:
        return None
    if timed and not any(is_moment(v) for k, v in texts.items() if k not in (position, programme)):
        return None
    return f"programme `{programme}` at bare position `{position}`"


@structure("programme_bare_position", kind=dict, size=(2, _MAX_KEYS), needs=(_position_key,))
def programme_bare_position(value: object) -> str | None:
    """A programme named in text and a whole-number position of a minute or more."""
    return _programme_at(value, timed=False)


@structure("programme_bare_position_rows", kind=list, size=(1, 500))
def programme_bare_position_rows(value: object) -> str | None:
    """Rows (all of them) each a programme in text, a bare position and a moment."""
    if not isinstance(value, list) or not value:
        return None
    if not all(_programme_at(row, timed=True) for row in value[:50]):
        return None
    return f"{len(value)} timed rows of a programme at a bare position"
