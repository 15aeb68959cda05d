"""An app's own analytics event for a piece watched or listened to, named in its
developers' language (Tagalog `pinakinggan_kanta`, "song listened to"; Turkish
`izlenen_bolum`; Swahili `wimbo_uliosikilizwa`), in a Firebase / GA4 bundle
(app-measurement.com/a, decoded without a schema: event {1: params, 2: name}).

GA4's own media events are English (`video_progress`, playback_events.py). An app's
custom event says the same with the lexicon's words: a watched, listened or played
verb and a media noun in the name, a param naming the piece (its id or title) and a
param saying how much or how far in time. A game's, an ad's, a download's or an
upload's event is not a piece played (their words veto the name).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import key_word_set, structure
from .playback_events import (
    _AD_WORDS,
    _GAME_WORDS,
    _NOT_VIEWING,
    _event_name,
    _param_rows,
    _proto_field,
)
from .playback_words import play_words

_PLAYED_VERBS = frozenset(["watched", "listened", "played"])
_PIECE_NOUNS = frozenset(
    ["song", "track", "episode", "film", "video", "podcast", "programme", "program",
     "lecture", "audiobook", "series", "drama", "album", "recitation", "chapter"]
)  # fmt: skip
_PIECE_NAMES = frozenset(["id", "title", "name"])
_AMOUNTS = frozenset(["seconds", "minutes", "duration", "position", "progress", "percent"])
_VETO = _AD_WORDS | _GAME_WORDS | _NOT_VIEWING


@lru_cache(maxsize=4096)
def _played_piece_name(name: str) -> bool:
    """`pinakinggan_kanta`, `watched_episode`: a played verb and a media noun."""
    words = set(play_words(name))
    if key_word_set(name) & _VETO or words & _VETO:
        return False
    return bool(words & _PLAYED_VERBS) and bool(words & _PIECE_NOUNS)


@lru_cache(maxsize=4096)
def _param_kind(name: str) -> str | None:
    """`piece` for a param naming the piece (`kanta_id`, `pamagat`), `amount` for one
    saying how much or how far in time (`segundo`, `tagal`)."""
    words = set(play_words(name))
    if words & _AMOUNTS:
        return "amount"
    if words & _PIECE_NAMES and (words & _PIECE_NOUNS or words <= _PIECE_NAMES):
        return "piece"
    return None


@structure("measurement_played_piece", kind=dict, size=(2, 8), keys=("1", "2"))
def measurement_played_piece(value: object) -> str | None:
    """A Firebase Analytics event named for a piece watched or listened to, in any
    language the viewing lexicon reads, with the piece and how much of it."""
    if not isinstance(value, dict):
        return None
    name = _event_name(value)
    if name is None or not _played_piece_name(name):
        return None
    kinds = {
        _param_kind(pname)
        for row in _param_rows(value)
        if isinstance(row, dict) and isinstance(pname := _proto_field(row, 1), str)
    }
    if {"piece", "amount"} <= kinds:
        return f"analytics event {name}: a piece played, named, with how much"
    return None
