"""Lists that say what was watched or played: entries under a viewing key, and
lists under a key that names watching or listening in any language."""

from __future__ import annotations

from functools import lru_cache

from ._common import (
    _key_text,
    _numeric,
    is_moment,
    key_words,
    structure,
)
from .aggregates import aggregate_key, audience_aggregate
from .playback_fields import (
    _collect_duration,
    _entry_says_watched,
    _media_ref,
    _playhead,
    _within_duration,
)
from .playback_vocab import (
    _AD_WORDS,
    _DONE_VERBS,
    _LIST_VERBS,
    _NOT_PLAYBACK,
    _WATCHED_AT_WORDS,
)
from .playback_words import (
    _ALL_NOUNS,
    play_words,
    priced_row,
)
from .public_screens import public_screen


@structure("media_entries", kind=list, size=(1, 5000))
def media_entries(value: object) -> str | None:
    """A list whose entries each name a video, episode, programme, song or movie
    (a media noun's id or the bare noun): only under a key that says the list is
    viewing or listening events or history, which supplies the rest."""
    if not isinstance(value, list) or not value or len(value) > 5000:
        return None
    named = 0
    for item in value:
        if not isinstance(item, dict) or len(item) > 60:
            continue
        if any(_entry_says_watched(_key_text(k), v) for k, v in item.items()):
            named += 1
    if named and named >= len(value) * 0.8:
        return f"{named} entries naming what was watched or played, or for how long"
    return None


# -- viewing lists named in any language ---------------------------------------
#
# A list whose key says watching or listening in any language the class tables
# read (`riwayat_tonton`, `lanjutkan_menonton`, `visionnages`, `recently_played`,
# `izleme_gecmisi`), whose entries each carry what only a viewing record has.


@lru_cache(maxsize=16384)
def _viewing_list_key(key: str) -> bool:
    """A key that names watching or listening (in any language the class tables
    read), and nothing about transfers, previews or games."""
    words = play_words(key)
    return (
        0 < len(words) <= 4
        and bool(_LIST_VERBS.intersection(words))
        and "message" not in words  # `messaggi_visti`: read receipts, not viewing
        and not _NOT_PLAYBACK.intersection(words)
        and not _AD_WORDS.intersection(words)
        and not _ranked_by_everyone(words)
    )


# A "most watched" rail (`masVistos`, `mais_assistidos`, `meistGesehen`): ranked by
# everyone's watching, a statistic of the catalogue. The lexicon's `most` class
# reads the word in any language; a key that also says recently / history /
# continue (`mais_recentes_assistidos`, "most recent") stays one person's list.
_PERSONAL_LIST_WORDS = frozenset(["recently", "history", "continue", "resume", "last"])


def _ranked_by_everyone(words: tuple[str, ...]) -> bool:
    """True for a key saying most / top / popular and nothing of a personal list."""
    return "most" in words and not _PERSONAL_LIST_WORDS.intersection(words)


_TITLE_WORDS = (("title",), ("name",), ("program",), ("programme",))


def _viewing_entry(item: object) -> bool:
    """One entry of a viewing list: a media noun's id or name, a watched amount, a
    playhead, when it was watched, or a position within the piece's duration; never
    a row with a price, SKU or brand (a product or listing seen, `priced_row`)."""
    if not isinstance(item, dict) or not 0 < len(item) <= 60 or priced_row(item):
        return False
    positions: list[float] = []
    durations: list[float] = []
    titled = False
    for key, value in item.items():
        text = _key_text(key)
        words = play_words(text)
        if not words or _NOT_PLAYBACK.intersection(words):
            continue
        if _media_ref(words, value) == 2 or _entry_says_watched(text, value):
            return True
        if _playhead(words, value):
            return True
        watched_at = _DONE_VERBS.intersection(words) and _WATCHED_AT_WORDS.intersection(words)
        if watched_at and (_numeric(value) is not None or isinstance(value, str)):
            return True
        # a programme's name is its title (`programa: "Fariña"`, Galician / Spanish)
        titled = titled or (words in _TITLE_WORDS and isinstance(value, str))
        _collect_duration(words, value, durations)
        if words == ("position",) and _numeric(value) is not None:
            positions.append(float(_numeric(value) or 0))
    return titled and _within_duration(positions, durations)


@lru_cache(maxsize=16384)
def _bare_history_key(key: str) -> bool:
    """`histories`, `rireki`, `lishi`: a history of something, which its rows name."""
    return play_words(key) == ("history",)


@lru_cache(maxsize=16384)
def _bare_resume_key(key: str) -> bool:
    """`reprendre`, `continuer` (French "resume", "continue"): a continue-watching rail
    named by its verb alone, which its rows must show is media."""
    return play_words(key) in (("continue",), ("resume",))


@lru_cache(maxsize=16384)
def _started_key(key: str) -> bool:
    """`yetejemere` (Amharic "the ones started"), `started`: the pieces a viewer began
    and has not finished, a continue-watching rail named by its verb alone, which its
    rows must show is media watched so far."""
    return play_words(key) == ("started",)


# How far or how long (`qeri_dakika`, "minutes remaining"; `position_sec`): a started
# piece's row says where its viewer is, in a time unit or a position.
_ROW_TIME_WORDS = frozenset(
    ["seconds", "minutes", "ms", "sec", "secs", "min", "mins", "position", "progress", "percent"]
)  # fmt: skip


def _timed_media_rows(items: list) -> bool:
    """Every row has a number under a time or position word: a queue of started jobs
    or courses names no time into a piece."""
    return all(
        isinstance(item, dict)
        and any(
            _ROW_TIME_WORDS.intersection(play_words(_key_text(k)))
            and _numeric(v) is not None
            and not aggregate_key(_key_text(k))
            for k, v in item.items()
        )
        for item in items
    )


def _list_key(key: str) -> bool:
    """The detector's gate: a viewing list's key, or a bare history's, resume's,
    started's or play log's."""
    text = _key_text(key)
    return (
        _viewing_list_key(text)
        or _bare_history_key(text)
        or _bare_resume_key(text)
        or _started_key(text)
        or _play_log_key(text)
    )


# The plays themselves, counted one row each (`offlinePlays`, `recentPlays`, `listens`,
# `scrobbles`): a watch or a car syncing what it played offline. As a number the same
# word is everyone's count (aggregates.py); as rows that each name a piece, how long it
# played and when, it is one listener's log (round 47).
_PLAY_LOG_WORDS = frozenset(["plays", "listens", "scrobbles", "playbacks"])


@lru_cache(maxsize=16384)
def _play_log_key(key: str) -> bool:
    words = play_words(key)
    return 0 < len(words) <= 3 and words[-1] in _PLAY_LOG_WORDS and not _ranked_by_everyone(words)


def _watched_media_rows(items: list) -> bool:
    """Under a bare resume key: every row names a video, episode or film by id (a media
    noun) and says it was watched or how far; a shop's or a form's `continue` list
    names no media."""
    return all(
        isinstance(item, dict)
        and _viewing_entry(item)
        and any(_media_ref(play_words(_key_text(k)), v) == 2 for k, v in item.items())
        for item in items
    )


def _media_resume_rows(items: list) -> bool:
    """Under a bare history key: every row names a video, episode or film by id (a
    media noun, not a loose `item` or `content`) and the rows' positions spread
    beyond a list's order, a playhead. An order or search history names no media."""
    for item in items:
        if not isinstance(item, dict) or not any(
            _media_ref(play_words(_key_text(k)), v) == 2 for k, v in item.items()
        ):
            return False
    return _resume_rows(items)


# -- a history whose rows say which piece, for how long and when ----------------
#
# A parental-control or listening history (`historial: [{serie, episodio, minutos,
# hora}]`, `historique: [{titre, minutes, le}]`, `historial: [{estacion, escuchado_el,
# minutos}]`) names no playhead: each row is a piece (a series, episode, song,
# station, title) with the minutes it played and the moment it did. A bare history
# key says it is a record; the piece's noun says it is media, the minutes and the
# moment that it was played. A charging, parking, call, trip or reading history names
# a station, zone, contact, line or book beside energy, distance, pages or an author.
_LOOSE_ROW_NOUNS = frozenset(
    ["item", "entry", "content", "post", "photo", "asset", "cid", "book", "chapter", "poem"]
)  # fmt: skip
_NOT_PLAYED_FRAGMENTS = (
    "kwh", "energ", "distanc", "litr", "calor", "steps", "pasos", "page", "pagin",
    "author", "autor", "fuel", "charg", "carga", "seite", "sayfa", "halaman", "stron", "blz",
)  # fmt: skip
# A trip's, a parking's or a timetable's row: a train station, a zone, a line. `km` is
# a whole word, not a fragment: Korean `gokmyeong` (song title) holds the letters.
_NOT_PLAYED_WORDS = frozenset(
    ["trip", "viaje", "reis", "route", "ruta", "linea", "lijn", "line", "zone", "zona", "fare",
     "platform", "parking", "gate", "seat", "ticket", "km", "kms"]
)  # fmt: skip


def _played_piece_rows(items: list) -> bool:
    """Two or more rows, every one a piece with how long and when it played."""
    return len(items) >= 2 and all(_played_piece_row(item) for item in items)


def _played_piece_row(item: object) -> bool:
    if not isinstance(item, dict) or not 2 < len(item) <= 20 or priced_row(item):
        return False
    named = amount = dated = False
    for key, value in item.items():
        text = _key_text(key)
        if any(fragment in text.lower() for fragment in _NOT_PLAYED_FRAGMENTS):
            return False
        words = play_words(text)
        if _NOT_PLAYED_WORDS.intersection(words):
            return False
        if not words or len(words) > 3 or _NOT_PLAYBACK.intersection(words):
            continue
        named = named or _piece_named(words, value)
        number = _numeric(value)
        amount = amount or (
            _amount_key(words)
            and number is not None
            and not isinstance(value, bool)
            and 0 < number < 1e6
        )
        dated = dated or is_moment(value)
    return named and amount and dated


def _piece_named(words: tuple[str, ...], value: object) -> bool:
    """A media noun (`serie`, `estacion`, `titre`) naming the row's piece; a loose
    `item` or `content`, or a book's chapter, names no media."""
    first = "station" if words[0] == "radio_station" else words[0]  # `estacion`, `emisora`
    if first in _LOOSE_ROW_NOUNS or first not in _ALL_NOUNS:
        return False
    return _row_named((first,), value)


@structure("viewing_list", kind=dict, size=(1, 200), needs=(_list_key,))
def viewing_list(value: object) -> str | None:
    """A list under a key that says watching or listening, in any language, whose
    entries (80 % or more) each say what was watched and how far or when: a
    watch history, a continue-watching row or a recently-played list. Under a bare
    history key (`histories`), rows naming a media noun's id at a playhead."""
    if not isinstance(value, dict):
        return None
    for key, items in value.items():
        if not isinstance(items, list) or not items or len(items) > 5000:
            continue
        if _bare_history_key(_key_text(key)):
            if _media_resume_rows(items):
                return f"{len(items)} media items under `{key}` (a history) with a playhead"
            if _played_piece_rows(items):
                return f"{len(items)} pieces under `{key}` (a history) with how long and when"
            continue
        if _play_log_key(_key_text(key)) and _played_piece_rows(items):
            if public_screen(value):
                continue  # a gym's, a shop's or a venue's playout report, nobody's listening
            return f"{len(items)} pieces under `{key}` (plays) with how long and when"
        if _bare_resume_key(_key_text(key)):
            if len(items) >= 2 and _watched_media_rows(items):
                return f"{len(items)} media items under `{key}` (resume) saying what was watched"
            continue
        if _started_key(_key_text(key)):
            if len(items) >= 2 and _watched_media_rows(items) and _timed_media_rows(items):
                return f"{len(items)} media items under `{key}` (started) with how far or how long"
            continue
        if not _viewing_list_key(_key_text(key)):
            continue
        entries = sum(1 for item in items if _viewing_entry(item))
        if entries >= len(items) * 0.8:
            return f"{entries} entries under `{key}` saying what was watched and how far or when"
        if _history_key(_key_text(key)) and _resume_rows(items):
            return f"{len(items)} items under `{key}` (a watch or listen history) with a position"
        if _done_key(_key_text(key)) and _timed_rows(items):
            return f"{len(items)} items under `{key}` (watched or listened) with how long"
        if _history_key(_key_text(key)) and _dated_rows(items, _heard_key(_key_text(key))):
            return f"{len(items)} items under `{key}` (a watch or listen history) with when"
    return None


def _dated_rows(items: list, heard: bool = False) -> bool:
    """Two or more rows, each an item named by id (or, under a key that says listened, a
    song by its title and performer) and a moment (`[{misa_id, petsa}]`),
    under a key that already says watched or listened AND history or recently
    (`ginpamatian_sang_una`, Hiligaynon "listened before"): the key says what the
    list is, so its rows need only say which item and when. A bare id-and-date list
    under any other key (orders, logins) is not read."""
    if len(items) < 2:
        return False
    return all(_dated_row(item, heard) for item in items)


# A song named as people name it: its title beside its performer (`{saxeli, shemsrulebeli}`,
# Georgian "name, performer"; `{titulo, artista}`), in a list whose key says listened: a
# painting has a title and an artist too, and a gallery's recently seen list says watched.
_TITLE_KEYS = (("name",), ("title",))
_HEARD_WORDS = frozenset(["listened", "listening"])


@lru_cache(maxsize=16384)
def _heard_key(key: str) -> bool:
    return bool(_HEARD_WORDS.intersection(play_words(key)))


def _dated_row(item: object, heard: bool = False) -> bool:
    if not isinstance(item, dict) or not 1 < len(item) <= 20 or priced_row(item):
        return False
    named = dated = titled = performed = False
    for key, value in item.items():
        words = play_words(_key_text(key))
        if not words or len(words) > 3 or _NOT_PLAYBACK.intersection(words):
            continue
        if isinstance(value, str) and value.strip() and not is_moment(value):
            titled = titled or words in _TITLE_KEYS
            performed = performed or words == ("artist",)
        # the id's own key names a kind of media (`misa_id`, `episode_id`): a bare `id`
        # is any row's, a product's in a shop's recently seen list too
        named = named or (
            len(words) >= 2
            and words[-1] in _ROW_ID_WORDS
            and bool(_ALL_NOUNS.intersection(words[:-1]))
            and _row_named(words, value)
        )
        dated = dated or is_moment(value)
    return (named or (heard and titled and performed)) and dated


# -- a history list named so, whose rows hold only an id and a position -----------
#
# `zuletztGesehen: [{id, s, pos, ts}]` (German "last watched"): the key says it is a
# history of what was watched or listened to, and each row is an item's id with how
# far into it playback got. A watchlist of stocks (`watchedSymbols: [{id, pos}]`, a
# holding) is watched but not a history, and a shop's recently viewed products are
# viewed, not watched; positions that merely order the list (1, 2, 3) are no playhead.
_HISTORY_WORDS = frozenset(["recently", "history", "last", "continue", "resume"])
_ROW_ID_WORDS = frozenset(["id", "title", "name"])
_ROW_POSITION_WORDS = frozenset(["pos", "position", "progress", "playhead"])
# `progress_pct`, `position_sec`: a position word with its unit after it.
_ROW_POSITION_UNITS = frozenset(
    ["pct", "percent", "percentage", "s", "sec", "secs", "seconds", "ms", "min", "mins"]
)
# `cid` (a content id): on its own a client's or a campaign's id too, so a row is
# named by it only inside a list whose key says watched or listened history.
_ROW_CONTENT_IDS = frozenset(["cid"])
_MIN_PLAYHEAD = 30
_AMOUNT_UNITS = frozenset(["seconds", "minutes", "ms", "secs", "sec", "mins", "millis"])


@lru_cache(maxsize=16384)
def _history_key(key: str) -> bool:
    words = play_words(key)
    return (
        0 < len(words) <= 4
        and bool(_DONE_VERBS.intersection(words))
        and bool(_HISTORY_WORDS.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and not _AD_WORDS.intersection(words)
    )


@lru_cache(maxsize=16384)
def _done_key(key: str) -> bool:
    """`iwaasu_ti_mo_gbo` (Yoruba "sermons I listened to"): watched or listened (not
    viewed) beside what was (a media noun) or a history word, and nothing of
    transfers, previews, games or ads: `watchedStocks` and `listeningExercises` are
    watched and listened to, but are no media."""
    words = play_words(key)
    return (
        0 < len(words) <= 5
        and bool(_DONE_VERBS.intersection(words))
        and bool(_ALL_NOUNS.intersection(words) or _HISTORY_WORDS.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and not _AD_WORDS.intersection(words)
    )


def _row_named(words: tuple[str, ...], value: object) -> bool:
    """A row's item named: an id, title or name, or a bare media noun holding an id
    (`iwaasu: "s11653"`, a sermon)."""
    if not isinstance(value, str | int) or isinstance(value, bool) or value == "":
        return False
    if words[-1] in _ROW_ID_WORDS:
        return True
    if len(words) == 1 and words[0] in _ROW_CONTENT_IDS:
        return _row_id_value(value)
    if len(words) != 1 or words[0] not in _ALL_NOUNS:
        return False
    return _row_id_value(value) or _row_name_value(value)


def _row_id_value(value: object) -> bool:
    if isinstance(value, int):
        return value >= 100
    return isinstance(value, str) and " " not in value and any(c.isdigit() for c in value)


def _row_name_value(value: object) -> bool:
    """A name or a slug (`vecinos`, `la-rosa-de-guadalupe`): what a row's bare media
    noun (`serie`, `show`) holds in a list whose key already says watched."""
    return isinstance(value, str) and 2 <= len(value) <= 120 and any(c.isalpha() for c in value)


def _timed_rows(items: list) -> bool:
    """Rows (80 % or more) each an item with an amount in seconds or minutes, under
    a key that says they were watched or listened to: a listen log."""
    timed = 0
    for item in items:
        if not isinstance(item, dict) or not 1 < len(item) <= 20 or priced_row(item):
            continue
        named = amount = False
        for key, value in item.items():
            words = play_words(_key_text(key))
            if not words or len(words) > 3 or _NOT_PLAYBACK.intersection(words):
                continue
            named = named or _row_named(words, value)
            amount = amount or (
                _amount_key(words) and (n := _numeric(value)) is not None and 0 < n < 1e6
            )
        timed += named and amount
    return timed > 0 and timed >= len(items) * 0.8


def _amount_key(words: tuple[str, ...]) -> bool:
    """A bare time unit (`iseju`, minutes) or one after a played verb (`listened_sec`):
    an `interval_minutes` or a `timeout_s` is something else's time."""
    if words[-1] not in _AMOUNT_UNITS:
        return False
    return len(words) == 1 or bool(_DONE_VERBS.intersection(words[:-1]) or "played" in words)


def _row_position(item: object) -> float | None:
    """The position of a row naming its item by id or title, or None."""
    if not isinstance(item, dict) or not 1 < len(item) <= 20 or priced_row(item):
        return None
    named = False
    position = None
    for key, value in item.items():
        words = play_words(_key_text(key))
        if not words or len(words) > 3:
            continue
        if _row_named(words, value):
            named = True
        elif _row_position_key(words) and (number := _numeric(value)) is not None:
            position = number
    return position if named else None


# Under a key that says watched or continue watching, a bare share (`pct`, `percent`,
# Spanish `porcentaje`) is how far into the row's item playback got.
_ROW_SHARE_WORDS = frozenset(["pct", "percent", "percentage"])


def _row_position_key(words: tuple[str, ...]) -> bool:
    """`pos`, `progress`, a bare share (`pct`), or a position word followed by its unit
    (`progress_pct`)."""
    if words[-1] in _ROW_POSITION_WORDS or (len(words) == 1 and words[0] in _ROW_SHARE_WORDS):
        return True
    return len(words) == 2 and words[0] in _ROW_POSITION_WORDS and words[1] in _ROW_POSITION_UNITS


def _resume_rows(items: list) -> bool:
    """Rows (80 % or more) each an item with a position, the positions spread beyond
    what numbers a list's order: a playhead, not a rank."""
    positions = [p for p in map(_row_position, items) if p is not None]
    if not positions or len(positions) < len(items) * 0.8:
        return False
    if all(0 < p <= 1 for p in positions) and any(p < 1 for p in positions):
        return True  # shares played (`progreso: 0.47`): no list order is a fraction
    return max(positions) > max(len(items) + 1, _MIN_PLAYHEAD)


# -- rows that say when or how long each was watched, under any key -------------
#
# A backend's history or continue-watching answer often sits under a key that says
# nothing (`data`, `dade`, `items`, `tarix`, `davam_et`), but each row names WHEN or
# HOW LONG it was watched, in the app's language: `akharin_tamasha` (Persian "last
# watched"), `korilgan_vaqt` (Uzbek "watched time"), `son_baxis` (Azerbaijani "last
# watching"), `listenedAt`. Such a key (a watching / listening verb beside a time,
# date or "last" word) beside what the row names (an id, a title, a name) is a
# viewing record whatever the list is called. `viewed` is left out: profiles and
# shop items are viewed too.

_WHEN_WORDS = frozenset(
    ["time", "at", "date", "on", "recently", "seconds", "minutes", "ms", "duration", "last",
     "position", "min", "mins", "sec", "secs"]
)  # fmt: skip
# How LONG it was watched (`watchedMin`, `minutos_vistos`): after a watched verb a bare
# `min` is minutes, not a minimum. Like a "watched until" position, an amount watched
# is of one item, so an id-like value names it under any key (`match: "colo-udch-f30"`).
_AMOUNT_WORDS = frozenset(["seconds", "minutes", "ms", "min", "mins", "sec", "secs", "duration"])
_ROW_NAMES = frozenset(["id", "title", "name"])
# A phone call named by its id (`call_id`, French `appel_id`, Haitian `apel_id`, Albanian
# `thirrjeId`): a call centre's quality review says how long each recorded call was
# listened to, and a call is nobody's programme (round 54). Read as the key's own words,
# not its viewing classes (`call` is no class there).
_CALL_WORDS = frozenset(
    ["call", "calls", "phonecall", "appel", "appels", "apel", "llamada", "chamada", "ligacao",
     "chiamata", "anruf", "oproep", "thirrje", "thirrja", "thirrjes", "poziv", "zvonok"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _call_key(key: str) -> bool:
    return bool(_CALL_WORDS.intersection(key_words(key)))


@lru_cache(maxsize=16384)
def _watched_when_key(key: str) -> bool:
    """A key saying when or how long something was watched or listened to."""
    words = play_words(key)
    return (
        0 < len(words) <= 4
        and bool(_DONE_VERBS.intersection(words))
        and bool(_WHEN_WORDS.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and not _AD_WORDS.intersection(words)
        and not aggregate_key(key)  # `gemKijktijdMin`: a team's average, no one's time
    )


# A voicemail's or a message's row (`message_id`, `voicemail`, French `messagerie`) is
# listened to at a moment too, and is nobody's programme (round 54).
_MESSAGE_WORDS = frozenset(["message", "voicemail", "messagerie", "repondeur", "sms", "mailbox"])


@lru_cache(maxsize=16384)
def _message_key(key: str) -> bool:
    return bool(_MESSAGE_WORDS.intersection(play_words(key)))


@lru_cache(maxsize=16384)
def _heard_on_key(key: str) -> bool:
    """French `ecoute_le` ("listened on"), Italian `ascoltato_il`: a listened or played
    verb with the article that dates it (`on_day`); the row's value must be a moment, as
    `le` / `il` are articles too (round 54). Not watched: `vu_le` / `visto_il` is a chat's
    read receipt ("seen on") as often as a film watched."""
    words = play_words(key)
    return len(words) == 2 and words[1] == "on_day" and words[0] in ("listened", "heard")


@lru_cache(maxsize=16384)
def _row_name_key(key: str) -> bool:
    """A key naming the row's item: its id, title or name (`film_id`, `onvan`, `nomi`)."""
    words = play_words(key)
    return 0 < len(words) <= 3 and bool(_ROW_NAMES.intersection(words))


def _watched_row(item: object) -> bool:
    """A row naming its item and when or how long it was watched. An ad's row
    (`{ad_id, percent, watched_at}`, a viewability report) is an ad seen, not a
    programme watched. A "watched until" position (`vistoHasta`, `gekekenTot`) is
    how far into an item, so an id-like value names the item under any key
    (`partido: "benfica-porto-2025-j20"`, a football match). A row with a price, SKU
    or brand (`daam`, `preis`) is a product or listing seen, not a programme watched.
    A row of everyone's figures (`minutos_assistidos_total: 12550221`, a month of
    minutes summed over the audience) is a chart's, not one viewer's (round 154)."""
    if not isinstance(item, dict) or not 1 < len(item) <= 40 or priced_row(item):
        return False
    if audience_aggregate(item):
        return False
    when = named = until = slug = False
    for key, value in item.items():
        text = _key_text(key)
        if _ad_key(text) or _call_key(text) or _message_key(text):
            return False
        if value in (None, "", 0) or isinstance(value, bool | dict | list):
            continue
        if _watched_when_key(text):
            when = True
            words = play_words(text)
            until = until or "position" in words or bool(_AMOUNT_WORDS.intersection(words))
        named = named or _row_name_key(text)
        slug = slug or _slug_value(value)
    return (when and (named or (until and slug))) or _heard_on_row(item) or _seen_on_row(item)


# What names a piece heard, beyond a bare id (a voice note's or a message's row has an
# id and a sender too).
_HEARD_PIECE = frozenset(
    ["title", "artist", "song", "track", "episode", "album", "podcast", "audiobook", "chapter",
     "recitation", "lecture", "programme", "program"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _seen_on_key(key: str) -> bool:
    return play_words(key) == ("watched", "on_day")


def _seen_on_row(item: dict) -> bool:
    """`{"eventoId": .., "titulo": .., "vistoEl": "<ISO>", "progresoPct": 55}`: a watched verb
    with the article that dates it (Spanish `visto_el`, French `vu_le`, Italian `visto_il`)
    counts only beside how far into the piece (a progress or a percent, 0-100) and the
    piece's name: a chat's read receipt ("seen on") has neither (round 55)."""
    seen = far = named = False
    for key, value in item.items():
        text = _key_text(key)
        words = play_words(text)
        if words == ("watched", "on_day"):
            seen = seen or is_moment(value)
        elif words and words[0] in ("progress", "percent") and len(words) <= 2:
            number = None if isinstance(value, bool) else _numeric(value)
            far = far or (number is not None and 0 <= number <= 100)
        elif value not in (None, "") and not isinstance(value, bool | dict | list):
            named = named or _row_name_key(text)
    return seen and far and named


def _heard_on_row(item: dict) -> bool:
    """`{"titre_id": .., "artiste": .., "ecoute_le": "<ISO>"}`: a piece named by its title,
    artist or media noun, with the date it was listened on (round 54)."""
    heard = piece = False
    for key, value in item.items():
        text = _key_text(key)
        if _heard_on_key(text):
            heard = heard or is_moment(value)
        elif value not in (None, "") and not isinstance(value, bool | dict | list):
            piece = piece or bool(_HEARD_PIECE.intersection(play_words(text)))
    return heard and piece


@lru_cache(maxsize=16384)
def _ad_key(key: str) -> bool:
    """`ad_id`, `adCreative`, `ads`: an ad's field. A bare `ad` is Azerbaijani and
    Turkish for "name" (`{film_id, ad: "Qala"}`), so it alone does not count."""
    words = play_words(key)
    return bool(_AD_WORDS.intersection(words)) and words != ("ad",)


def _slug_value(value: object) -> bool:
    """An id written as a slug or code: letters and a digit, no spaces (`boca-river-f14`)."""
    return (
        isinstance(value, str)
        and 3 <= len(value) <= 80
        and " " not in value
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
    )


@structure("watched_rows", kind=list, size=(1, 5000))
def watched_rows(value: object) -> str | None:
    """A list whose rows (80 % or more) each name an item and when or how long it
    was watched or listened to: a history or continue-watching answer under a
    key that does not say so."""
    if not isinstance(value, list) or not value or len(value) > 5000:
        return None
    first = value[0]
    if not isinstance(first, dict) or not any(
        _watched_when_key(_key_text(k)) or _heard_on_key(_key_text(k)) or _seen_on_key(_key_text(k))
        for k in first
    ):
        return None  # the cheap exit taken by almost every list
    rows = sum(1 for item in value if _watched_row(item))
    if rows >= len(value) * 0.8:
        return f"{rows} rows naming an item and when or how long it was watched"
    return None
