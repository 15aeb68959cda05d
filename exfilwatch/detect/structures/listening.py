"""Listen records: a song named by artist and title with a play time or event."""

from __future__ import annotations

from functools import lru_cache

from ._common import (
    DAY_MS,
    _key_set_has,
    _key_text,
    _numeric,
    is_moment,
    key_word_set,
    key_words,
    structure,
    viewing_classes,
)
from .aggregates import aggregate_key
from .playback_vocab import _EVENT_KEYS, _NOT_PLAYBACK
from .playback_words import play_words

# -- listening and "now watching" records named by title, not by id ----------
#
# A scrobble names a song by its artist and title (Last.fm `track.scrobble`,
# ListenBrainz `listened_at` + `track_metadata`), a "now watching" or player
# start beacon by a programme, channel or title with a playhead. Neither
# carries a media id, so `playback_record` does not see them.

_ARTIST_WORDS = frozenset(["artist", "artists", "performer", "band"])
_SONG_WORDS = frozenset(["track", "song", "title", "tune", "recording"])
_LISTEN_EVENTS = frozenset(
    ["scrobble", "scrobbled", "scrobbles", "play", "played", "playing", "listen", "listened",
     "listening", "nowplaying", "listens"]
)  # fmt: skip
# Events about a song that are not a play: browsing, lyrics, sharing, buying.
_NOT_LISTEN = frozenset(
    ["lyrics", "search", "share", "shared", "love", "unlove", "like", "ban", "buy", "purchase",
     "download", "info", "getinfo", "get", "similar", "tag", "tags", "playlist", "add", "remove",
     "chart", "top", "concert", "ticket", "tickets", "tour", "event", "events"]
)  # fmt: skip
# Keys of a song request, a review, a vote or a lyrics lookup: about a song, not a play.
_NOT_LISTEN_KEYS = frozenset(
    ["lyrics", "review", "rating", "comment", "message", "vote", "votes", "dedication",
     "request", "requested", "search", "query", "q", "wish", "setlist", "venue"]
)  # fmt: skip
_WHEN_KEYS = frozenset(
    ["timestamp", "ts", "playedat", "listenedat", "scrobbledat", "playedtime", "listenedtime",
     "starttime", "playedon", "utc"]
)  # fmt: skip
_METHOD_KEYS = _EVENT_KEYS | frozenset(["method", "api", "call", "op", "operation", "endpoint"])
# A played time or amount in other words than `_WHEN_KEYS` (`playedFrom`, `playedSec`,
# `heardAt`, `listenedMs`): a past play or listen verb beside a time word says when
# or how long the song was played, as a head unit's or a speaker's media log does.
_PLAYED_VERBS = frozenset(["played", "listened", "heard", "scrobbled", "streamed"])
_PLAYED_TIME_WORDS = frozenset(
    ["at", "on", "from", "since", "until", "time", "ts", "date", "sec", "secs", "seconds", "ms",
     "duration", "start", "started", "end", "ended", "for"]
)  # fmt: skip


def _listen_event(value: object) -> int:
    """1 for a play event (`track.scrobble`, `updateNowPlaying`), -1 for another
    event about a song (`track.love`, `lyrics_view`), 0 for anything else."""
    if not isinstance(value, str) or len(value) > 64:
        return 0
    said = key_word_set(value)
    if said & _NOT_LISTEN and not said & {"scrobble", "playing"}:
        return -1
    return 1 if said & _LISTEN_EVENTS or {"now", "playing"} <= said else 0


_METADATA_WORDS = frozenset(["metadata", "track", "song", "recording", "meta", "info"])
_START_TIME = frozenset(["start", "time"])


_L_ARTIST, _L_SONG, _L_WHEN, _L_METHOD, _L_NOT, _L_META = 1, 2, 4, 8, 16, 32
_L_FOREIGN, _L_HEARD = 64, 128


@lru_cache(maxsize=16384)
def _listen_role(key: str) -> int:
    """What a key can mean in a listen record, worked out once per key name."""
    words = tuple(w for w in key_words(key) if not w.isdigit())
    if not words:
        return 0
    found = set(words)
    # a scrobble in the app's own language (Russian `trek`, `ispolnitel`, `proslushano`,
    # `vremya_nachala`): its words read as their viewing-lexicon classes, marked FOREIGN,
    # since `ispolnitel` is also a task's assignee and `trek` a parcel's tracking number
    classes = set(play_words(key)) - found
    role = _L_NOT if found & _NOT_PLAYBACK or found & _NOT_LISTEN_KEYS else 0
    joined = "".join(words)
    if (found | classes) & _PLAYED_VERBS:
        role |= _L_HEARD
    if found & _ARTIST_WORDS:
        role |= _L_ARTIST
    elif found & _SONG_WORDS and len(words) <= 2:
        role |= _L_SONG
    elif joined in _WHEN_KEYS or (found & _PLAYED_VERBS and found & _PLAYED_TIME_WORDS):
        role |= _L_WHEN
    elif classes & _ARTIST_WORDS:
        role |= _L_ARTIST | _L_FOREIGN
    elif classes & _SONG_WORDS and len(words) <= 2:
        role |= _L_SONG | _L_FOREIGN
    elif len(words) == 2 and set(play_words(key)) == _START_TIME:
        role |= _L_WHEN  # `starttime` in another language: `vremya_nachala`, `wqt_lbd`
    elif joined in _METHOD_KEYS:
        role |= _L_METHOD
    if found & _METADATA_WORDS:
        role |= _L_META
    elif classes & _HEARD_PIECE_CLASSES and (found | classes) & _PLAYED_VERBS:
        # the song heard in the app's language, its description nested under it
        # (Javanese `lagu_sing_dirungokno`, "the song listened to", round 55)
        role |= _L_META
    return role


_HEARD_PIECE_CLASSES = frozenset(["song", "track"])


def _artist_or_metadata_key(key: str) -> int:
    """An artist key, or a track description that may hold one."""
    return _listen_role(key) & (_L_ARTIST | _L_META)


def _named(item: object) -> bool:
    """`{"name": "Nils Frahm"}` or `[{"name": ...}]`: an artist or a track object."""
    if isinstance(item, list) and item:
        item = item[0]
    return isinstance(item, dict) and isinstance(item.get("name") or item.get("title"), str)


def _listen_items(value: dict) -> list[tuple[object, object]]:
    """The object's pairs, plus those of a nested track description one level
    down (ListenBrainz keeps `listened_at` beside `track_metadata{artist_name}`)."""
    items = list(value.items())
    for key, item in value.items():
        if isinstance(item, dict) and len(item) <= 40 and _listen_role(_key_text(key)) & _L_META:
            items.extend(item.items())
    return items


@structure("listen_record", kind=dict, size=(2, 80), needs=(_artist_or_metadata_key,))
def listen_record(value: object) -> str | None:
    """A song named by artist and title, with when it was played or a play
    event: a scrobble, a now-playing update, a listening-history upload. A
    catalogue entry, a lyrics lookup or a search has neither and does not match."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    if not _key_set_has(_listen_role, tuple(value)):
        return None  # no key means anything to a listen record
    items = _listen_items(value)
    roles = [(_listen_role(_key_text(k)), item) for k, item in items]
    if not any(role & _L_ARTIST for role, _ in roles):
        return None  # the cheap exit taken by almost every object
    artist = song = when = event = 0
    for role, item in roles:
        if role & _L_NOT:
            return None
        text = isinstance(item, str) and bool(item.strip())
        if role & _L_ARTIST and (text or _named(item)):
            artist = 1
        elif role & _L_SONG and (text or _named(item)):
            song = 1
        elif role & _L_WHEN and (text or _numeric(item) is not None):
            when = 1
        elif role & _L_METHOD:
            said = _listen_event(item)
            if said < 0:
                return None
            event = max(event, said)
    if artist and song and not (when or event):
        when = _heard_at_a_moment(items, roles)
    if artist and song and (when or event):
        listened = any(_listened_amount(key, item) for key, item in items)
        if not listened and _foreign_unheard([role for role, _ in roles]):
            return None
        return "song named by artist and title with a play " + ("event" if event else "time")
    return None


_TALLY_WORDS = frozenset(["count", "counts", "total", "totals", "listens", "plays", "num", "times"])


def _listened_amount(key: object, item: object) -> bool:
    """A number under a key saying listen (`chhal_sme3`, Darija "how much heard";
    `akud_n_usell`, Tamazight "time of listening"): how long the song was heard."""
    if isinstance(item, bool) or _numeric(item) is None:
        return False
    text = _key_text(key)
    if key_word_set(text) & _TALLY_WORDS or aggregate_key(text):
        return False  # a catalogue's tally of everyone's listens
    return "listen" in play_words(text)


def _heard_at_a_moment(items: list[tuple[object, object]], roles: list[tuple[int, object]]) -> int:
    """1 when a key says the song was heard (a played verb, or an amount listened) and
    another value is a moment, whatever its key's language (`wa9t`, Tamazight `ass`): the
    record's play time, read by its value (round 53)."""
    heard = any(role & _L_HEARD for role, _ in roles)
    heard = heard or any(_listened_amount(key, item) for key, item in items)
    return int(heard and any(is_moment(item) for role, item in roles if not role & _L_NOT))


def _foreign_unheard(roles: list[int]) -> bool:
    """An artist or a song read in another language with no key saying it was heard:
    a task's assignee and title, a parcel's track number (the English words need none)."""
    foreign = any(role & _L_FOREIGN for role in roles)
    return foreign and not any(role & _L_HEARD for role in roles)


# -- a radio app's listening sessions: a station beside a listening duration ----
#
# `{sender: "FM4", beginn: ..., hoerdauer_min: 18}` (German: station, start, listening
# duration): the row names a station and how long the person listened to it. Neither
# word alone is enough: `sender` is also a chat message's or a mail's sender, and a
# language course logs listening minutes with no station. Hard negatives: a voice
# note (`{sender, listenedMs}` beside `message` / `voice` keys), a mail, a TV guide's
# station with its programme's length (`dauer`, not a listen).

_STATION = "radio_station"
_STATION_WORDS = frozenset(["station", "radiostation"])
_LISTEN_CLASSES = frozenset(["listen", "listened", "listening"])
_LISTENED = "listened"
# `sek` is the seconds abbreviation of German, the Nordic, Baltic and West Slavic languages
# (round 53: a car's `klausitas_radijas[{stotis, pradzia, sek}]`); beside a station and a
# start it is no currency.
_DURATION_UNITS = frozenset(["min", "mins", "minutes", "sec", "secs", "seconds", "ms", "s", "sek"])
_DURATION_CLASSES = frozenset(["minutes", "seconds", "duration", "time"])
# A message's keys (the viewing lexicon's `message` class): a voice note or a mail
# has a sender and may be listened to.
_MESSAGE = "message"


@lru_cache(maxsize=8192)
def _station_key(key: str) -> bool:
    classes, words = viewing_classes(key)
    return _STATION in classes or bool(_STATION_WORDS & words)


# A CHANNEL named beside a listening duration is a station too (`{channel: "simran",
# listen_min: "12"}`, a devotional radio's event): but only when the channel is a
# NAME (letters), since a tour guide's whisper headset or a walkie-talkie tunes a
# numbered channel (`channel: 72`) and its listeners are not one person's history.
_CHANNEL = "channel"


@lru_cache(maxsize=8192)
def _channel_key(key: str) -> bool:
    classes, _ = viewing_classes(key)
    return _CHANNEL in classes and len(key_words(key)) <= 2


def _named_channel(value: object) -> bool:
    """A channel's name (`simran`, `Colors Gujarati`), not a number or a code."""
    return (
        isinstance(value, str)
        and 2 <= len(value) <= 80
        and sum(c.isalpha() for c in value) >= 2
        and not value.strip().isdigit()
    )


def _station_member(key: str, item: object) -> bool:
    """A station named (`estacao: "m80"`, `sender: 4`) or a channel named by words."""
    if _station_key(key) and isinstance(item, str | int) and not isinstance(item, bool):
        return True
    return _channel_key(key) and _named_channel(item)


def _station_or_channel_key(key: str) -> bool:
    """The session detector's gate: a station's key or a channel's."""
    return _station_key(key) or _channel_key(key)


@lru_cache(maxsize=8192)
def _listen_duration_key(key: str) -> int:
    """2 for listening in time units (`hoerdauer_min`, `listenMinutes`,
    `luisterduur`); 1 for a bare "listened" (`gehört: 1260`, an amount with no
    unit, read only when above 1: a 1 or a flag is a voice note's receipt); else 0.
    The playback reading of the key counts too (`tempo_escuta`: Portuguese `tempo` is
    read as time by the key reader's own table, not the lexicon's)."""
    classes, words = viewing_classes(key)
    classes = classes | frozenset(play_words(key))
    if not (_LISTEN_CLASSES & classes or _LISTEN_CLASSES & words):
        return 0
    if _DURATION_CLASSES & classes or _DURATION_UNITS & words:
        return 2
    return 1 if _LISTENED in classes or _LISTENED in words else 0


@lru_cache(maxsize=8192)
def _message_key(key: str) -> bool:
    return _MESSAGE in viewing_classes(key)[0]


@structure("station_listen_session", kind=dict, size=(2, 16), needs=(_station_or_channel_key,))
def station_listen_session(value: object) -> str | None:
    """A station named beside how long the person listened to it, in one record:
    a radio app's listening statistics."""
    if not isinstance(value, dict):
        return None
    station = listened = ""
    for key, item in value.items():
        text = _key_text(key)
        if _message_key(text):
            return None  # a voice note or a mail: its sender, not a station
        if _station_member(text, item):
            station = station or text
        elif kind := _listen_duration_key(text):
            number = _numeric(item)
            if number is not None and number > (0 if kind == 2 else 1):
                listened = listened or text
    if station and listened:
        return f"station ({station}) with a listening duration ({listened})"
    return None


# -- a listening session named by its key: a station inside, and how long -------
#
# `{sessione_ascolto: {stazione, inizio, secondi, uscita}}` (Italian "listening
# session": station, start, seconds, output): the OUTER key says listening, the
# inner record names the station and a bare time amount (`secondi`, `minutes`,
# `duration`). The inner record alone is a station with a number (a TV guide's
# slot, a weather station's reading interval); the key supplies the listening.
# Hard negatives: a voice note or a voicemail under a listen key (a message, no
# station), a charging station's session (no listen word), a station's schedule.


@lru_cache(maxsize=8192)
def _listen_slot_key(key: str) -> bool:
    """A key that says listening (`sessione_ascolto`, `listening_session`, `hoeren`)."""
    classes, words = viewing_classes(key)
    return bool(_LISTEN_CLASSES & classes or _LISTEN_CLASSES & words) and not _message_key(key)


def _station_with_time(record: object) -> str:
    """The station key of a record that names a station, a time amount above 0 and
    when it began: a station list's or a schedule's rows (a station with a show's
    length under an app's "listen" menu) carry no start of a session."""
    if not isinstance(record, dict) or not 3 <= len(record) <= 16:
        return ""
    if not any(is_moment(item) for item in record.values()):
        return ""
    station = ""
    timed = False
    for key, item in record.items():
        text = _key_text(key)
        if _message_key(text):
            return ""
        classes, words = viewing_classes(text)
        if _station_member(text, item):
            station = station or text
        elif _DURATION_CLASSES & classes or _DURATION_UNITS & words:
            number = _numeric(item)
            timed = timed or (number is not None and 0 < number <= DAY_MS)
    return station if timed else ""


@structure("station_listen_slot", kind=dict, size=(1, 12), needs=(_listen_slot_key,))
def station_listen_slot(value: object) -> str | None:
    """A record under a key that says listening, naming a station and how long:
    one listening session of a radio app, whatever language its keys are in."""
    if not isinstance(value, dict):
        return None
    for key, record in value.items():
        text = _key_text(key)
        if not _listen_slot_key(text):
            continue
        if station := _station_with_time(record):
            return f"listening session under `{text}`: station ({station}) with a duration"
        if isinstance(record, list) and 0 < len(record) <= 500:
            rows = [_station_with_time(row) for row in record[:50]]
            if all(rows):
                return (
                    f"{len(record)} listening sessions under `{text}`, each a station and how long"
                )
    return None
