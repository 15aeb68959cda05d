"""A station's own playout, read back by anyone: no one's listening or viewing history.

A radio app shows what its station is playing and has just played by fetching the
station's resource (`GET /v3/stations/clyde2/now-playing` answering `recentlyPlayed:
[{artist, title, playedAt}]`, French `/radios/fip/titres-diffuses`, German
`/sender/wdr2/playlist`). Those rows have a listening history's shape, but every
listener gets the same answer: they record what the STATION aired, chosen by no one who
asked. A person's history is fetched under the person (`/v1/me/recent/radio-stations`,
`/users/<id>/history`) or sent by the person's app.

So a finding in a RESPONSE is the station's when the URL path is scoped to a station (a
station word followed by the station's id or slug), the request sent nothing (no body)
and neither the path nor the query names a person. The station words are the viewing
lexicon's `radio_station` class (German `sender`, Portuguese `estacao`, Welsh `gorsaf`)
and the international `station` / `radio`, singular or plural.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..decode import Node
from .structures._common import key_words
from .structures.playback_words import play_words

__all__ = ["station_playout"]

_URL_SEGMENT = "path["
_RESPONSE = "response."
_REQUEST_BODY = "body."
_STATION_CLASS = "radio_station"
_STATION_WORDS = frozenset(
    ["station", "stations", "radio", "radios", "radiostation", "radiostations", "emisoras",
     "estaciones", "radyo", "radyolar", "stacja", "stacje", "stazioni", "zenders", "mahatta",
     "mahattat", "idaa", "idaat"]
)  # fmt: skip
# Whose a resource is when a path or a query names a person (the listener's own list).
_PERSON_WORDS = frozenset(
    ["me", "my", "mine", "self", "user", "users", "uid", "userid", "profile", "profiles",
     "account", "accounts", "member", "members", "listener", "listeners", "viewer",
     "viewers", "subscriber", "subscribers", "customer", "customers", "perfil", "perfis",
     "utilisateur", "utilisateurs", "usuario", "usuarios", "utente", "konto", "compte",
     "moi", "mon", "mes", "meu", "meus", "mi", "mis"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def _station_word(segment: str) -> bool:
    words = key_words(segment)
    if words and all(w in _STATION_WORDS for w in words):
        return True
    return play_words(segment) == (_STATION_CLASS,)


@lru_cache(maxsize=4096)
def _names_person(text: str) -> bool:
    return bool(_PERSON_WORDS.intersection(key_words(text)))


def _segments(nodes: Sequence[Node]) -> list[str]:
    return [
        n.value
        for n in nodes
        if n.parent < 0 and n.path.startswith(_URL_SEGMENT) and isinstance(n.value, str)
    ]


def _station_scoped(segments: list[str]) -> bool:
    """A station word followed by the station's id or slug (`/stations/clyde2/...`)."""
    return any(_station_word(s) for s in segments[:-1])


def station_playout(nodes: Sequence[Node], index: int) -> bool:
    """True when the data at `index` is a station's playout fetched by anyone: in a
    response, to a request that sent nothing, under a station's path naming no person."""
    if not nodes[index].path.startswith(_RESPONSE):
        return False
    if any(n.path.startswith(_REQUEST_BODY) for n in nodes):
        return False
    segments = _segments(nodes)
    if not _station_scoped(segments) or any(_names_person(s) for s in segments):
        return False
    query_keys = [n.key for n in nodes if n.path.startswith("query.") and n.key]
    return not any(_names_person(k) for k in query_keys)
