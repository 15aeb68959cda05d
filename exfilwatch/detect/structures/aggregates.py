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

import re
from functools import lru_cache
from itertools import pairwise

from ..lexicon import load
from ._common import _is_number, key_word_set, key_words

# "average / mean / median" in the languages of the sets; `media`/`medio` only
# after a duration word (`duracao_media`), since English `media` names content.
_AVERAGE_WORDS = frozenset(
    ["avg", "average", "averaged", "mean", "median", "moyenne", "moyen", "moy", "durchschnitt",
     "durchschnittlich", "schnitt", "mittel", "mittelwert", "promedio", "ortalama", "ortalamasi",
     "ort", "rata2", "purata", "rerata", "gemiddeld", "gemiddelde", "srednia", "sredni",
     "srednee", "sredniy", "genomsnitt", "gjennomsnitt", "gennemsnit", "keskiarvo",
     "mediana", "medie", "mutawassit", "motawaset",
     # Czech `prumerna delka poslechu` (average listening length), Polish `srednio`,
     # Slovak `priemerny`: a chart's column, everyone's
     "prumer", "prumerna", "prumerny", "prumerne", "prumerneho", "srednie", "sredniego",
     "srednio", "priemer", "priemerny", "priemerna", "priemerne",
     # Dutch `gem` (gemiddeld, a team report's `gemKijktijdMin`); Indonesian, Malay,
     # Javanese and Sundanese `ratarata` (`rata_rata` is read as a doubled word below)
     "gem", "gemid", "ratarata", "rerata2", "purata2",
     # Nepali and Hindi `ausat` (औसत, read `aust`), Tamil `sarasari` (சராசரி, read
     # `cracri`), Sinhala `madhyanya` / `samanya` (සාමාන්‍ය, read `samany`): a rail's or
     # chart's average over everyone (round 44)
     "ausat", "aust", "sarasari", "cracri", "madhyanya", "samanya", "samany",
     # Finnish `keskim` (keskimääräinen, abbreviated in a column: `keskim_katseluaika_s`)
     # and Swedish `genomsnittlig`, `snitt`: a class's or a channel's mean (round 47)
     "keskim", "keskimaarainen", "keskimaarin", "genomsnittlig", "snitt"]
)  # fmt: skip
# `rata_rata`, `rata-rata`: the Malay-family average, written as a doubled word.
_DOUBLED_AVERAGE = "rata"
_TRAILING_AVERAGE = frozenset(["media", "medio", "medias", "medios", "medii"])
# Counts of people or plays: a statistic of the item, not a time watched.
_AUDIENCE_WORDS = frozenset(
    ["viewers", "viewer", "views", "viewcount", "audience", "audiences", "listeners",
     "spectators", "espectadores", "telespectadores", "visualizacoes", "visualizaciones",
     "visualisations", "vues", "aufrufe", "zuschauer", "izleyici", "izleyiciler",
     "tayangan", "penonton", "pendengar", "oyentes", "ouvintes", "auditeurs", "horer",
     "plays", "playcount", "reproducciones", "reproducoes", "streams", "popularity",
     "popularidade", "popularidad", "popularite", "trending", "rank", "ranking", "chart",
     # people on the page or the stream at once (a newsroom's real-time board)
     "concurrents", "concurrent", "pageviews", "visitors", "uniques", "downloads",
     # Vietnamese `luot_xem` / `luot_nghe` (count of views / listens), Thai `yot_doo`
     # (total views): a count of turns, never one viewer's time
     "luot", "yot",
     # Nepali and Hindi viewers (`darshak`, दर्शक read `drsk`; Nepali `hernuhune`, "those
     # who watch"), Tamil viewers (`parvaiyalargal`, read `parvaiyalrkl`) and listeners
     # (`neyargal`), Sinhala viewers (`prekshakayo`, read `preksk`): counts of people
     "darshak", "darshakharu", "drsk", "drskhru", "hernuhune", "srota", "srotaharu",
     "parvaiyalargal", "parvaiyalar", "parvaiyalrkl", "neyargal", "prekshaka", "prekshakayo",
     "preksk", "sravakayo",
     # Italian viewers, TV viewers, listeners (a ratings table's columns)
     "spettatori", "telespettatori", "ascoltatori", "auditrices",
     # Czech and Polish listeners, viewers, views and plays (a podcast chart's columns)
     "posluchaci", "posluchacu", "divaci", "divaku", "sluchacze", "sluchaczy", "widzowie",
     "widzow", "wyswietlenia", "wyswietlen", "odslony", "odslon", "odtworzenia",
     "odtworzen", "prehrani",
     # Finnish and Swedish view and play counts (`katselukerrat`, "times watched";
     # `visningar`, `uppspelningar`): a count of everyone's turns (round 47)
     "katselukerrat", "katselukertoja", "toistokerrat", "kuuntelukerrat", "visningar",
     "uppspelningar"]
)  # fmt: skip
# "by" (`watched_by`, `assistido_por`, `vu_par`, `gesehen_von`, `izleyen_sayisi`):
# a watched word followed by one of these counts the people who watched.
_BY_WORDS = frozenset(["by", "por", "par", "von", "da", "oleh", "tarafindan"])
_WATCHED_EN = frozenset(["watched", "viewed", "seen", "played", "listened", "heard"])

# The PEOPLE who watch or listen, as an agent noun: a count of them (`teemelkach_buzat`,
# Amharic "number of viewers") is everyone's, never one viewer's time. Agent nouns take
# plural and case endings (Amharic -och, Irish -i, Oromo -oota / -ootaa, Welsh -wyr), so
# they are stems: a key word that starts with one is an audience. Where a language says
# "those who watch" in two words (Hausa `masu kallo`, Igbo `ndi na-ekiri`, Irish `lucht
# feachana`, Gaelic `luchd-coimhead`), the people word before a watch or listen word is.
_AUDIENCE_STEMS = (
    # Amharic and Tigrinya, romanised and as the key reader transliterates Ge'ez
    "temelkach", "teemelkach", "temelkac", "admach", "admiach", "adamach", "teazebti",
    "temelketti", "semaeti",
    # Oromo viewers / listeners
    "daawwattoota", "daawattoota", "daawwataa", "dhaggeeffattoota", "dhageeffattoota",
    # Welsh, Irish, Scottish Gaelic viewers / listeners / audience (with mutations)
    "gwylwyr", "wylwyr", "gwrandawyr", "wrandawyr", "cynulleidfa", "gynulleidfa",
    "feachadoir", "fheachadoir", "eisteoir", "lucht", "luchd",
    # Tagalog, Cebuano, Hiligaynon viewers / listeners
    "manonood", "tagapanood", "tagapakinig", "manunuod", "tumatanaw", "manugpamati",
    # Yoruba, Igbo, Hausa, Pidgin
    "oluwo", "olugbo", "oluworan", "ndinkiri", "masukallo", "masusauraro",
    # Mongolian viewers / listeners (`үзэгчид`, `сонсогчид`) and average (`дундаж`, read
    # `dundazh`; `dundaj` as developers write it): a chart's column, everyone's (round 44)
    "uzegch", "sonsogch", "dundaj", "dundazh",
    # the Romance, Germanic, Nordic, Finnic, Hungarian, Slavic, Turkish and Greek agent
    # nouns for viewers and listeners, every ending (French `telespectateurs`, Dutch
    # `kijkers`, Swedish `tittare`, Romanian `ascultatori`, Croatian `gledatelji`, Russian
    # `зрители` read `zriteli`, Greek `θεατές` read `theates`): a ratings column (round 45)
    "spectateur", "telespectateur", "spectator", "telespectator", "espectador",
    "telespectador", "televidente", "spettator", "telespettator", "ascoltator", "ascultator",
    "oyente", "radioyente", "ouvinte", "radiouvinte", "zuschauer", "zuhorer", "zuhoerer",
    "kijker", "luisteraar", "tittare", "lyssnare", "seere", "lyttere", "katsoja",
    "kuuntelija", "nezok", "nezoszam", "widz", "sluchacz", "posluchac",
    "gledatelj", "gledaoc", "gledalc", "slusatelj", "slusaoc", "zritel",
    "slushatel", "izleyici", "dinleyici", "theates", "akroates",
)  # fmt: skip
# Maori `te hunga mātakitaki` / `hunga whakarongo`: the people who watch / listen.
# Samoan `tagata mātamata` / `tagata faʻalogologo` (people watching / listening) and Tongan
# `kakai mamata`, `kau mamata`, `kau fanongo` (the viewers, the listeners): a live service's
# count of everyone on the stream (round 67, set 281).
_AUDIENCE_PEOPLE = frozenset(["masu", "ndi", "mga", "hunga", "tagata", "kakai", "kau"])
_AUDIENCE_ACTS = frozenset(
    ["kallo", "sauraro", "ekiri", "nkiri", "ege", "feachana", "fheachana", "eisteachta",
     "coimhead", "choimhead", "amhairc", "eisteachd", "tumatan", "nanonood", "nakikinig",
     "matakitaki", "mataki", "whakarongo", "matamata", "maimoa", "faalogo", "faalogologo",
     "mamata", "fanongo"]
)  # fmt: skip


# "Watching now" as a NUMBER (Vietnamese `dang_xem`, Indonesian `sedang_menonton`, English
# `watching_now`, Spanish `viendo_ahora`): a live room's or a stream's count of the people
# on it at this moment, as a catalogue of live rooms shows it beside each room. One viewer's
# record says how long or how far (`xem_giay`, `watched_sec`), never "watching now: 15036".
# Read only as the key's two words, a now-marker and a watch or listen word, with no unit.
_NOW_MARKERS = frozenset(
    ["now", "currently", "dang", "sedang", "lagi", "ahora", "agora", "jetzt", "maintenant",
     "adesso", "ora", "simdi", "teraz", "nyni", "seichas", "sejchas", "zdaj", "sada", "nu"]
)  # fmt: skip
_NOW_ACT_CLASSES = frozenset(["watching", "listen"])
_NOW_ACT_WORDS = frozenset(["watching", "listening", "viewing"])


def _watching_now(words: tuple[str, ...]) -> bool:
    """`dang_xem`, `watching_now`, `nowListening`: the people watching or listening now."""
    if len(words) != 2 or not _NOW_MARKERS.intersection(words):
        return False
    (act,) = [w for w in words if w not in _NOW_MARKERS] or [""]
    return act in _NOW_ACT_WORDS or load("viewing").word(act) in _NOW_ACT_CLASSES


def _audience_people(words: tuple[str, ...]) -> bool:
    """`temelkachoch_kutr`, `masu_kallo`: the people who watch, counted."""
    # Amharic and Tigrinya say "of" as a prefix (`yetemelkachoch`, "of the viewers")
    if any(w.removeprefix("ye").startswith(_AUDIENCE_STEMS) for w in words):
        return True
    # one particle may stand between (Igbo `ndi na-ekiri`, "people who are watching")
    return any(
        word in _AUDIENCE_PEOPLE and _AUDIENCE_ACTS.intersection(words[i + 1 : i + 3])
        for i, word in enumerate(words)
    )


# `listen` too: Italian `ascolto_medio` ("average audience", a ratings column) is
# listening followed by a trailing average word, everyone's, not one person's.
# Mongolian puts the count after what is counted (`үзэлтийн_тоо`, "the viewings' number",
# read `uzeltiin_too`): a count word after a watch or listen word counts everyone's turns.
_COUNT_AFTER_ACT = frozenset(["too", "toonii"])
# Hausa, Swahili and Arabic put the count first (`yawan_kallo`, "the amount of watching";
# `idadi_ya_kusikiliza`; `adad_al_mushahadat`): a title's view count, everyone's (round 60).
# Maori puts it first too (`tatau_mātaki`, "count of watching"; `te maha o ngā mātakitaki`,
# "the number of views"): a title's count in a "most watched" chart, everyone's (round 66).
_COUNT_BEFORE_ACT = frozenset(["yawan", "adadin", "idadi", "adad", "aadad", "tatau", "maha"])
_ACT_CLASSES = frozenset(["watching", "watched", "listen", "listened", "played", "playback"])
_MEDIA_TIME_CLASSES = frozenset(
    ["duration", "time", "minutes", "seconds", "watched", "played", "listen"]
)


@lru_cache(maxsize=8192)
def aggregate_key(key: str) -> bool:
    """A key naming an average, an audience or play count, or a ranking: never a
    time this user spent on a piece."""
    words = key_words(key)
    if not words:
        return False
    if set(words) & (_AVERAGE_WORDS | _AUDIENCE_WORDS) or _doubled_average(words):
        return True
    if _audience_people(words) or _watching_now(words):
        return True
    lexicon = load("viewing")
    classes = [lexicon.word(w) for w in words]
    for i, word in enumerate(words):
        earlier = classes[:i]
        if word in _TRAILING_AVERAGE and any(c in _MEDIA_TIME_CLASSES for c in earlier):
            return True
        if word in _COUNT_AFTER_ACT and any(c in _ACT_CLASSES for c in earlier):
            return True
        if word in _COUNT_BEFORE_ACT and any(c in _ACT_CLASSES for c in classes[i + 1 : i + 4]):
            return True
        said = any(c in ("watched", "played", "listened") for c in earlier)
        if word in _BY_WORDS and (said or any(w in _WATCHED_EN for w in words[:i])):
            return True
    return False


# -- whole records that describe an audience, not a viewer -----------------------
#
# A creator's analytics dashboard (`{chaine, periode: "28j", tempsDeVisionnementMin,
# dureeMoyenneVisionnementSec, courbeRetention: [...], repartitionAge: {...}}`) has a
# channel and a watch time: the shape of a playback record, in any language. What no
# single viewer's record carries, and a reader of any language still sees, is the
# arithmetic of a crowd: a split of the audience into shares that add up to 100 %
# (age bands, genders, countries), a retention curve (a long run of fractions), a
# reporting window (`28d`, `28j`, `last_7_days`) and averages. Two of these make the
# record an aggregate; one alone is not enough (a player's QoE beacon has an average
# bitrate, a personal weekly digest a window).

_SHARE_TOTALS = ((98.0, 102.0), (0.98, 1.02))
_CURVE_MIN = 10
_WINDOW_RE = re.compile(
    r"(?i)(?:last|past|letzte[n]?|derniers?|ultim[oia]s?)?[ _-]?\d{1,3}[ _-]?"
    r"(?:d|j|g|t|w|h|days?|jours?|dias?|días?|giorni|tage|gun|hari|dni|dagen|wk|weeks?)"
)
# Keys that name a reporting window, in the languages of the sets and their neighbours.
_WINDOW_WORDS = frozenset(
    ["period", "periode", "periodo", "zeitraum", "window", "range", "donem", "tempoh",
     "okres", "kausi", "periodi", "timeframe", "timespan"]
)  # fmt: skip


def _shares(value: object) -> bool:
    """`{"18-24": 31.2, "25-34": 40.5, ...}`, `{"femmes": 46.1, "hommes": 52.7}`: two
    or more non-negative numbers keyed by labels, adding up to 100 % (or to 1)."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 40:
        return False
    numbers = [v for v in value.values() if _is_number(v)]
    if len(numbers) != len(value):
        return False
    total = sum(numbers)
    return all(n >= 0 for n in numbers) and any(lo <= total <= hi for lo, hi in _SHARE_TOTALS)


def _curve(value: object) -> bool:
    """A long run of fractions (a retention or audience-watch-ratio curve)."""
    return (
        isinstance(value, list)
        and len(value) >= _CURVE_MIN
        and all(_is_number(v) and 0 <= v <= 1.5 for v in value)
    )


def _window(key: str, value: object) -> bool:
    """`periode: "28j"`, `range: "last_28_days"`: a reporting window, not a moment."""
    if not isinstance(value, str) or len(value) > 24:
        return False
    return bool(_WINDOW_WORDS.intersection(key_words(key))) and bool(_WINDOW_RE.fullmatch(value))


# Counts of people reached (`views`, `subscribers`, `impressions`): a plays count
# (`plays`, Trakt's times one user played a film) is not among them.
_REACH_WORDS = frozenset(
    ["views", "viewers", "viewcount", "subscribers", "impressions", "reach", "uniques",
     "audience", "audiences", "listeners", "spectators", "followers", "abonnes", "abonnenten",
     "suscriptores", "inscritos", "iscritti", "aboneler", "pelanggan", "vues", "aufrufe",
     "visualizaciones", "visualizacoes", "zuschauer", "espectadores", "concurrents",
     "concurrent", "pageviews", "visitors", "downloads", "luot", "yot",
     # Czech and Polish listeners, viewers and views (a podcast chart's columns)
     "posluchaci", "posluchacu", "divaci", "divaku", "sluchacze", "sluchaczy", "widzowie",
     "widzow", "wyswietlenia", "wyswietlen", "odslony", "odslon"]
)  # fmt: skip
# A time amount in minutes or hours beyond what one person watches in a month: the
# watch time of a channel or a catalogue, summed over its audience.
_CROWD_UNITS = {"minutes": 60.0, "mins": 60.0, "min": 60.0, "hours": 3600.0, "hrs": 3600.0,
                "hr": 3600.0, "dk": 60.0, "dakika": 60.0, "saat": 3600.0}  # fmt: skip
_CROWD_SECONDS = 31 * 86400.0


def _average_key(key: str) -> bool:
    """`avg_watch_time`, and a trailing average after a media time word that
    `aggregate_key` reads (`ascolto_medio`, `duracao_media`)."""
    words = key_words(key)
    if _AVERAGE_WORDS.intersection(words) or _doubled_average(words):
        return True
    return bool(words) and words[-1] in _TRAILING_AVERAGE and aggregate_key(key)


def _doubled_average(words: tuple[str, ...]) -> bool:
    """`rata_rata_durasi`: the doubled word, not `rata` alone (Indonesian "flat")."""
    return any(a == b == _DOUBLED_AVERAGE for a, b in pairwise(words))


@lru_cache(maxsize=8192)
def average_key(key: str) -> bool:
    """`avg_listen_sec`, `prumernaDelkaPoslechu` (Czech "average listening length"):
    an average over everyone who played the piece, never one person's played time."""
    return _average_key(key)


# A ratings table's share of the audience (`share: 23.4`) or a post's share count:
# either way everyone's, never one viewer's.
_SHARE_WORDS = frozenset(["share", "shares"])


def _share_key(key: str, value: object) -> bool:
    words = key_words(key)
    return _is_number(value) and len(words) == 1 and words[0] in _SHARE_WORDS


# `view_count`, `listenerCount`: a count word beside a word for people reached.
_COUNTED_REACH = frozenset(["view", "viewer", "listener", "subscriber", "follower", "visitor"])
_REACH_COUNT_WORDS = frozenset(["count", "counts", "num", "number", "total"])


def _reach_key(key: str, value: object) -> bool:
    words = key_word_set(key)
    counted = bool(words & _COUNTED_REACH) and bool(words & _REACH_COUNT_WORDS)
    people = bool(words & _REACH_WORDS) or _audience_people(key_words(key))
    return (counted or people) and _is_number(value)


def _crowd_amount(key: str, value: object) -> bool:
    """`tempsDeVisionnementMin: 85474`, `watchTimeHours: 12000`: more than a month."""
    if not _is_number(value):
        return False
    scale = _minutes_scale(key)
    return scale is not None and value * scale > _CROWD_SECONDS  # type: ignore[operator]


@lru_cache(maxsize=8192)
def _minutes_scale(key: str) -> float | None:
    """Seconds per unit of a minutes or hours key; minutes in any language the viewing
    lexicon holds (`minutos_assistidos_total`, `minuti_visti`), round 154."""
    words = key_words(key)
    scale = next((_CROWD_UNITS[w] for w in reversed(words) if w in _CROWD_UNITS), None)
    if scale is None and any(load("viewing").word(w) == _MINUTES_CLASS for w in words):
        return 60.0
    return scale


# A count of plays in the hundreds (`playCount: 4188`) beside a SUMMED play
# time (`totalPlaySec`): a chart row or a business's hold-music ranking, the plays
# of everyone who heard it. One person's record counts a few plays (Trakt's
# `plays: 3`) and, for a summed time, has no count beside it (an audiobook's
# `totalListenedSec`).
_PLAYS_COUNT_WORDS = frozenset(
    ["plays", "playcount", "streams", "listens", "spins", "reproducciones", "reproducoes"]
)  # fmt: skip
# `playCount`, `play_count`, `stream_count`: a count word beside a play word.
_COUNTED_PLAYS = frozenset(["play", "stream", "listen", "spin"])
_COUNT_WORDS = frozenset(["count", "counts", "num", "number"])
_MASS_PLAYS = 100
_SUM_WORDS = frozenset(
    ["total", "sum", "summed", "cumulative", "accumulated", "gesamt", "totale", "totales",
     "totais", "acumulado", "acumulados", "cumule", "insgesamt", "toplam", "jumlah", "suma",
     "somma", "totaal", "totalt", "yhteensa", "osszes", "celkem", "vsego", "itogo"]
)  # fmt: skip
# The viewing lexicon's classes for a time unit (`minutos`, `dakika`, `secondi`).
_MINUTES_CLASS = "minutes"
_TIME_CLASSES = frozenset(["minutes", "seconds"])
_TIME_WORDS = frozenset(
    ["sec", "secs", "seconds", "ms", "millis", "min", "mins", "minutes", "hours", "hrs", "time",
     "duration"]
)  # fmt: skip
# A watch time many times the piece's own length (`watchTimeHours: 357` on a
# 29-minute video): nobody replays one video ten times over in one record; a
# channel's viewers together do.
_REPLAYS_BEYOND = 10.0
_UNIT_SECONDS = {"ms": 0.001, "millis": 0.001, "msec": 0.001, "sec": 1.0, "secs": 1.0,
                 "seconds": 1.0, "s": 1.0, **_CROWD_UNITS}  # fmt: skip
_DURATION_WORDS = frozenset(["duration", "length", "dur", "runtime"])
_CLOCK_SECONDS = 1e8


def _mass_plays(key: str, value: object) -> bool:
    """`playCount: 4188`, `streams: 912`: a count of plays in the hundreds (counts of
    people reached are `_reach_key`'s)."""
    words = key_word_set(key)
    if words & _TIME_WORDS:
        return False  # `totalPlaySec` is a time, `_summed_time`'s
    counted = bool(words & _PLAYS_COUNT_WORDS) or (
        bool(words & _COUNTED_PLAYS) and bool(words & _COUNT_WORDS)
    )
    return (
        counted and _is_number(value) and value >= _MASS_PLAYS  # type: ignore[operator]
    )


def _summed_time(key: str, value: object) -> bool:
    """`totalPlaySec`, `cumulative_watch_minutes`: a time added up over plays."""
    words = key_word_set(key)
    if not _is_number(value) or not words & _SUM_WORDS:
        return False
    return bool(words & _TIME_WORDS) or _lexicon_time_unit(key)


@lru_cache(maxsize=8192)
def _lexicon_time_unit(key: str) -> bool:
    """A key naming minutes or seconds in any language the viewing lexicon holds."""
    lexicon = load("viewing")
    return any(lexicon.word(w) in _TIME_CLASSES for w in key_words(key))


def _seconds(key: str, value: object) -> float | None:
    """A time amount in seconds, by the unit its key names (`watchTimeHours`)."""
    if not _is_number(value):
        return None
    words = key_words(key)
    scale = next((_UNIT_SECONDS[w] for w in reversed(words) if w in _UNIT_SECONDS), None)
    return None if scale is None else float(value) * scale  # type: ignore[arg-type]


def _beyond_duration(value: dict) -> bool:
    """A watched or played time more than ten times the piece's own duration (a clock
    time in milliseconds, `tsMs`, is no amount: beyond three years it is skipped)."""
    durations = [
        s
        for k, v in value.items()
        if _DURATION_WORDS.intersection(key_words(str(k))) and (s := _seconds(str(k), v))
    ]
    if not durations:
        return False
    longest = max(durations)
    return any(
        not _DURATION_WORDS.intersection(key_words(str(k)))
        and (s := _seconds(str(k), v)) is not None
        and _REPLAYS_BEYOND * longest < s < _CLOCK_SECONDS
        for k, v in value.items()
    )


# When a piece was published (`publishedAt`, `fecha_publicacion`): beside a count of
# people reached, a creator's own upload or a catalogue listing, not a viewing.
_PUBLISHED_WORDS = frozenset(
    ["published", "publish", "publishing", "publication", "premiered", "premiere", "publicado",
     "publicada", "publicacion", "publicacao", "publie", "publiee",
     "veroeffentlicht", "veroffentlicht", "pubblicato", "pubblicazione", "diterbitkan"]
)  # fmt: skip


def _published(key: str) -> bool:
    return bool(_PUBLISHED_WORDS.intersection(key_words(key)))


def audience_aggregate(value: object) -> bool:
    """Whether a record describes an audience (two or more of: a split into shares,
    nested one level or not; a curve of fractions; a reporting window; an average; a
    count of people reached; a time amount beyond a month; a count of plays in the
    hundreds; a summed play time; a watch time ten times the piece's length; with a
    count of people reached, when the piece was published), so that its watch times
    are everyone's, not one person's."""
    if not isinstance(value, dict):
        return False
    split = curve = window = average = reach = crowd = mass = summed = False
    for key, item in value.items():
        text = key if isinstance(key, str) else str(key)
        split = split or _shares(item)
        if isinstance(item, dict) and not split:
            split = any(_shares(v) for v in list(item.values())[:12])
        curve = curve or _curve(item)
        window = window or _window(text, item)
        average = average or _average_key(text)
        split = split or _share_key(text, item)
        reach = reach or _reach_key(text, item)
        crowd = crowd or _crowd_amount(text, item)
        mass = mass or _mass_plays(text, item)
        summed = summed or _summed_time(text, item)
    beyond = _beyond_duration(value)
    published = reach and any(_published(str(k)) for k in value)
    signals = split + curve + window + average + reach + crowd + mass + summed + beyond
    return signals + published >= 2
