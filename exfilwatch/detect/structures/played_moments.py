"""History rows that say WHEN each piece was played, watched or heard (round 49).

A music or video app's history answers with the pieces and the moment each was played:
`{"items": [{"track": {"name": .., "artist": ..}, "played_at": "<ISO>"}]}` (a recently
played list), `{"itihash": [{"id": .., "title": .., "shesh_shuna": ".."}]}` (Bengali
"history", "last heard"). The row's time key must itself say the act, in any language the
viewing lexicon reads (played, watched, listened, heard: `played_at`, `last_listened`,
`zuletzt_gehoert`, `ultima_escucha`), and hold a moment; the piece is named by an id, a
title or a name key, a media noun, or a nested object that names it (`track: {name}`).

What is not read here: `viewed` or `seen` alone (a shop's recently viewed products, a chat's
last seen), a row with a price, an ad, a game's level or a route (`played_records._vetoed`),
and a moment whose key says no act (`created_at`, `updated_at`).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, is_moment, key_word_set, structure
from .playback_words import play_words
from .played_records import _item_key, _most_rows, _vetoed

# The act said of the row's moment; `viewed` / `seen` are a shop's and a chat's words too.
_ACT_WORDS = frozenset(["played", "watched", "listened", "listen", "watching", "heard"])
_NOT_ACT_WORDS = frozenset(["viewed", "seen", "read", "visited", "opened", "clicked"])
# A bare row id names nothing a reader could tell was media (a quiz's, a document's).
_BARE_IDS = frozenset(["id", "_id", "uuid", "key"])
# A game's or a sportsman's `played_at` (a match played, a level played) is no viewing.
_GAME_WORDS = frozenset(
    ["game", "games", "score", "opponent", "win", "wins", "winner", "result", "rank", "xp",
     "kills", "deaths", "elo", "mmr", "map", "mode", "points", "rating", "placement", "round"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def played_moment_key(key: str) -> bool:
    """`played_at`, `shesh_shuna`, `lastListened`: a key saying when a piece was played."""
    words = set(play_words(key)) | key_word_set(key)
    return bool(words & _ACT_WORDS) and not words & _NOT_ACT_WORDS


def _names_piece(key: str, value: object) -> bool:
    """An id or title of the piece, or a nested object that names it (`track: {name}`)."""
    if isinstance(value, dict):
        return any(
            _item_key(_key_text(k)) and isinstance(v, str) and v != "" for k, v in value.items()
        )
    if isinstance(value, bool) or not isinstance(value, str | int) or key.lower() in _BARE_IDS:
        return False
    return _item_key(key) and value != ""


def _played_moment_row(row: object) -> bool:
    if not isinstance(row, dict) or not 2 <= len(row) <= 16 or _vetoed(row):
        return False
    named = timed = False
    for key, value in row.items():
        text = _key_text(key)
        if key_word_set(text) & _GAME_WORDS:
            return False
        if played_moment_key(text):
            timed = timed or is_moment(value)
        else:
            named = named or _names_piece(text, value)
    return named and timed


@structure("played_moment_rows", kind=list, size=(1, 2000))
def played_moment_rows(value: object) -> str | None:
    """Rows (80 % or more) each naming a piece with the moment it was played or heard (the
    rule asks the path to say history or recently played)."""
    played = _most_rows(value, _played_moment_row)
    return f"{played} pieces each with when it was played or heard" if played else None
