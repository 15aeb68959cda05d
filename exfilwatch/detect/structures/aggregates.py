"""What is NOT one person's viewing: audience counts and averages.

A catalogue rail "most watched" (`/home/trilhos/mais-assistidos`) answers rows of
`titulo_id`, `assistido_por: 662088` (watched BY 662 088 people) and
`duracao_media_min: 47` (the AVERAGE duration): a title beside a watched count
and a duration, the shape of a playback record, but a statistic about everyone.
A privacy researcher who reads no Portuguese still sees it: the count is of
viewers (a watched word with "by"), the duration is a mean. These key tests let
the viewing detectors skip such fields, so a row that has nothing else (no
position, no seconds this user played) is not a viewing record.

The word lists stay here until the lexicon gets an aggregate class (viewing.yaml
is another module's).
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import load
from ._common import key_words

# "average / mean / median" in the languages of the sets; `media`/`medio` only
# after a duration word (`duracao_media`), since English `media` names content.
_AVERAGE_WORDS = frozenset(
    ["avg", "average", "averaged", "mean", "median", "moyenne", "moyen", "moy", "durchschnitt",
     "durchschnittlich", "schnitt", "mittel", "mittelwert", "promedio", "ortalama", "ortalamasi",
     "ort", "rata2", "purata", "rerata", "gemiddeld", "gemiddelde", "srednia", "sredni",
     "srednee", "sredniy", "genomsnitt", "gjennomsnitt", "gennemsnit", "keskiarvo",
     "mediana", "medie", "mutawassit", "motawaset"]
)  # fmt: skip
_TRAILING_AVERAGE = frozenset(["media", "medio", "medias", "medios", "medii"])
# Counts of people or plays: a statistic of the item, not a time watched.
_AUDIENCE_WORDS = frozenset(
    ["viewers", "viewer", "views", "viewcount", "audience", "audiences", "listeners",
     "spectators", "espectadores", "telespectadores", "visualizacoes", "visualizaciones",
     "visualisations", "vues", "aufrufe", "zuschauer", "izleyici", "izleyiciler",
     "tayangan", "penonton", "pendengar", "oyentes", "ouvintes", "auditeurs", "horer",
     "plays", "playcount", "reproducciones", "reproducoes", "streams", "popularity",
     "popularidade", "popularidad", "popularite", "trending", "rank", "ranking", "chart"]
)  # fmt: skip
# "by" (`watched_by`, `assistido_por`, `vu_par`, `gesehen_von`, `izleyen_sayisi`):
# a watched word followed by one of these counts the people who watched.
_BY_WORDS = frozenset(["by", "por", "par", "von", "da", "oleh", "tarafindan"])
_WATCHED_EN = frozenset(["watched", "viewed", "seen", "played", "listened", "heard"])
_MEDIA_TIME_CLASSES = frozenset(["duration", "time", "minutes", "seconds", "watched", "played"])


@lru_cache(maxsize=8192)
def aggregate_key(key: str) -> bool:
    """A key naming an average, an audience or play count, or a ranking: never a
    time this user spent on a piece."""
    words = key_words(key)
    if not words:
        return False
    if set(words) & (_AVERAGE_WORDS | _AUDIENCE_WORDS):
        return True
    lexicon = load("viewing")
    classes = [lexicon.word(w) for w in words]
    for i, word in enumerate(words):
        earlier = classes[:i]
        if word in _TRAILING_AVERAGE and any(c in _MEDIA_TIME_CLASSES for c in earlier):
            return True
        said = any(c in ("watched", "played", "listened") for c in earlier)
        if word in _BY_WORDS and (said or any(w in _WATCHED_EN for w in words[:i])):
            return True
    return False
