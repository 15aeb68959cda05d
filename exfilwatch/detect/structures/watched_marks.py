"""A media item, a number under a bare "watched" key, and the moment: a player's report
of how far or how long one item was watched (round 50).

A small player beacon in the app's language often says the act with one word and no
unit: `{"ቪዲዮ": "v..", "የታየበት": 62, "ጊዜ": "<ISO>"}` (Amharic "video", "where it was seen",
"time"), `{"video": .., "watched": 62, "at": ..}`, `{"capitulo": .., "visto": 0.4, "hora":
..}`. Whether the number is seconds, a share or a position, a video named by its id with
how much of it was watched at a moment is one person's viewing: the key's word says watched
(or listened) and nothing else, so it is the viewer's act, and the moment makes it an event,
not a catalogue's figure.

Not read: a security or traffic camera's clip (the lexicon's `camera` class: a guard
reviewing footage is at work, not watching a programme), a figure of everyone
(`aggregates`: totals, averages, counts of viewers), a row with a price, an ad's or a
game's words, a number that is itself a moment, and a record with no moment or with more
than eight keys (a catalogue entry, a report's row).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, _numeric, is_moment, structure, viewing_classes
from .aggregates import aggregate_key, audience_aggregate
from .playback_fields import _media_ref
from .playback_vocab import _AD_WORDS, _NOT_PLAYBACK
from .playback_words import play_words, priced_row

# The act said alone, or with "at" (`watched_at: 62`, a position, when it is no moment).
_WATCHED_KEYS = frozenset(
    [("watched",), ("listened",), ("watched", "at"), ("listened", "at")]
)  # fmt: skip
_MAX_KEYS = 8
_MAX_AMOUNT = 1e8


@lru_cache(maxsize=16384)
def _bare_watched_key(key: str) -> bool:
    return play_words(key) in _WATCHED_KEYS and not aggregate_key(key)


def _amount(value: object) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    return number is not None and 0 < number < _MAX_AMOUNT and not is_moment(value)


def _vetoed(value: dict) -> bool:
    if priced_row(value) or audience_aggregate(value):
        return True
    for key in value:
        words = set(play_words(_key_text(key)))
        if words & (_AD_WORDS | _NOT_PLAYBACK) or aggregate_key(_key_text(key)):
            return True
        if "camera" in viewing_classes(_key_text(key))[0]:
            return True
    return False


@structure("watched_item_mark", kind=dict, size=(3, _MAX_KEYS), needs=(_bare_watched_key,))
def watched_item_mark(value: object) -> str | None:
    """A media noun's id, a number under a bare watched or listened key, and a moment."""
    if not isinstance(value, dict) or _vetoed(value):
        return None
    media = watched = moment = False
    for key, member in value.items():
        text = _key_text(key)
        if _bare_watched_key(text):
            watched = watched or _amount(member)
        elif is_moment(member):
            moment = True
        elif _media_ref(play_words(text), member) == 2:
            media = True
    if media and watched and moment:
        return "a media item with how much of it was watched, at a moment"
    return None
