"""Where in a programme the viewer is, sent beside the programme's id, whatever event
the call reports: `?productionId=..&contentPositionSec=948` on an ad-break beacon,
French `?idProgramme=..&positionProgramme=1399` on a content beacon.

Server-side ad insertion stitches ads into the programme's stream, so the player's
beacons (ad break started, ended, content resumed) are fired from inside a programme,
and many carry that programme and the playhead in it so the ad server can place the
break. An ad beacon that says which programme and how far in says what the person was
watching, as a player heartbeat does; the ad event around it changes nothing.

What keeps ad measurement out: the position key must itself name the programme or the
content (`contentPosition`, `posicaoPrograma`), never an ad, a creative or a break
(`adPositionSec`, a creative's quartile); a creative-only beacon (`adId`, `creativeId`,
`quartile=2`) names no programme position. A position without a time unit must be 30
or more (a rail's slot, `contentPosition=3`, is no playhead), and a key of a slot, a
rank or a sort order beside it makes the call a list's, not a player's.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, _numeric, structure
from .aggregates import aggregate_key
from .playback_vocab import _AD_WORDS, _MEDIA_NOUNS, _NOT_PLAYBACK
from .playback_words import key_and_play_words
from .player_event_params import _ID_LENGTH, _POSITION_WORDS, _TIME_UNITS, timed_playhead

# What a programme is called in a position's or an id's key: the playback detectors'
# media nouns and the viewing lexicon's classes for a programme (`emission`, `programa`
# read as `program`); `production` is the broadcasters' word for one programme's
# episode (UK production numbers), read only beside a programme position.
_PROGRAMME_WORDS = _MEDIA_NOUNS | frozenset(
    ["program", "programme", "content", "series", "broadcast", "production", "movie"]
)  # fmt: skip
_ID_WORDS = frozenset(["id", "code", "ref", "key"])
# A list's keys: the position beside them is a slot in a rail, not a time.
_SLOT_WORDS = frozenset(
    ["slot", "rail", "row", "shelf", "carousel", "tile", "index", "rank", "sort", "order",
     "page", "column", "grid"]
)  # fmt: skip
# An ad said in the developers' language (French `pub`, `positionPub`; Portuguese
# `anuncio`, German `Werbung`): the position beside it is the ad's, not the programme's.
_AD_LANGUAGE_WORDS = frozenset(
    ["pub", "pubs", "publicite", "publicidade", "publicidad", "anuncio", "anuncios",
     "werbung", "reclame", "pubblicita", "iklan", "spot", "spots"]
)  # fmt: skip
_NOT_PROGRAMME = _AD_WORDS | _AD_LANGUAGE_WORDS


@lru_cache(maxsize=8192)
def programme_position_key(key: str) -> str | None:
    """`with_unit` for `contentPositionSec`, `bare` for `positionProgramme`, None for a
    key that is no position in a programme (or is an ad's, or an audience's)."""
    words = key_and_play_words(key)
    if not words & _POSITION_WORDS or not words & _PROGRAMME_WORDS:
        return None
    if words & (_NOT_PROGRAMME | _NOT_PLAYBACK | _SLOT_WORDS) or aggregate_key(key):
        return None
    return "with_unit" if words & _TIME_UNITS else "bare"


@lru_cache(maxsize=8192)
def _programme_id_key(key: str) -> bool:
    """`productionId`, `idProgramme`, `episode_id`: an id of the programme, not an ad's."""
    words = key_and_play_words(key)
    if words & (_NOT_PROGRAMME | _POSITION_WORDS | _SLOT_WORDS):
        return False
    return bool(words & _PROGRAMME_WORDS) and bool(words & _ID_WORDS)


def _id_value(value: object) -> bool:
    """A code of the programme (`1/0694/3311#002`, `83917648_c79`, `ep-2201`), no text."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value > 0
    if not isinstance(value, str) or not _ID_LENGTH[0] <= len(value) <= _ID_LENGTH[1]:
        return False
    return " " not in value and any(c.isdigit() for c in value)


def _playhead(key: str, value: object) -> bool:
    if isinstance(value, bool):
        return False
    return timed_playhead(programme_position_key(key), _numeric(value))


def _has_position_key(key: str) -> bool:
    return programme_position_key(key) is not None


@structure("programme_position_params", kind=dict, size=(2, 40), needs=(_has_position_key,))
def programme_position_params(value: object) -> str | None:
    """Flat params holding a programme's id and the playhead in that programme."""
    if not isinstance(value, dict):
        return None
    texts = {key: _key_text(key) for key in value}
    if any(_SLOT_WORDS & key_and_play_words(text) for text in texts.values()):
        return None
    playhead = next((k for k, v in value.items() if _playhead(texts[k], v)), None)
    if playhead is None:
        return None
    for key, member in value.items():
        if key != playhead and _programme_id_key(texts[key]) and _id_value(member):
            return f"programme `{key}` with the playhead in it `{playhead}`"
    return None
