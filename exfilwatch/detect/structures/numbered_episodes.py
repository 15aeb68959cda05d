"""An episode addressed by its NUMBERS: a season and an episode, in any language's
words or in the abbreviations in-house keys use.

A series app says "season 2, episode 11", and its developers shorten both: Mexican
`temp` / `cap` (temporada, capitulo), Portuguese `temp` / `ep`, English `ssn` / `ep`,
Italian `stag` / `ep`, Dutch `afl` (aflevering), Polish `odc` (odcinek). Alone each
abbreviation says little (`temp` is a temperature, `cap` a limit, `ep` an epoch);
two small whole numbers under a season word and an episode word together name one
episode of a series, and so does an episode abbreviation beside the series' name
(`{"serie": "el-chavo", "cap": 15}`). An episode word the lexicon reads in full
(`capitulo`, `episodio`, `folge`) names one by itself.

Two rules read it: `numbered_episode_watched` (the episode with how far it was
watched, at any URL; there a season and an episode abbreviation alone are not enough,
`{"temp": 21, "cap": 100}` is also a reading and a limit) and `numbered_episode` (the
episode alone, written to a URL that already says it was watched: `PUT
/perfil/ya_lo_vi/<show>`, "I already saw it").

Not an episode of a series: a game's season and chapter (a battle pass's level, XP,
reward or quest), a book's or a manga's chapter read (a page, reading), a course's
module and lesson, a catalogue editor's episode metadata (a synopsis).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _is_number, _key_text, _numeric, key_words, structure
from .aggregates import aggregate_key
from .playback_fields import _playhead
from .playback_vocab import _AD_WORDS, _WATCHED_UNITS, _WATCHED_VERBS
from .playback_words import play_words, priced_record
from .public_screens import public_screen

# An episode's or a season's number is often suffixed or prefixed so (`cap_num`,
# `nro_temp`, `numero_capitulo`).
_ORDINALS = frozenset(["no", "num", "number", "nr", "nro", "numero", "n", "idx"])
_SEASON_ABBREVIATIONS = frozenset(["temp", "ssn", "szn", "sais", "stag", "staf", "sez"])
_EPISODE_ABBREVIATIONS = frozenset(["cap", "ep", "epi", "epis", "afl", "odc"])
_SERIES_WORDS = frozenset(["series", "show", "drama"])
_MAX_SEASON = 99
_MAX_EPISODE = 9999

# Records that number seasons and chapters but are no series: games, reading, courses,
# a catalogue's own metadata. Read as plain key words and as the lexicon's classes.
_NOT_EPISODE = frozenset(
    ["game", "games", "juego", "juegos", "jogo", "jeu", "gioco", "spiel", "level", "nivel",
     "niveau", "livello", "xp", "quest", "mission", "mision", "missao", "reward", "recompensa",
     "battlepass", "tier", "score", "points", "puntos", "pontos",
     "page", "pages", "pagina", "paginas", "read", "reading", "leido", "leidos", "lido",
     "manga", "comic", "comics", "book", "chapter",
     "course", "curso", "cours", "corso", "lesson", "leccion", "licao", "lecon", "lezione",
     "module", "modulo", "quiz", "exam",
     # round 57: a course and a lesson in Polish, German, Czech, Turkish and Tagalog
     "kurs", "kursu", "lekcja", "lekcje", "lekcji", "lektion", "kurz", "lekce", "ders", "kurso",
     "aralin",
     "synopsis", "sinopsis", "sinopse", "description", "descripcion", "descricao"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _words(key: str) -> tuple[str, ...]:
    """The key's class words without an ordinal (`cap_num` -> `cap`)."""
    return tuple(w for w in play_words(key) if w not in _ORDINALS)


def _season_key(key: str) -> bool:
    words = _words(key)
    return words == ("season",) or (len(words) == 1 and words[0] in _SEASON_ABBREVIATIONS)


def _episode_word(key: str) -> bool:
    """An episode word the lexicon reads in full (`capitulo`, `episode`, `folge`)."""
    return _words(key) == ("episode",)


def _episode_key(key: str) -> bool:
    """The gate: an episode word or abbreviation (`cap`, `ep`, `capitulo`)."""
    words = _words(_key_text(key))
    return words == ("episode",) or (len(words) == 1 and words[0] in _EPISODE_ABBREVIATIONS)


def _whole(value: object, top: int, bottom: int = 1) -> bool:
    """A whole number from `bottom` to `top`, as a number or a digit string."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        return value.isdigit() and bottom <= int(value) <= top
    return _is_number(value) and float(value) == int(value) and bottom <= value <= top  # type: ignore[arg-type,operator]


def _named(value: object) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool) and value != ""


def _ruled_out(value: dict) -> bool:
    """A game's, a book's, a course's or a catalogue editor's record, a priced row,
    an ad's or a public screen's; or an episode's statistics (a producer's downloads,
    listeners, average listening time: everyone's, not one person's)."""
    for key in value:
        text = _key_text(key)
        words = set(key_words(text)) | set(play_words(text))
        if words & _NOT_EPISODE or words & _AD_WORDS or aggregate_key(text):
            return True
    return priced_record(value) or public_screen(value)


def numbered_episode(value: dict, paired: bool = True) -> str | None:
    """The key that numbers an episode of a series in `value`, or None: an episode
    word in full, or an abbreviation beside the series' name or (with `paired`) beside a
    season's number. Two abbreviations alone (`{"temp": 21, "cap": 100}`) are also a
    temperature and a limit: only a URL that says watched (the caller's) settles it."""
    keys = {_key_text(k): v for k, v in value.items()}
    episodes = [k for k, v in keys.items() if _episode_key(k) and _whole(v, _MAX_EPISODE)]
    if not episodes:
        return None
    full = next((k for k in episodes if _episode_word(k)), None)
    if full is not None:
        return full
    beside = any(
        (paired and _season_key(k) and _whole(v, _MAX_SEASON, 0))
        or (len(_words(k)) == 1 and _words(k)[0] in _SERIES_WORDS and _named(v))
        for k, v in keys.items()
        if k not in episodes
    )
    return episodes[0] if beside else None


def _watched_measure(key: str, value: object) -> bool:
    """How far the episode was watched: a playhead with a time unit (`posicion_seg`), a
    time watched (`min_vistos`, `watched_s`) or a watched flag that is true (`visto`).
    A time PLAYED is left out: a game's rounds are played too."""
    words = play_words(key)
    if value is True:
        return words == ("watched",)
    if isinstance(value, bool):
        return False
    number = _numeric(value)
    if number is None or not 0 < number < 1e6:
        return False
    if _WATCHED_VERBS.intersection(words) and _WATCHED_UNITS.intersection(words):
        return True
    return _playhead(words, value)


@structure("numbered_episode_watched", kind=dict, size=(2, 30), needs=(_episode_key,))
def numbered_episode_watched(value: object) -> str | None:
    """An episode numbered by season and episode with how far it was watched."""
    if not isinstance(value, dict):
        return None
    episode = numbered_episode(value, paired=False)
    if episode is None or _ruled_out(value):
        return None
    measure = next(
        (_key_text(k) for k, v in value.items() if _watched_measure(_key_text(k), v)), None
    )
    if measure is None:
        measure = _share_of_named_episode(value)
    if measure is None:
        return None
    return f"episode numbered by `{episode}` with how far it was watched (`{measure}`)"


# Round 56: a bare percentage beside a series' NAME and an episode's number (an MMP
# event's params, Turkish `{dizi, bolum, yuzde}`) is the share of that episode watched,
# unless a key says it is a download's, a discount's, a rating's or a device setting's.
_NOT_A_SHARE = frozenset(
    ["download", "downloaded", "downloading", "indirme", "indirilen", "discount", "indirim",
     "rabatt", "descuento", "desconto", "remise", "sconto", "coupon", "kupon", "rating", "rate",
     "puan", "vote", "votes", "oy", "like", "likes", "begeni", "battery", "pil", "volume",
     "ses", "brightness", "parlaklik", "storage", "upload", "sale", "price", "tax", "vat",
     "rabat", "znizka", "promocja", "promo", "promotion", "promocion", "promocao", "diskwento",
     "kdv", "match", "uyum", "chance", "probability", "win"]
)  # fmt: skip


# Round 57: the series is named by its title as often as by a series key (Polish
# `{tytul, serial_id, odcinek, procent}`): a title's text beside the episode's number.
_NAMING_WORDS = _SERIES_WORDS | frozenset(["title"])


def _share_of_named_episode(value: dict) -> str | None:
    """The key of a bare percentage (0-100) in an object that also names its series by a
    string (`dizi: "..."`, or its title: `tytul: "..."`), or None; a download's, discount's
    or rating's object is not."""
    named = share = None
    for k, v in value.items():
        key = _key_text(k)
        words = play_words(key)
        if set(words) & _NOT_A_SHARE or set(key_words(key)) & _NOT_A_SHARE:
            return None
        if len(words) == 1 and words[0] in _NAMING_WORDS and isinstance(v, str) and v.strip():
            named = key
        elif words == ("percent",) and not isinstance(v, bool):
            number = _numeric(v)
            if number is not None and 0 < number <= 100:
                share = key
    return share if named else None


@structure("numbered_episode", kind=dict, size=(1, 30), needs=(_episode_key,))
def numbered_episode_only(value: object) -> str | None:
    """An episode numbered by season and episode (the rule's URL says it was watched)."""
    if not isinstance(value, dict):
        return None
    episode = numbered_episode(value)
    if episode is None or _ruled_out(value):
        return None
    return f"episode numbered by `{episode}`"
