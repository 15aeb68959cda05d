"""What a service shows everyone: a most-watched ranking and a broadcast schedule.

A catalogue's "most watched" rail (`GET /v1/ranking/mais-vistos?periodo=semana`,
Italian `/rail/i-piu-visti`, German `/charts/meistgesehen`) answers rows of a title,
its rank and its views or total minutes: a playback record's shape, but a statistic
over every viewer, the same answer for whoever asks. A broadcast schedule (`/epg`,
Persian `jadval_pakhsh` "broadcast table", Korean `pyeonseongpyo`, Indonesian `jadwal
tayang`) answers channels, programmes and the hours they air: what the broadcaster
plans, watched by no one yet. Neither is anyone's viewing history.

So a finding in a RESPONSE is such a listing when the request sent nothing (no body),
neither the path nor the query names a person, no path segment names a person's own
list (history, recently, continue), and the path or the keys around the finding name
a ranking (the viewing lexicon's `most` class in any language it holds, `ranking`,
`charts`, `leaderboard`) or a schedule (`_SCHEDULE_WORDS`, `_SCHEDULE_PHRASES`). A
person's own ranking (`/users/me/top-artists`) names the person and stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..decode import Node
from .playouts import names_person, url_segments
from .structures._common import key_words
from .structures.playback_words import play_words

__all__ = ["everyones_listing"]

_RESPONSE = "response."
_REQUEST_BODY = "body."
_QUERY = "query."
# A ranking over everyone, as words a key reader gives (`rankingu` is Japanese
# ranking, `paixing` Chinese, `sunwi` Korean rank, `renqi` / `ingi` popularity).
_RANKING_WORDS = frozenset(
    ["most", "ranking", "rankings", "rankingu", "ranked", "charts", "chart", "leaderboard",
     "leaderboards", "toplist", "topliste", "classifica", "classement", "clasificacion",
     "bestenliste", "hitparade", "paixing", "paihang", "sunwi", "renqi", "ingi", "ninki",
     # Arabic `al-akthar` (the most) as the key reader writes it, Russian `samye`,
     # Hindi `sabse`
     "lkthr", "akthar", "alakthar", "samye", "samoe", "sabse", "populyarnoe"]
)  # fmt: skip
# What makes a list a person's own, whatever else it says (`mais_recentes_assistidos`).
_PERSONAL_LIST_WORDS = frozenset(
    ["recently", "recent", "history", "continue", "resume", "last", "mine", "my"]
)
# A broadcast schedule in one word (English, Spanish, Portuguese, Italian, German,
# Russian, Polish, Indonesian and Malay, Turkish, Korean romanised).
_SCHEDULE_WORDS = frozenset(
    ["schedule", "schedules", "epg", "tvguide", "programguide", "programmeguide", "lineup",
     "listings", "grille", "parrilla", "programacion", "programacao", "palinsesto",
     "palinsesti", "sendeplan", "programmplan", "fernsehprogramm", "raspisanie", "ramowka",
     "jadwal", "pyeonseongpyo", "bangumihyou", "jiemubiao", "jiemudan", "musorujsag"]
)  # fmt: skip
# A schedule in two words: a table or a guide of broadcasts or programmes (Persian and
# Arabic `jadval` as the key reader writes it, `jdwl`, beside `pakhsh` / `al-bathth`;
# Japanese 番組表 read `fanzu biao`, Chinese 节目表 `jiemu biao`, Korean 편성표).
_SCHEDULE_PHRASES = (
    ("jdwl", "pkhsh"), ("jdwl", "lbth"), ("jdwl", "bth"), ("jdwl", "brnmh"),
    ("jdwl", "lbrmj"), ("jadval", "pakhsh"), ("jadwal", "tayang"), ("pyeonseong", "pyo"),
    ("fanzu", "biao"), ("jiemu", "biao"), ("jiemu", "dan"), ("programma", "peredach"),
    ("yayin", "akisi"), ("yayin", "plani"), ("program", "rehberi"), ("tv", "gids"),
    ("omroep", "gids"), ("tv", "guide"), ("program", "guide"), ("programme", "guide"),
    ("channel", "guide"), ("guia", "programacao"), ("guia", "tv"), ("samay", "sarini"),
)  # fmt: skip


@lru_cache(maxsize=8192)
def _names_ranking(text: str) -> bool:
    words = set(key_words(text)) | set(play_words(text))
    return bool(words & _RANKING_WORDS) and not words & _PERSONAL_LIST_WORDS


@lru_cache(maxsize=8192)
def _names_schedule(text: str) -> bool:
    words = key_words(text)
    if _SCHEDULE_WORDS.intersection(words):
        return True
    return any(pair in _SCHEDULE_PHRASES for pair in pairwise(words))


@lru_cache(maxsize=8192)
def _names_own_list(text: str) -> bool:
    words = set(key_words(text)) | set(play_words(text))
    return bool(words & _PERSONAL_LIST_WORDS)


@lru_cache(maxsize=8192)
def _names_person(text: str) -> bool:
    """Whether a segment or a query key names a person, unless the word that looked like
    one is part of a ranking's phrase: Catalan `més vistos` (the most watched) is read
    `mes vistos`, and French `mes` (my) would make everyone's ranking a person's list.
    French `mes-plus-vus` (my most watched) keeps its `mes` outside the phrase."""
    if not names_person(text):
        return False
    words = play_words(text)
    return not _RANKING_WORDS.intersection(words) or any(names_person(w) for w in words)


def _nearby_keys(nodes: Sequence[Node], index: int) -> list[str]:
    """The keys of the finding's node, of the nodes enclosing it and of its own
    lists (`{"ranking": [...]}` read at the body's root); a row's scalar fields (a
    track's `popularity` in a person's history) say nothing of the list."""
    keys: list[str] = []
    at = index
    while at >= 0:
        if nodes[at].key:
            keys.append(nodes[at].key)
        at = nodes[at].parent
    value = nodes[index].value
    if isinstance(value, dict):
        keys.extend(k for k, v in value.items() if isinstance(k, str) and isinstance(v, list))
    return keys


def everyones_listing(nodes: Sequence[Node], index: int) -> bool:
    """True when the data at `index` is a ranking or a schedule fetched by anyone: in a
    response, to a request that sent nothing, under a URL naming no person and no
    person's own list."""
    if not nodes[index].path.startswith(_RESPONSE):
        return False
    if any(n.path.startswith(_REQUEST_BODY) for n in nodes):
        return False
    segments = url_segments(nodes)
    query_keys = [n.key for n in nodes if n.path.startswith(_QUERY) and n.key]
    if any(_names_person(t) or _names_own_list(t) for t in [*segments, *query_keys]):
        return False
    texts = [*segments, *_nearby_keys(nodes, index)]
    return any(_names_ranking(t) or _names_schedule(t) for t in texts)
