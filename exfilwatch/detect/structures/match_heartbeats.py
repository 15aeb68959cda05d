"""A live match's keep-alive: the match a person is watching now, with the seconds so far.

A sports app's live player pings while it plays, naming the match and counting seconds,
with no event word and no start time: `POST /v2/lewendig/hartklop {wedstrydId, wedstryd:
"Bulls vs Stormers", sekondes: 60}` (Afrikaans "live", "heartbeat", "match", "seconds"),
`POST /v2/live/umukino/<id>/heartbeat {umukino: "Kiyovu vs APR", amasegonda: 60}`
(Kinyarwanda). The channel readings (live_heartbeats.py) ask for a channel and an event
word or a start; this one asks for a match (the lexicon's `fixture` class, any language)
and a running count of seconds or minutes.

Precision rests on the path: it must say live AND heartbeat (the rule's URL test), so a
live score's clock update (`/live/match/88/clock {match, minute}`), a chat's heartbeat or
a video game's (`/jogo/heartbeat`: no live word) stay out. In the record, a score, a
duration, viewers, equipment, a message or a price, or any nested value, make it a
scoreboard's, a schedule's, an audience's, a station's, a chat's or a shop's.
"""

from __future__ import annotations

from ._common import DAY_SECONDS, _key_text, _numeric, is_moment, structure
from .aggregates import aggregate_key
from .live_heartbeats import _EQUIPMENT_WORDS, _HOST_WORDS, _VETO_CLASSES
from .not_playheads import online_time_key
from .playback_words import key_and_play_words, play_words

_FIXTURE = frozenset(["fixture", "match"])
_COUNTS = frozenset(["seconds", "minutes", "secs", "sec", "mins"])
# a scoreboard's or a schedule's record, not a player's running count
_NOT_A_VIEWER = frozenset(["score", "goals", "duration", "schedule", "kickoff", "period"])


def _fixture_key(key: str) -> bool:
    return bool(_FIXTURE.intersection(play_words(key)))


def _named(value: object) -> bool:
    """`Bulls vs Stormers`: a match's name, not a number or a moment."""
    if not isinstance(value, str) or not 3 <= len(value) <= 120 or is_moment(value):
        return False
    return _numeric(value) is None and sum(c.isalpha() for c in value) >= 3


def _count(value: object) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    return number is not None and 0 < number <= DAY_SECONDS


@structure("live_match_heartbeat", kind=dict, size=(2, 10), needs=(_fixture_key,))
def live_match_heartbeat(value: object) -> str | None:
    """A flat record naming a match with a running count of seconds or minutes."""
    if not isinstance(value, dict):
        return None
    match = counter = None
    for key, member in value.items():
        if isinstance(member, dict | list):
            return None
        text = _key_text(key)
        words = key_and_play_words(text)
        if words & (_VETO_CLASSES | _EQUIPMENT_WORDS | _HOST_WORDS | _NOT_A_VIEWER):
            return None
        if aggregate_key(text):
            return None
        if match is None and words & _FIXTURE and _named(member):
            match = key
        elif counter is None and words & _COUNTS and _count(member):
            if is_moment(member) or online_time_key(text):
                return None
            counter = key
    if match is None or counter is None:
        return None
    return f"live match `{match}` watched, counting `{counter}`"
