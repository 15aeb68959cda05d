"""The ONE piece last watched or listened to, kept under a key that says so.

A history list holds many rows (`viewing_list`); an app's summary or home screen often
keeps only the last one, as an object: `{"last_listened": {"surah": 44, "ayah": 91,
"reciter": "..", "at": ".."}}`, Oromo `dhuma_dhaggeeffatame` ("last listened"), Welsh
`gwyliwyd_ddiwethaf`. The key says the object is what the person last watched or heard,
so the object needs only to name the piece (a media noun, or a loose one such as a
recitation, a track or a channel) and say when, or to be a viewing entry by itself.
A product or a listing seen (a price, an SKU: `priced_row`) and what a game or an
upload did (`_NOT_PLAYBACK`) are not, and `viewed` alone is what shops say."""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, is_moment, structure
from .playback_vocab import (
    _AD_WORDS,
    _DONE_VERBS,
    _LOOSE_NOUNS,
    _MEDIA_NOUNS,
    _NOT_PLAYBACK,
)
from .playback_words import play_words, priced_row
from .viewing_lists import _viewing_entry

# "Last" said of one's own latest listen or viewing (the lexicon's `recently` class
# reads it in other languages: Oromo `dhuma`, Georgian `bolo`, Turkish `son`).
_LAST_WORDS = frozenset(["last", "latest", "recently"])
_PIECE_WORDS = _MEDIA_NOUNS | _LOOSE_NOUNS
_WHEN_WORDS = frozenset(["time", "at", "date", "on", "when"])
_MAX_KEYS = 16


@lru_cache(maxsize=16384)
def _last_heard_key(key: str) -> bool:
    """`last_listened`, `dhuma_dhaggeeffatame`, `zuletzt_gesehen`: the last one heard or
    watched, in any language the viewing lexicon reads."""
    words = play_words(key)
    return (
        0 < len(words) <= 4
        and bool(_DONE_VERBS.intersection(words))
        and bool(_LAST_WORDS.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and not _AD_WORDS.intersection(words)
    )


def _names_piece_and_when(item: dict) -> bool:
    """The object names a piece (a scalar under a media or loose noun) and when it was
    heard or watched (a date-time or a Unix time under a when word)."""
    piece = when = False
    for key, value in item.items():
        if isinstance(value, dict | list) or value in (None, "") or isinstance(value, bool):
            continue
        words = frozenset(play_words(_key_text(key)))
        if words & _NOT_PLAYBACK:
            return False
        piece = piece or bool(words & _PIECE_WORDS)
        when = when or (bool(words & _WHEN_WORDS) and is_moment(value))
    return piece and when


def _last_piece(item: object) -> bool:
    if not isinstance(item, dict) or not 1 < len(item) <= _MAX_KEYS or priced_row(item):
        return False
    return _viewing_entry(item) or _names_piece_and_when(item)


@structure("last_heard_slot", kind=dict, size=(1, 200), needs=(_last_heard_key,))
def last_heard_slot(value: object) -> str | None:
    """An object under a "last watched / last listened" key naming the piece and when."""
    if not isinstance(value, dict):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _last_heard_key(text) and _last_piece(member):
            return f"the last piece watched or listened to, under `{text}`"
    return None
