"""A playback report recognised by its ENDPOINT: the URL says watching, the record
says what and how long.

In-house backends name the call rather than the fields: `/v1/tv/<serial>/
izleme-gecmisi` (Turkish "watching history") answers rows of `kanal`, `program`,
`sure_dk`; `/session/heartbeat` takes `sesi_live` and `lama_tonton`; a TV app
sends `?cid=..&pos=..&evt=heartbeat`. Structures cannot see the URL, so the rule
(signatures/viewing_history/playback-endpoint-record.yaml) puts the watching /
listening / playback / heartbeat words in its `url_regex` (lexicon classes of
viewing.yaml, through `(?#lex:...)`) and this detector checks the record: a
content reference (a key naming a programme, video, channel, song, live stream...)
beside a media-range time quantity (a key the lexicon reads as a duration,
position or progress, or else the ONE plain number between 0 and a day in ms that
is not bookkeeping: an interval, a count, a page, a price).

The English words are kept here (viewing.yaml holds the other languages'); the
content classes and time classes are read from viewing.yaml.
"""

from __future__ import annotations

import re

from ._common import DAY_MS, _key_text, _numeric, key_words, structure
from ._common import viewing_classes as _lexicon_classes
from .aggregates import aggregate_key
from .not_playheads import ad_owned_key, equipment_record, online_time_key
from .playback_vocab import _PLAY_EVENTS, _PLAYER_ONLY_EVENTS
from .playback_words import _arabizi_key, play_words, priced_record
from .public_screens import public_screen
from .watched_objects import _fixture_key

# viewing.yaml classes that name what was watched or listened to (`series`, as the
# English word below: Spanish and Italian `serie`, Portuguese `seriado`).
_CONTENT_CLASSES = frozenset(
    ["program", "programme", "video", "film", "episode", "drama", "song", "track", "content",
     "title", "channel", "show", "lecture", "book", "chapter", "artist", "series",
     "recitation"]
)  # fmt: skip
# viewing.yaml classes that name how long or how far.
_TIME_CLASSES = frozenset(
    ["position", "progress", "seconds", "minutes", "duration", "time", "percent", "watched",
     "played", "listened"]
)  # fmt: skip
_CONTENT_WORDS = frozenset(
    ["video", "vid", "cid", "ch", "chan", "movie", "film", "episode", "programme", "program",
     "channel", "show", "series", "song", "track", "podcast", "live", "stream", "livestream",
     "media", "asset", "content", "title", "station", "broadcast"]
)  # fmt: skip
_TIME_WORDS = frozenset(
    ["pos", "position", "progress", "playhead", "offset", "elapsed", "duration", "dur",
     "watched", "played", "listened", "seconds", "secs", "sec", "minutes", "mins", "ms"]
)  # fmt: skip
# Numbers that are not a time into or of media.
_BOOKKEEPING = frozenset(
    ["id", "ids", "ts", "timestamp", "interval", "ttl", "timeout", "retry", "retries", "count",
     "page", "limit", "size", "version", "v", "status", "code", "seq", "index", "idx", "no",
     "num", "number", "width", "height", "bitrate", "rate", "fps", "volume", "price", "amount",
     "qty", "quantity", "total", "level", "score", "year", "month", "day", "age", "rank",
     "sort", "viewers", "likes", "views", "err", "error", "battery", "signal", "lat", "lon",
     "lng", "x", "y", "zoom", "max", "min", "build", "port", "pid", "uid", "user", "session",
     "uptime", "temp", "temperature", "idle", "away", "latency", "rtt", "lag", "unread",
     # "interval" in other languages: a heartbeat's period is not a time watched
     "intervall", "intervalo", "intervalle", "intervallo", "interwal", "aralik", "jeda",
     "interval", "intervaly",
     # a count in Turkic languages (Tatar and Kazakh `sanı`, Turkish `sayısı`): a chart's
     # view count (`karau_sanı`) is everyone's, not a time watched (round 66, set 263)
     "sani", "sany", "sayi", "sayisi",
     # a game's points and level (Finnish `pisteet`, `taso`): never a time watched
     "points", "puntos", "puntaje", "pontos", "punkte", "pisteet", "nivel", "taso", "tulos"]
)  # fmt: skip
# A game's score: a record that keeps one is a match played, not a piece watched, even
# at a heartbeat and beside a position or level (Finnish `{peli, pos, pisteet}`: `peli` is
# "game" there and "film" in Spanish slang). A live match's goals are the match's state
# (a score feed's `{partido, en_vivo, goles_local, minuto}`), not anyone's viewing.
_SCORE_WORDS = frozenset(
    ["score", "points", "puntos", "puntaje", "pontos", "punkte", "pisteet", "tulos", "taso",
     "nivel", "goals", "goles", "gols", "buts", "gol", "goli", "tore"]
)  # fmt: skip


def _scored(value: dict) -> bool:
    """True when a key of the record names a game's score, points or level."""
    return any(_SCORE_WORDS.intersection(viewing_classes(_key_text(k))[1]) for k in value)


# A GAME named by a key (`jogoId`, `gameId`: the lexicon's `game` class) is a video game
# played, or in a sports app a match watched. Only a key saying media (a stream, a
# broadcast, a live feed, watching) makes it the latter; without one, a position or
# progress is the player's place in the game (a race's third place, a map point) and the
# one plain number is the game's state: only a time with a unit (`segundos`, `durationMs`)
# or a watched time still counts (round 216: `/jogo/heartbeat` with `{jogoId, titulo,
# posicao, iniciadoEm}`).
_MEDIA_CLASSES = frozenset(
    ["program", "programme", "video", "film", "episode", "drama", "song", "track", "channel",
     "show", "series", "live", "watching", "watched", "playback", "listen", "listened", "media"]
)  # fmt: skip
_MEDIA_WORDS = frozenset(
    ["stream", "streaming", "livestream", "live", "broadcast", "video", "vod", "tv", "replay",
     "watch", "watching", "watched", "playback", "media", "movie", "episode", "channel"]
)  # fmt: skip
_GAME_TIME_CLASSES = _TIME_CLASSES - {"position", "progress", "percent"}
_GAME_TIME_WORDS = _TIME_WORDS - {"pos", "position", "progress", "playhead", "offset"}


def _game_record(value: dict) -> bool:
    """A key names a game and no key names a stream, a broadcast or watching."""
    game = False
    for key in value:
        classes, words = viewing_classes(_key_text(key))
        read = set(play_words(_key_text(key)))  # Portuguese `aoVivo` -> live
        if classes & _MEDIA_CLASSES or words & _MEDIA_WORDS or read & _MEDIA_CLASSES:
            return False
        game = game or "game" in classes
    return game


def _game_time(key: str) -> bool:
    classes, words = viewing_classes(key)
    return bool(classes & _GAME_TIME_CLASSES or words & (_GAME_TIME_WORDS | _UNIT_WORDS))


def viewing_classes(key: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's classes and words of `key`, with Arabizi words read in letters
    first (`mawqe3` -> `mawqea`, position): backends in Arabic-speaking markets
    write their keys with digits for the letters Latin lacks."""
    if any(c.isdigit() for c in key):
        key = _arabizi_key(key) or key
    return _lexicon_classes(key)


# A form nested Rails / PHP style (`estima3[id]=n-77&estima3[mada]=28`): one record
# whose members are the bracketed names.
_BRACKETED_RE = re.compile(r"([^\[\]]+)\[([^\[\]]+)\]")


def _unbracketed(value: dict) -> dict:
    """`value` with its keys' shared `record[...]` wrapper taken off, or `value`."""
    inner: dict = {}
    prefixes = set()
    for key, member in value.items():
        found = _BRACKETED_RE.fullmatch(_key_text(key))
        if not found:
            return value
        prefixes.add(found.group(1))
        inner[found.group(2)] = member
    return inner if len(prefixes) == 1 and len(inner) == len(value) else value


def _content(key: str, value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return False
    if _act_key(key):
        return isinstance(value, str) and _ACT_SLUG_RE.fullmatch(value) is not None
    return _content_key(key)


# The act naming what it was about (Buryat `kharalga=m-55`, "watching: m-55"; `watching=ep-4`):
# a one-word watching or listening key in a language the lexicon reads, holding a content
# slug, letters with digits (not a flag, a count or a word), round 66 (set 272). English
# `watching` is left out: a shop's or a code host's watched item or thread says it too.
_ACT_CLASSES = frozenset(["watching", "listen"])
# a slug starts with a letter (`m-55`, `ep-17`), so a moment (`2025-02-01T08:00:00Z`) is none
_ACT_SLUG_RE = re.compile(r"(?=[^\s]*\d)[A-Za-z][\w.-]{1,63}")


def _act_key(key: str) -> bool:
    text = _key_text(key)
    classes, words = viewing_classes(text)
    return len(words) == 1 and bool(classes) and classes <= _ACT_CLASSES


def _content_key(key: str) -> bool:
    """A key naming content: the detector's gate, so that most containers (and
    their exchanges' URL test) are ruled out by one cached key lookup."""
    classes, words = viewing_classes(_key_text(key))
    return (
        bool(classes & _CONTENT_CLASSES or words & _CONTENT_WORDS)
        or _bare_id(key)
        or _book_key(key)
    )


# An audiobook's `bookId`, `chapterNo`: content at a listening endpoint, but only
# in a record that says nothing of reading (an e-book's page or locator).
_BOOK_WORDS = frozenset(["book", "audiobook", "chapter"])
_READING_WORDS = frozenset(
    ["read", "reading", "reader", "page", "pages", "cfi", "locator", "epub", "pdf", "loan"]
)


# A LIVE broadcast's heartbeat names the event it shows, not a video (a lucha libre or
# football app: `{"evento": "arena-mexico-viernes", "en_vivo": true, "seg_reproducidos":
# 4217}`). Beside a live flag that is true (`en_vivo`, `ao_vivo`, `en_direct`, `live`),
# a key naming an event, a match or a fixture (any language the lexicon reads) is the
# content, unless its value names a player event (`heartbeat`, `play`): then `event` is
# the beacon's own name, not what was watched. Analytics name their events in snake or
# camel case (`presence_ping`, `sessionTick`); a broadcast is a slug, a code or a title
# (`liguilla-j17`, `Final Copa Libertadores`).
_BEACON_EVENTS = (
    _PLAY_EVENTS
    | _PLAYER_ONLY_EVENTS
    | frozenset(["ping", "tick", "beat", "pulse", "presence", "session", "open", "close", "error"])
)
_EVENT_NAME_RE = re.compile(r"[a-z]+(?:_[a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+")


def _live_flag(value: dict) -> bool:
    """A key the lexicon reads as `live` holding true: the record is a live stream's."""
    return any(member is True and "live" in play_words(_key_text(k)) for k, member in value.items())


def _live_event(key: str, value: object) -> bool:
    """An event, match or fixture named by its slug or id, not a player event's name."""
    if isinstance(value, bool) or not isinstance(value, str | int) or not _fixture_key(key):
        return False
    if isinstance(value, int):
        return True
    if not 0 < len(value) <= 200 or _EVENT_NAME_RE.fullmatch(value):
        return False
    return not _BEACON_EVENTS.intersection(key_words(value))


def _record_key(key: str) -> bool:
    """The detector's gate: a content key, or an event / match key a live flag makes one."""
    return _content_key(key) or _fixture_key(_key_text(key)) or _act_key(key)


def _book_key(key: str) -> bool:
    """`bookId`, `chapterNo`, and any language's word for them (French `chapitre`)."""
    classes, words = viewing_classes(_key_text(key))
    return bool(_BOOK_WORDS.intersection(words) or _BOOK_WORDS.intersection(classes))


def _read_record(value: dict) -> bool:
    return any(_READING_WORDS.intersection(viewing_classes(_key_text(k))[1]) for k in value)


def _bare_id(key: str) -> bool:
    """A bare `id`: at an endpoint that says watching (`/nadaljuj-z-ogledom/`, Slovenian
    "continue watching"), a row's own id is what was watched, but only beside a NAMED
    time quantity (a progress, a position), never the one plain number."""
    text = _key_text(key)
    found = _BRACKETED_RE.fullmatch(text)  # the gate sees a nested form's `rec[id]`
    return (found.group(2) if found else text).lower() in ("id", "_id", "uuid")


def _quantity(value: object) -> bool:
    number = _numeric(value)
    return number is not None and 0 < number <= DAY_MS


# How far playback got (not how long the piece is): what a bare id needs beside it.
_REACHED_CLASSES = frozenset(["position", "progress", "percent", "watched", "played", "listened"])
_REACHED_WORDS = frozenset(
    ["pos", "position", "progress", "playhead", "elapsed", "watched", "played", "listened"]
)


def _reached_named(key: str) -> bool:
    classes, words = viewing_classes(key)
    return bool(classes & _REACHED_CLASSES or words & _REACHED_WORDS)


def _time_named(key: str) -> bool:
    classes, words = viewing_classes(key)
    return bool(classes & _TIME_CLASSES or words & _TIME_WORDS)


@structure("endpoint_playback_record", kind=dict, size=(2, 24), needs=(_record_key,))
def endpoint_playback_record(value: object) -> str | None:
    """A content reference and a media-range time quantity in one record."""
    if not isinstance(value, dict):
        return None
    value = _unbracketed(value)
    content = [k for k, v in ((_key_text(k), v) for k, v in value.items()) if _content(k, v)]
    if not content and _live_flag(value):
        content = [k for k, v in ((_key_text(k), v) for k, v in value.items()) if _live_event(k, v)]
    if content and all(_book_key(k) for k in content) and _read_record(value):
        return None  # an e-book's reading position, not a listening record
    if not content or priced_record(value):
        return None  # a product, flat or job seen carries a price, rent or salary
    if public_screen(value):
        return None  # signage, playout or a traffic / weather / security camera's feed
    if _scored(value):
        return None  # a game's ping: its score says a match, not a piece watched
    if equipment_record(value):
        return None  # an encoder's keep-alive: the station's machine, nobody's viewing
    named, plain = [], []
    for key, member in value.items():
        text = _key_text(key)
        if text in content or not _quantity(member) or aggregate_key(text):
            # an audience count (`assistido_por`) or an average (`duracao_media_min`)
            # is a statistic of the title, not a time this user watched it
            continue
        if online_time_key(text) or ad_owned_key(text):
            continue  # a chat's seconds online, an ad's slot: no time into a piece
        if _time_named(text):
            named.append(text)
        elif not set(viewing_classes(text)[1]) & _BOOKKEEPING:
            plain.append(text)
    if _game_record(value):
        # a game's place or state, unless a unit says time (module note on `_game_record`)
        named, plain = [k for k in named if _game_time(k)], []
    if content and all(_signal_word(k) for k in content):
        # Spanish `senal` is a TV channel's feed and a radio's signal strength: only a
        # time that says watched (`segundosVistos`) makes it the former (round 60)
        named, plain = [k for k in named if _reached_named(k)], []
    if named and not all(_bare_id(k) for k in content):
        return f"playback record at a viewing endpoint: {content[0]} with {named[0]}"
    if all(_bare_id(k) for k in content):
        # a bare id with a duration is a catalogue entry (a video's metadata): only
        # how far it was watched makes the row a viewing record
        reached = [k for k in named if _reached_named(k)]
        if reached:
            return f"playback record at a viewing endpoint: {content[0]} with {reached[0]}"
        return None
    if len(plain) == 1 and not _counts_audience(value) and not _span_pair(value):
        return f"playback record at a viewing endpoint: {content[0]} with {plain[0]}"
    span = None if _game_record(value) or _counts_audience(value) else _heard_span(value)
    if span is None and len(plain) == 1 and _span_pair(value):
        return None  # `{start: 0, end: 20}`: a page window, not a time heard
    if span and not all(_bare_id(k) for k in content):
        return f"playback record at a viewing endpoint: {content[0]} from {span[0]} to {span[1]}"
    return None


# Where in the piece listening began and ended, as two plain numbers (Quechua `qallariy`
# / `tukukuy`, "beginning" / "ending": `{willakuy, qallariy: 547, tukukuy: 1638}`, an
# episode heard from 547 s to 1638 s; English `start` / `end`). One start key and one end
# key (the lexicon's `start` and `stop` classes), start before end, the end past half a
# minute; a page window (`start: 20, end: 40`, round tens a hundred apart or less) is a
# list's paging, not a time (round 60).
_SPAN_START_WORDS = frozenset(["start", "begin", "beginning"])
_SPAN_END_WORDS = frozenset(["end", "stop", "ending"])


def _span_key(key: str, words: frozenset[str], cls: str) -> bool:
    classes, read = viewing_classes(key)
    return len(key_words(key)) == 1 and bool(read & words or cls in classes)


# Spanish and Portuguese "signal": a channel's feed, or a device's signal strength.
_SIGNAL_WORDS = frozenset(["senal", "senales", "sinal"])


def _signal_word(key: str) -> bool:
    return bool(_SIGNAL_WORDS.intersection(key_words(key)))


def _span_pair(value: dict) -> tuple[object, object] | None:
    """The one start key and the one end key of a record, if it has both."""
    starts = [k for k in value if _span_key(_key_text(k), _SPAN_START_WORDS, "start")]
    ends = [k for k in value if _span_key(_key_text(k), _SPAN_END_WORDS, "stop")]
    return (starts[0], ends[0]) if len(starts) == 1 and len(ends) == 1 else None


def _heard_span(value: dict) -> tuple[str, str] | None:
    pair = _span_pair(value)
    if pair is None:
        return None
    begin, end = value[pair[0]], value[pair[1]]
    starts, ends = [pair[0]], [pair[1]]
    if isinstance(begin, bool) or isinstance(end, bool):
        return None
    first, last = _numeric(begin), _numeric(end)
    if first is None or last is None or not 0 <= first < last <= DAY_MS / 1000 or last < 30:
        return None
    if first % 10 == 0 and last % 10 == 0 and last - first <= 100:
        return None  # a page window
    return _key_text(starts[0]), _key_text(ends[0])


def _counts_audience(value: dict) -> bool:
    """A count of viewers or listeners in the record (`widzowie`, `spectateurs`): the one
    unnamed number beside it (Polish `udzial`, a share) is another ratings column."""
    return any(aggregate_key(_key_text(k)) for k, v in value.items() if _numeric(v) is not None)


# A session timed by its two ends (`{programTitle, startTs, endTs}`: a TV box's
# ACR viewing session): the span between them is the time watched. The rule
# (viewing-session-span.yaml) asks for a viewing-session URL and a request body;
# here a key must name a programme, video, episode or song (not a bare title, a
# channel or a name: a property viewing's `propertyTitle`, a sales `channel`).
_START_WORDS = frozenset(["start", "started", "begin", "began", "from", "since"])
_END_WORDS = frozenset(["end", "ended", "stop", "stopped", "finish", "finished", "until"])
_SPAN_CONTENT_CLASSES = frozenset(
    ["program", "programme", "video", "film", "episode", "drama", "song", "track", "show"]
)
_SPAN_CONTENT_WORDS = frozenset(
    ["video", "vid", "movie", "film", "episode", "programme", "program", "show", "series",
     "song", "track", "podcast"]
)  # fmt: skip


def _span_content_key(key: str) -> bool:
    """The detector's gate: a key naming a programme, video, episode or song."""
    classes, words = viewing_classes(_key_text(key))
    return bool(classes & _SPAN_CONTENT_CLASSES or words & _SPAN_CONTENT_WORDS)


def _epoch(value: object) -> float | None:
    """An epoch time in seconds (10 digits) or milliseconds (13 digits)."""
    number = _numeric(value)
    if number is None or isinstance(value, bool):
        return None
    if 1e9 <= number < 1e10:
        return number
    return number / 1000 if 1e12 <= number < 1e13 else None


def _stamp(value: dict, words: frozenset[str]) -> float | None:
    """The one epoch stamp under a key with one of `words` (None if none or several)."""
    found = [
        t for k, v in value.items()
        if words & viewing_classes(_key_text(k))[1] and (t := _epoch(v)) is not None
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


@structure("viewing_session_span", kind=dict, size=(3, 16), needs=(_span_content_key,))
def viewing_session_span(value: object) -> str | None:
    """A programme with one start and one end stamp less than a day apart."""
    if not isinstance(value, dict) or priced_record(value) or public_screen(value):
        return None
    content = [_key_text(k) for k, v in value.items() if _content(_key_text(k), v)]
    if not any(_span_content_key(k) for k in content):
        return None
    start, end = _stamp(value, _START_WORDS), _stamp(value, _END_WORDS)
    if start is None or end is None or not 0 < end - start <= DAY_MS / 1000:
        return None
    return f"viewing session: {content[0]} timed by start and end stamps"


# A time unit on a position key (`posicion_s`, `positionMs`): a playhead, not a
# slide index or a step number.
# Portuguese / Spanish `seg` and Nordic / Polish `sek` after a position word
# (`posicaoSeg`): seconds; the rule's URL already names a piece or a resume entry.
_UNIT_WORDS = frozenset(
    ["s", "sec", "secs", "seconds", "ms", "msec", "millis", "min", "mins", "seg", "segs", "sek"]
)
_POSITION_CLASSES = frozenset(["position", "watched", "played", "listened"])
_POSITION_WORDS = frozenset(
    ["pos", "position", "playhead", "offset", "elapsed", "watched", "played", "listened"]
)
_DURATION_CLASSES = frozenset(["duration"])
_DURATION_WORDS = frozenset(["duration", "dur", "length", "runtime"])
# A position without a unit is read as seconds only from here: a lesson's slide 2 of a
# 600-second lesson (`{position: 2, duration: 600}`) is a place in a deck, not a playhead.
_MIN_UNITLESS_PLAYHEAD = 30


def _position_key(key: str) -> bool:
    """A key naming where playback is (`posicion_s`, `positionMs`, `pozycja`)."""
    classes, words = viewing_classes(_key_text(key))
    if classes & _POSITION_CLASSES or words & _POSITION_WORDS:
        return True
    # a position written as two words, the key only that (Vietnamese `vi_tri`, round 55)
    return play_words(_key_text(key)) == ("position",)


def _has_time_unit(key: str) -> bool:
    """`posicion_s`, `segundos_vistos`, `konumSn`: a time unit, English or the lexicon's
    `seconds` / `minutes` in any language."""
    classes, words = viewing_classes(_key_text(key))
    return bool(words & _UNIT_WORDS or classes & _UNIT_CLASSES)


_UNIT_CLASSES = frozenset(["seconds", "minutes"])


def _says_played(key: str) -> bool:
    """`watchedRatio`, `segundos_vistos`: a key saying it was watched or played measures
    a viewing whatever its size; a bare position may be a slide's place."""
    classes, words = viewing_classes(_key_text(key))
    return bool((classes | words) & _PLAYED_CLASSES)


_PLAYED_CLASSES = frozenset(["watched", "played", "listened"])


_END_CLASSES = frozenset(["finished"])


def _end_flag(key: str, value: object) -> bool:
    """A true / false flag under a key saying the piece was finished or its playback ended."""
    return isinstance(value, bool) and bool(viewing_classes(key)[0] & _END_CLASSES)


def _duration_key(key: str) -> bool:
    classes, words = viewing_classes(_key_text(key))
    return bool(classes & _DURATION_CLASSES or words & _DURATION_WORDS)


# A `/tracks/{id}/` that is a route, not a song: its record measures ground covered.
_GROUND_WORDS = frozenset(
    ["distance", "dist", "km", "meters", "metres", "lat", "lon", "lng", "latitude", "longitude",
     "altitude", "elevation", "gps", "lifts", "lift", "pace", "steps", "route", "speedkmh"]
)  # fmt: skip
# A `/catchups/{id}/` that is a meeting, not catch-up TV: its record has an agenda.
_MEETING_WORDS = frozenset(
    ["agenda", "attendees", "attendee", "participants", "invitees", "organizer", "organiser",
     "meeting", "calendar"]
)  # fmt: skip
# A catalogue editor placing a title on a rail or in a queue: `position` is its place.
_PLACEMENT_WORDS = frozenset(
    ["rail", "shelf", "carousel", "row", "slot", "sort", "order", "queue", "collection"]
)


@structure("path_media_position", kind=dict, size=(1, 16), needs=(_position_key,))
def path_media_position(value: object) -> str | None:
    """A playhead for a piece named only in the URL path
    (`PUT /podcasts/episodios/933190400/progreso {"posicion_s": 812, "duracion_s": 3000}`).

    The rule's url_regex demands a media noun, an id and a progress / position
    segment; here the body must say it is a TIME position: a position key with a
    time unit, or a position beside the piece's duration. A lesson's `progress:
    0.6`, a course's slide `position: 3` and an export's progress fraction are not."""
    if not isinstance(value, dict):
        return None
    keys = {_key_text(k): v for k, v in value.items()}
    if any(_GROUND_WORDS.intersection(viewing_classes(k)[1]) for k in keys):
        return None  # a GPS track, run or ski day: time elapsed over ground, not media
    if public_screen(value):
        return None  # signage, playout or a traffic / weather / security camera's feed
    if any((_MEETING_WORDS | _PLACEMENT_WORDS).intersection(viewing_classes(k)[1]) for k in keys):
        return None  # a meeting's agenda slot or a title's place on a rail, not a playhead
    has_duration = any(_duration_key(k) and _quantity(v) for k, v in keys.items())
    # a flag saying whether playback reached the end (`lejatszasVege: false`, `finished`)
    # measures the position against the piece's end as a duration does (round 52)
    has_duration = has_duration or any(_end_flag(k, v) for k, v in keys.items())
    for key, member in keys.items():
        if not _position_key(key) or aggregate_key(key):
            continue
        number = _numeric(member)
        if number is None or isinstance(member, bool) or not 0 <= number <= DAY_MS:
            continue
        if _has_time_unit(key) or (
            has_duration and (number >= _MIN_UNITLESS_PLAYHEAD or _says_played(key))
        ):
            return f"playback position of a piece named in the URL path: {key}"
    return None


# How much of a piece named in the path was watched: a watched / played time, a
# position, a progress or a percentage (`tempo_assistido`, `percentual`,
# `watched_seconds`, `percent`).
_AMOUNT_CLASSES = frozenset(["watched", "played", "position", "progress", "percent"])
_AMOUNT_WORDS = frozenset(
    ["watched", "played", "position", "pos", "progress", "percent", "pct", "elapsed", "playhead"]
)


def _amount_key(key: object) -> bool:
    classes, words = viewing_classes(_key_text(key))
    return bool(classes & _AMOUNT_CLASSES or words & _AMOUNT_WORDS)


@structure("watched_amount", kind=dict, size=(1, 12), needs=(_amount_key,))
def watched_amount(value: object) -> str | None:
    """How much was watched of a clip, episode or film named only in the URL path
    (`POST /v4/clipes/88131-14/assistido tempo_assistido=12&percentual=93`). The
    rule's URL asks for a media noun, an item id and a WATCHED last segment; here
    the body must measure it: a number within a day in ms under a watched / played
    / position / progress / percent key. A read receipt (`{quando}`), a flag
    (`watched: true`), a rating or a count does not; a GPS track is ground covered."""
    if not isinstance(value, dict):
        return None
    keys = {_key_text(k): v for k, v in value.items()}
    if priced_record(value) or any(_GROUND_WORDS.intersection(viewing_classes(k)[1]) for k in keys):
        return None
    if public_screen(value):
        return None  # signage, playout or a traffic / weather / security camera's feed
    for key, member in keys.items():
        if not _amount_key(key) or aggregate_key(key) or isinstance(member, bool):
            continue
        number = _numeric(member)
        if number is not None and 0 < number <= DAY_MS:
            return f"amount watched of an item named in the URL path: {key}"
    return None


# -- a playback position written to the piece's own resource ---------------------
#
# `PUT /v1/podcasts/folge/pod-9337 {"Wiedergabeposition": 248, "Dauer": 3120}`: the
# piece is the URL's last segment and the body says, in its own language, that the
# number is where PLAYBACK is. A bare `position` is not enough here: a CMS's edit of
# an episode (`{title, position: 3}`) or a playlist reorder writes the same resource.
_PLAYHEAD_CLASSES = frozenset(["playback", "played", "listened", "watched", "resume", "playhead"])
_WHERE_CLASSES = frozenset(["position", "progress", "playhead", "resume"])
# A marker inside the piece (an ad break, a chapter, the intro) has a position too.
_MARKER_WORDS = frozenset(
    ["ad", "ads", "marker", "chapter", "intro", "credits", "outro", "cue", "break", "thumbnail",
     "preview", "trim", "start", "end", "default"]
)  # fmt: skip
# What an edit of the piece's metadata carries and a position report does not.
_EDIT_CLASSES = frozenset(["title", "name"])


def _playhead_key(key: object) -> bool:
    """`Wiedergabeposition`, `lastPlayedPositionMs`, `posicaoReproducao`: a position
    or progress word beside a playback / played / watched / resume word."""
    words = set(play_words(_key_text(key)))
    return bool(words & _PLAYHEAD_CLASSES and words & _WHERE_CLASSES and not words & _MARKER_WORDS)


@structure("item_playhead_write", kind=dict, size=(1, 8), needs=(_playhead_key,))
def item_playhead_write(value: object) -> str | None:
    """A small write whose key says where playback of the piece is, its value a
    number within a day of media time. The rule's URL names the piece (a media noun
    and an id as the last path segment)."""
    if not isinstance(value, dict) or public_screen(value):
        return None
    keys = {_key_text(k): v for k, v in value.items()}
    if any(_EDIT_CLASSES.intersection(play_words(k)) for k in keys):
        return None  # an edit of the episode's metadata, not where someone stopped
    for key, member in keys.items():
        number = None if isinstance(member, bool) else _numeric(member)
        if _playhead_key(key) and number is not None and 0 < number <= DAY_MS:
            return f"playback position written to the piece in the URL: {key}"
    return None


# -- an episode's playhead out of its total, the episode named in the body --------
#
# `POST /api/podcast/pos` with `puntata=pod-31316&pos=1945&tot=3600` (Italian:
# episode, position, total): the endpoint names no item, the body names an EPISODE
# (or a video, film, track, song: one playable piece, not a show or a podcast as a
# whole) and the position out of its total length. Hard negatives: a podcast's place
# in a directory (`{podcast, position: 4}`: a show, no total), an episode's place in
# a season's list (`{episode, position: 4, total: 12}`: a total under a minute), a
# video editor's clip on a timeline (no piece's total), a course's lesson.
# Round 55: a VOD box names the piece its content (`ma_noi_dung`, Vietnamese "content code")
# under a path that already says video on demand; a total in Vietnamese (`tong`), Dutch,
# German and Turkish beside the Romance ones.
_PIECE_CLASSES = frozenset(["episode", "video", "film", "track", "song", "content"])
_TOTAL_WORDS = frozenset(["tot", "total", "totale", "tong", "totaal", "gesamt", "toplam"])
_MIN_TOTAL = 60
# what an upload's or a download's progress carries beside its position (round 55)
_TRANSFER_WORDS = frozenset(
    ["upload", "uploaded", "uploading", "download", "downloaded", "downloading", "bytes",
     "chunk", "chunks", "transcode", "encode", "render"]
)  # fmt: skip


def _piece_ref(key: str, value: object) -> bool:
    """An episode, video, film, track or song named by an id (a value with a digit)."""
    words = play_words(key)
    return (
        bool(words)
        and words[0] in _PIECE_CLASSES
        and isinstance(value, str | int)
        and not isinstance(value, bool)
        and any(c.isdigit() for c in str(value))
    )


def _total_key(key: str) -> bool:
    words = _lexicon_classes(key)[1]
    return _duration_key(key) or (len(words) == 1 and bool(words & _TOTAL_WORDS))


@structure("piece_position_of_total", kind=dict, size=(3, 12), needs=(_position_key,))
def piece_position_of_total(value: object) -> str | None:
    """An episode (video, film, track, song) named by id with a playhead out of its
    total length: a podcast or video app's position report."""
    if not isinstance(value, dict):
        return None
    keys = {_key_text(k): v for k, v in value.items()}
    piece = next((k for k, v in keys.items() if _piece_ref(k, v)), "")
    if not piece or priced_record(value) or public_screen(value):
        return None
    if any(_TRANSFER_WORDS.intersection(key_words(k)) for k in keys):
        return None  # an upload's or a download's progress: bytes moved, not a playhead
    totals = [n for k, v in keys.items() if _total_key(k) and (n := _numeric(v)) is not None]
    if not totals or max(totals) < _MIN_TOTAL:
        return None
    for key, member in keys.items():
        if key == piece or not _position_key(key) or aggregate_key(key):
            continue
        number = _numeric(member)
        if number is not None and 0 < number <= max(totals) <= DAY_MS:
            return f"{piece} with a playhead ({key}) out of its total length"
    return None
