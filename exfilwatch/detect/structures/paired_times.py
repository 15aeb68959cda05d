"""Watch and listen logs recognised by their SHAPE, in whatever language the keys are
written: a record that names a piece of content (an id, or an object holding an id
and a name) and carries two numbers in the same time unit (`paartha_nodi` and
`mothha_nodi`, `aikla_vel_sec` and `ekun_lambi_sec`, `tai_dou` and `cheung_dou`),
the smaller inside the larger, the larger a plausible length of a film, an episode
or a song. A reader who does not speak the language still sees "how far into how
long, of this item". Words are used only to rule out the look-alikes every app has
(a ride's ETA against its trip time, a job's elapsed time against its timeout, a
download's bytes done against its total, a quiz's time against its limit)."""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import _is_number, _key_text, key_word_set, key_words, structure
from .playback_edits import edits_media
from .playback_words import play_words
from .public_screens import public_screen

# Units a shared last word may be, read in any language's romanisation: seconds,
# milliseconds and minutes. A suffix outside these still pairs (`tai_dou`, Cantonese
# "up to") but then the record must name its item AND give its title.
_MS_UNITS = frozenset(["ms", "msec", "millis", "milliseconds", "millisec"])
_SECOND_UNITS = frozenset(
    ["s", "sec", "secs", "second", "seconds", "sek", "seg", "sekond", "sekund", "sekunden",
     "segundos", "secondes", "secondi", "saniye", "detik", "nodi", "nodigal", "byou", "miao",
     "cho", "giay", "vinadi", "sekunde", "sekundy", "sekundi", "sekuntia", "thaniya"]
)  # fmt: skip
_NOT_UNITS = frozenset(
    ["id", "ids", "count", "cnt", "num", "no", "nr", "number", "bytes", "byte", "kb", "mb",
     "gb", "size", "px", "points", "pts", "score", "km", "m", "meters", "metres", "miles",
     "price", "amount", "amt", "qty", "total", "level", "lvl", "percent", "pct", "ratio",
     "index", "idx", "code", "name", "at", "ts", "time", "date", "type", "kg", "steps",
     "kcal", "cal", "rate", "version", "ver", "max", "min", "limit",
     # angles, temperatures, lengths and signal units: a drone's gimbal and flight yaw
     # (`GimbalYawDegree` / `FlightYawDegree`) pair like times but measure a camera
     "degree", "degrees", "deg", "rad", "radian", "radians", "grad", "grados", "graus",
     "gradi", "degres", "derece", "celsius", "fahrenheit", "kelvin", "mm", "cm", "ft",
     "feet", "inch", "inches", "hz", "khz", "mhz", "ghz", "dbm", "db", "lux", "hpa", "pa",
     "volt", "volts", "mah", "watt", "watts", "kbps", "mbps", "fps", "dpi"]
)  # fmt: skip
# Words that make a pair of times something other than playback: trips, jobs,
# transfers, tests, games, calls, timers, workouts, deliveries, sessions of a device.
_NOT_MEDIA = frozenset(
    ["eta", "trip", "ride", "route", "driver", "pickup", "dropoff", "delivery", "courier",
     "job", "task", "timeout", "retry", "retries", "ttl", "expire", "expires", "expiry",
     "deadline", "cooldown", "upload", "uploaded", "download", "downloaded", "transfer",
     "bytes", "chunk", "quiz", "exam", "test", "question", "answer", "answers", "score",
     "game", "level", "lap", "race", "workout", "exercise", "run", "sleep", "call", "ring",
     "talk", "voip", "meeting", "battery", "charge", "charging", "parking", "park", "timer",
     "alarm", "countdown", "cart", "order", "stock", "qty", "page", "offset", "limit",
     "lesson", "course", "otp", "token", "session", "auth", "login", "cache", "poll",
     "interval", "backoff", "lease", "wait", "queue", "boost", "fare", "distance", "km",
     "speed", "shift", "break", "booking", "slot", "ad", "ads", "advert", "preroll",
     "thumbnail", "preview", "trailer", "goal", "target", "quota", "budget", "cpu", "gpu",
     "latency", "build", "compile",
     # exams, mock tests and their timers, romanised: Japanese shiken / mogi / taimaa,
     # Korean siheom / moui, Chinese kaoshi / ceshi / jishi, Spanish, Portuguese,
     # Italian, French, German, Dutch, Polish, Turkish, Indonesian, Hungarian, Nordic
     "shiken", "mogi", "taimaa", "siheom", "moui", "kaoshi", "ceshi", "jishi", "examen",
     "examenes", "prova", "provas", "esame", "pruefung", "prufung", "toets", "tentamen",
     "egzamin", "sinav", "ujian", "vizsga", "eksamen", "tenta", "simulado", "simulacro",
     "temporizador", "cronometro", "minuteur", "chrono", "stopwatch"]
)  # fmt: skip
# The two ends of a span MARKED in a piece, not played: an editor's or a cue sheet's
# in and out points (`inSec` / `outSec`, French `entreeSec` / `sortieSec`, Spanish
# `entradaSeg` / `salidaSeg`, German `einSek` / `ausSek`, pinyin `ru dian` / `chu
# dian`). A track placed in a video from 1:21 to 9:19 says where the music goes; a
# watch record says how far into how long (`positionSec` / `durationSec`).
_IN_OUT_PAIRS = frozenset(
    frozenset(pair)
    for pair in (
        ("in", "out"), ("entree", "sortie"), ("entrada", "salida"), ("entrada", "saida"),
        ("ingresso", "uscita"), ("entrata", "uscita"), ("ein", "aus"), ("eingang", "ausgang"),
        ("giris", "cikis"), ("masuk", "keluar"), ("in", "uit"), ("wejscie", "wyjscie"),
        ("ru", "chu"), ("rudian", "chudian"), ("inpoint", "outpoint"), ("inpunkt", "outpunkt"),
    )
)  # fmt: skip
# A cue sheet's row places a licensed track in a video (`usage: "background"`,
# `placement`, `cue`): paperwork about a production, whatever its two times are named.
_PLACEMENT_WORDS = frozenset(
    ["cue", "cues", "cuesheet", "placement", "placements", "licence", "licensing", "royalty",
     "royalties"]
)  # fmt: skip
_USAGE_WORDS = frozenset(
    ["usage", "uso", "utilisation", "utilizzo", "utilizacao", "utilizacion", "verwendung",
     "nutzung", "kullanim", "penggunaan", "gebruik", "uzycie", "yongtu"]
)  # fmt: skip
# A span of a recording with the words said in it: a speech-to-text segment, a
# subtitle cue or a synced lyric line (`{segmentId, startSec, endSec, text}`). The
# times say where in the audio the words are, not how far anyone played it.
_SPOKEN_WORDS = frozenset(
    ["text", "transcript", "transcription", "transcribed", "caption", "captions", "subtitle",
     "subtitles", "utterance", "sentence", "speaker", "lyric", "lyrics", "texto", "texte",
     "testo", "metin", "teks", "tekst", "wenben", "wenzi", "zimu", "untertitel", "sottotitoli",
     "altyazi", "ondertitel", "napisy", "legenda", "legendas", "sprecher", "hablante",
     "locuteur", "parlante", "konusmaci", "trascrizione", "transcripcion", "transcricao",
     "zhuanxie", "jimaku", "moji"]
)  # fmt: skip
# Times a catalogue gives for every viewer alike: where the intro or the recap ends,
# where the credits start, a chapter, a song's fade or hook, a skip button's target.
# `introEndSec` beside `runtimeSec` is an episode's metadata, not how far anyone got.
_MARKER_WORDS = frozenset(
    ["intro", "outro", "recap", "credits", "credit", "opening", "ending", "fade", "fadein",
     "fadeout", "hook", "chapter", "chapters", "skip", "marker", "markers", "teaser",
     "highlight", "highlights", "vorspann", "abspann", "generique", "creditos", "jenerik",
     "abertura", "piantou", "pianwei", "tiaoguo", "recapitulatif", "resumen"]
)  # fmt: skip
_SONG_LENGTH = (60.0, 6 * 3600.0)  # a song's to a long film's, in seconds
_ID_RE = re.compile(r"(?=[A-Za-z0-9_.:-]*\d)[A-Za-z][A-Za-z0-9_.:-]{2,39}|\d{3,12}")
_TIME_RE = re.compile(r"\d{4}-\d\d-\d\d|\d\d:\d\d")


@lru_cache(maxsize=8192)
def _unit_scale(suffix: str) -> float | None:
    """Seconds per unit of a shared suffix; 1.0 for a word that is not a known unit
    (read as seconds, the commonest), None for a suffix that is not a time."""
    if suffix in _NOT_UNITS:
        return None
    if suffix in _MS_UNITS:
        return 0.001
    if suffix == "ticks":  # .NET 100 ns ticks: Emby / Jellyfin PositionTicks, RunTimeTicks
        return 1e-7
    return 1.0


def _marked_span(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """`in` / `out` (`mark_in` / `mark_out`, `entree` / `sortie`): the two prefixes
    differ in one word, and those two words are the ends of a marked span."""
    if len(first) != len(second):
        return False
    differ = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    return len(differ) == 1 and frozenset(differ[0]) in _IN_OUT_PAIRS


def _timed_pair(numbers: list[tuple[tuple[str, ...], float]]) -> tuple[bool, str] | None:
    """(is the suffix a known unit, suffix) of the first two numbers that share a last
    word, differ in the words before it and read as "a part of a media length"."""
    for i, (words_a, a) in enumerate(numbers):
        for words_b, b in numbers[i + 1 :]:
            if words_a[-1] != words_b[-1] or words_a[:-1] == words_b[:-1]:
                continue
            if _marked_span(words_a[:-1], words_b[:-1]):
                continue
            if _MARKER_WORDS.intersection(words_a[:-1] + words_b[:-1]):
                continue  # a catalogue's own markers: where the intro ends, credits start
            scale = _unit_scale(words_a[-1])
            if scale is None:
                continue
            part, whole = sorted((a, b))
            low, high = _SONG_LENGTH
            if part > 0 and low <= whole * scale <= high:
                known = words_a[-1] in _SECOND_UNITS or scale != 1.0
                return known, words_a[-1]
    return None


def _is_id(value: object) -> bool:
    if isinstance(value, str):
        return bool(_ID_RE.fullmatch(value)) and not _TIME_RE.search(value)
    return _is_number(value) and isinstance(value, int) and value >= 100  # type: ignore[operator]


def _is_title(value: object) -> bool:
    """Human text: letters, not an id, a time, a URL or an enum-like single token."""
    if not isinstance(value, str) or not 2 <= len(value) <= 200:
        return False
    if _is_id(value) or _TIME_RE.search(value) or "/" in value or "@" in value:
        return False
    if not any(ch.isalpha() for ch in value):
        return False
    # caseless scripts (Chinese, Amharic, Tamil...) have no capital to show a name
    return " " in value or value[:1].isupper() or not value.isascii()


def _content_ref(value: dict) -> tuple[bool, bool]:
    """(names an item by id, gives a title): an id-valued key, or a nested object
    with an id and a name (`nigazhchi: {id, thodar}`, `kirtan: {id, naam}`)."""
    has_id = has_title = False
    for key, item in value.items():
        words = key_words(_key_text(key))
        if isinstance(item, dict) and 2 <= len(item) <= 12:
            nested_id = any(
                key_words(_key_text(k))[-1:] == ("id",) and _is_id(v) for k, v in item.items()
            )
            if nested_id and any(_is_title(v) for v in item.values()):
                return True, True
        elif words and words[-1] in ("id", "ids") and _is_id(item):
            has_id = True
        elif _is_title(item):
            has_title = True
    return has_id, has_title


def _spoken(value: dict) -> bool:
    """A transcript, subtitle or lyric key holding text beside the span."""
    return any(
        isinstance(item, str) and _SPOKEN_WORDS.intersection(key_words(_key_text(key)))
        for key, item in value.items()
    )


def _placed(value: dict) -> bool:
    """A cue or licence key, or a usage named in words (`usage: "background"`)."""
    for key, item in value.items():
        words = key_word_set(_key_text(key))
        if words & _PLACEMENT_WORDS or (words & _USAGE_WORDS and isinstance(item, str)):
            return True
    return False


def _media_free(value: dict) -> bool:
    """Whether any key says the record is a trip, a job, a transfer, a test..."""
    return any(_NOT_MEDIA.intersection(key_words(_key_text(key))) for key in value)


@structure("paired_play_time", kind=dict, size=(3, 24))
def paired_play_time(value: object) -> str | None:
    """A content reference with "how far" and "how long" in one time unit: a watch,
    listen or resume record in any language (see the module docstring)."""
    if not isinstance(value, dict):
        return None
    numbers = [
        (words, float(item))
        for key, item in value.items()
        if _is_number(item) and len(words := key_words(_key_text(key))) >= 2
    ]
    if len(numbers) < 2:
        return None
    pair = _timed_pair(numbers)
    if pair is None or _media_free(value) or edits_media(value) or _placed(value) or _spoken(value):
        return None
    if public_screen(value):
        return None
    known_unit, suffix = pair
    has_id, has_title = _content_ref(value)
    if not has_id:
        return None
    if not known_unit and not has_title:
        return None
    return f"item with how far and how long it played (`*_{suffix}` pair)"


_PERCENT_WORDS = frozenset(["pct", "percent", "percentage"])
_EPISODE_WORDS = frozenset([("ep",), ("episode",), ("ep", "no"), ("episode", "no"), ("ep", "num")])


def _percent_done(words: tuple[str, ...], item: object) -> bool:
    """`progress_pct`, `watched_percent`: a share of the item played, 0..100."""
    return (
        bool(_PERCENT_WORDS.intersection(words))
        and len(words) >= 2
        and _is_number(item)
        and 0 < item <= 100  # type: ignore[operator]
    )


@structure("episode_progress_row", kind=dict, size=(3, 16), words=_PERCENT_WORDS)
def episode_progress_row(value: object) -> str | None:
    """A continue-watching row: a titled series episode with how much of it was played
    (`{cid, title, ep, progress_pct, last_seen}`). An episode number beside a title is
    a series' episode whatever the app's language; the share played makes it a
    resume point, which is viewing history (a catalogue row has no share played)."""
    if not isinstance(value, dict):
        return None
    percent = episode = title = False
    for key, item in value.items():
        text = _key_text(key)
        words = key_words(text)
        percent = percent or _percent_done(words, item)
        if isinstance(item, int) and not isinstance(item, bool) and 0 < item < 1000:
            episode = episode or play_words(text) in _EPISODE_WORDS
        title = title or _is_title(item)
    if percent and episode and title and not _media_free(value):
        return "series episode with the share of it played"
    return None


# A karaoke app plays the backing track of every song its user sings: the songs sung
# are songs played. A scored performance (pitch, score) is judged elsewhere as a
# performance, not a listening, and stays out.
_SUNG_WORDS = frozenset(["sung", "sang"])
_SUNG_UNITS = frozenset(["sec", "secs", "seconds", "s", "ms", "millis", "time", "duration"])
_SONG_WORDS = frozenset(["song", "track", "artist", "singer"])
_SCORED_WORDS = frozenset(["score", "scores", "pitch", "vibrato", "rating", "stars", "grade"])
_RECENT_WORDS = frozenset(["recent", "recently", "history", "last", "log"])


def _names_song(value: dict) -> bool:
    """A song id or title among the record's fields (`songId`, `songName`, `track`)."""
    for key, item in value.items():
        words = play_words(_key_text(key))
        if _SONG_WORDS.intersection(words) and (_is_id(item) or _is_title(item)):
            return True
    return False


def _sung_rows(item: object) -> bool:
    """A list of rows that each name an item by an id or a title (`{id, n, t}`)."""
    if not isinstance(item, list) or not item or len(item) > 500:
        return False
    return all(
        isinstance(row, dict) and any(_is_id(v) or _is_title(v) for v in row.values())
        for row in item[:20]
    )


@structure(
    "sung_songs",
    kind=dict,
    size=(1, 24),
    needs=(lambda k: bool(_SUNG_WORDS.intersection(key_words(k))),),
)
def sung_songs(value: object) -> str | None:
    """A karaoke log: a song with how long it was sung (`songName` + `sungSec`), or a
    list of recently sung songs (`recentlySung: [{id, n, t}]`)."""
    if not isinstance(value, dict):
        return None
    timed = listed = scored = False
    for key, item in value.items():
        words = key_words(_key_text(key))
        scored = scored or bool(_SCORED_WORDS.intersection(words))
        if not _SUNG_WORDS.intersection(words):
            continue
        timed = timed or (bool(_SUNG_UNITS.intersection(words)) and _is_number(item) and item > 0)
        listed = listed or (bool(_RECENT_WORDS.intersection(words)) and _sung_rows(item))
    if scored or _media_free(value):
        return None
    if listed:
        return "list of recently sung (played) songs"
    if timed and _names_song(value):
        return "song with how long it was sung (played)"
    return None
