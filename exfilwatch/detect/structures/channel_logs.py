"""Linear-TV viewing said through a channel and a moment, in any language.

A TV box, an IPTV app or a broadcaster's player logs which channel was on, from
when, and for how long or until when (`{kanal, simula, tagal_seg}`, Tagalog;
`{arna, bastaldy, uzaqtyghy_sek}`, Kazakh; `{channel, startedAt, endedAt}`), and a
history screen reads back the channels and programmes watched, each with when
(`recentlyWatched: [{channel, lastWatched}]`; Kyrgyz `tarykh: [{beruu, kanal,
kachan}]`). The words come from lexicon/viewing.yaml (`channel`, `programme`,
`history`, `watched`...), so a new language is a lexicon edit.

What is not a viewing log, and why these detectors do not read it:
- a programme guide: it names programmes still to come; the rules read only what
  an app SENDS to a path that is no guide, schedule or recording, and history
  rows only under a key that says watched or history;
- a chat's channel (`{channel, ts, text}`): it carries a message, not a time
  watched; a shop's rows carry a price (the `message` and `price` classes veto);
- a calendar's or a webinar's rows: a title and a span, but no channel key.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from ._common import (
    DAY_MS,
    DAY_SECONDS,
    _key_text,
    _numeric,
    compact_moment,
    is_moment,
    key_words,
    structure,
    viewing_classes,
)
from .playback_words import play_words
from .resume_writes import _NOT_MEDIA, _media_number, _where_key

_ROW_KEYS = (2, 12)

_CHANNEL_WORDS = frozenset(["channel", "chan", "station", "callsign"])
# A broadcaster (German `Sender`, the lexicon's `radio_station`) is the channel it airs on,
# read so only where the path already says tuning (`channel_tuning_row`): English `sender`
# is also a message's, and a mail client's read-time rows name senders too.
_STATION_CLASSES = frozenset(["radio_station"])
# A DVB `service` is a channel; beside a channel's number its name names the channel.
_LABEL_WORDS = frozenset(["name", "service"])
# How long a receiver stayed on a channel (`dwellSec`): a tuning's duration.
_DWELL_WORDS = frozenset(["dwell"])
_PROGRAMME_CLASSES = frozenset(
    ["programme", "program", "show", "episode", "film", "series", "drama", "title"]
)  # fmt: skip
_DURATION_CLASSES = frozenset(["duration", "seconds", "minutes"])
# `sec` / `secs` as a whole key word, the abbreviation a box's compact log writes (`{ch, sec,
# from}`), round 66 (set 262); `min` is left out: it is also a minimum
_SECOND_ABBREVIATIONS = frozenset(["sec", "secs"])
# A row carrying any of these is a message's, an order's or an event's, not a tuning.
_VETO_CLASSES = frozenset(["message", "price", "event"])
# A musician's tuner or practice app keeps "tunes" too (`{"tunes": [{"name": "Drop D",
# "strings": [..], "instrument": "guitar"}]}`): a row naming an instrument, its strings or
# a pitch is a tuning of an instrument, not of a TV (round 66 precision).
_MUSIC_WORDS = frozenset(
    ["instrument", "instruments", "string", "strings", "pitch", "cents", "capo", "chord",
     "chords", "bpm", "temperament", "metronome"]
)  # fmt: skip  # not `tempo` (Italian "time") nor `tuner` (a box's: `tuner: DVB-C`)
# A channel of audio hardware (`inputChannel`, `midiChannel`, `micChannel`) is a tuner's or
# a recorder's input, not a broadcast channel: such a key names no channel (round 66).
_AUDIO_CHANNEL_WORDS = frozenset(["input", "output", "midi", "mic", "microphone", "mixer"])


# A stay counted in nights or days (`permanenza_notti`, `stay_nights`, `modat_mandan_shab`)
# is a guest's at a hotel, not a receiver's on a channel (which lasts seconds or minutes).
_LODGING_UNITS = frozenset(
    ["night", "nights", "notte", "notti", "noche", "noches", "nuit", "nuits", "nacht",
     "naechte", "nachte", "noite", "noites", "gece", "geceler", "shab", "day", "days",
     "giorni", "dias", "jours", "tage", "gun", "ruz"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def dwell_key(key: str) -> bool:
    """`permanenza_sec` (Italian "stay"), `verweildauer`, `stayTime`, `停留时长`: how long
    a receiver stayed on a channel, in the act lexicon's `dwell` words of every language
    it lists (a page's dwell is the same word; a row here must name a channel too)."""
    # imported here: acts reads the structures package, which imports this module
    from ..acts import DWELL, text_acts

    return DWELL in text_acts(key) and not _LODGING_UNITS.intersection(key_words(key))


# `zaman_tamasha` (Persian "watching time"), `watchTime`, `izleme_zamani`: the time a
# row's channel was watched or heard, a duration (a moment's value is read as a moment first).
_WATCH_TIME_ACTS = frozenset(["watching", "watched", "watch", "listened", "listen", "listening"])


def _watch_time(played: set[str]) -> bool:
    return "time" in played and bool(played & _WATCH_TIME_ACTS)


@lru_cache(maxsize=8192)
def _key_kind(key: str, stations: bool = False) -> str | None:
    """What a row's key names: `channel`, `programme`, `duration`, `veto` or None (with
    `stations`, a broadcaster's key names the channel too)."""
    classes, words = viewing_classes(key)
    played = set(play_words(key)) | classes
    if played & _VETO_CLASSES:
        return "veto"
    # `played`, not only `classes`: play_words reads the Arabic article off (`القناة`, al-qanah)
    if words & _AUDIO_CHANNEL_WORDS:
        return None
    if "channel" in played or words & _CHANNEL_WORDS or (stations and played & _STATION_CLASSES):
        return "channel"
    if played & _PROGRAMME_CLASSES:
        return "programme"
    if played & _DURATION_CLASSES or words & (_DWELL_WORDS | _SECOND_ABBREVIATIONS):
        return "duration"
    if dwell_key(key) or _watch_time(played):
        return "duration"
    if played & _LABEL_WORDS or words & _LABEL_WORDS:
        return "label"
    return None


# A channel that is a way of reaching a customer or selling (`canal: whatsapp`, `channel:
# email`, `kanal: online`) is a help desk's, a campaign's or a shop's, not a broadcast's: the
# row is a conversation or a sale, whatever its times say.
_CONTACT_CHANNELS = frozenset(
    ["email", "e-mail", "mail", "sms", "mms", "push", "whatsapp", "telegram", "messenger",
     "viber", "wechat", "line", "signal", "phone", "telephone", "call", "voice", "chat",
     "livechat", "web", "webshop", "website", "online", "offline", "app", "in-app", "inapp",
     "store", "shop", "retail", "pos", "social", "facebook", "instagram", "support", "desk",
     "helpdesk", "ticket", "ivr", "fax", "letter", "post"]
)  # fmt: skip


def _contact_channel(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower().replace("_", "-") in _CONTACT_CHANNELS


def _named(value: object) -> bool:
    """Text that names something (a channel `TV3 Ghana`, not an id `4411`)."""
    return isinstance(value, str) and any(c.isalpha() for c in value) and not is_moment(value)


def _seconds(value: object) -> float | None:
    """A moment as Unix seconds (ISO 8601 or a Unix time in s or ms), else None."""
    if not is_moment(value):
        return None
    if isinstance(value, str):
        if (compact := compact_moment(value)) is not None:
            return compact.timestamp()
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    number = _numeric(value)
    if number is None:
        return None
    return number / 1000 if number >= 1e12 else number


# An XML row's attributes are all text (`<Event ch="203" name="News Live" start="1733023834"
# end="1733025223"/>`, a DTH box's viewing log, round 66, set 261): a Unix time written as
# digits counts as a moment only under a key that says when (start, end, time), since a
# numeric string elsewhere is an amount or an id.
_WHEN_WORDS = frozenset(["start", "end", "begin", "stop", "started", "stopped", "time", "ts"])
_UNIX_DIGITS = re.compile(r"\d{10}|\d{13}")


def _attribute_moment(key: str, value: object) -> float | None:
    """Unix seconds of a digit string under a when-key (`start="1733023834"`), else None."""
    if not isinstance(value, str) or not _UNIX_DIGITS.fullmatch(value):
        return None
    if not _WHEN_WORDS.intersection(play_words(key)):
        return None
    number = int(value)
    if not is_moment(number):
        return None
    return number / 1000 if number >= 1e12 else float(number)


def _element_text(value: object) -> object:
    """An XML element with attributes and text (`<kanal number="120">ESPN</kanal>`) decodes
    to `{"number": "120", "#text": "ESPN"}`: what it names is its text (round 66, set 268)."""
    if (
        isinstance(value, dict)
        and 1 < len(value) <= 4
        and isinstance(value.get("#text"), str)
        and all(isinstance(v, str) for v in value.values())
    ):
        return value["#text"]
    return value


def _row_parts(row: object, stations: bool = False) -> tuple[set[str], list[float], bool] | None:
    """(kinds of named keys, moments, whether a duration within a day is there) of a
    small row, or None when it is no row or carries a veto word."""
    if not isinstance(row, dict) or not _ROW_KEYS[0] <= len(row) <= _ROW_KEYS[1]:
        return None
    kinds: set[str] = set()
    moments: list[float] = []
    lasted = False
    for key, item in row.items():
        text = _key_text(key)
        value = _element_text(item)
        kind = _key_kind(text, stations)
        if kind == "veto" or _NOT_MEDIA.intersection(play_words(text)):
            return None
        if _MUSIC_WORDS.intersection(key_words(text)):
            return None
        if kind == "channel" and _contact_channel(value):
            return None
        if kind in ("channel", "programme", "label") and _named(value):
            kinds.add(kind)
        elif kind == "channel" and not isinstance(value, bool) and _numeric(value) is not None:
            kinds.add("channel_number")  # `lcn: 101`: the channel by its number
        elif (moment := _seconds(value) or _attribute_moment(text, value)) is not None:
            moments.append(moment)
        elif kind == "duration" and not isinstance(value, bool):
            number = _numeric(value)
            lasted = lasted or (number is not None and 0 < number <= DAY_MS)
    return kinds, moments, lasted


def _tuned_row(row: object, stations: bool = False) -> bool:
    """A channel named in text, when it came on, and how long or until when (the
    end no earlier than the start and within a day of it)."""
    parts = _row_parts(row, stations)
    if parts is None:
        return False
    kinds, moments, lasted = parts
    by_number = "channel_number" in kinds and bool(kinds & {"label", "programme"})
    if not ("channel" in kinds or by_number) or not moments or len(moments) > 2:
        return False
    if len(moments) == 2:
        return 0 <= abs(moments[1] - moments[0]) <= DAY_SECONDS
    return lasted


def channel_came_on(row: object) -> bool:
    """A channel named in text (stations included) with exactly one moment: a box's
    report that a channel came on, read where no duration is asked for."""
    parts = _row_parts(row, stations=True)
    return parts is not None and "channel" in parts[0] and len(parts[1]) == 1


# What a report's own key says it holds (`İzlemeRaporu`, Turkish "watching report").
_REPORT_CLASSES = frozenset(["watching", "watched", "viewing", "history", "tuning"])


def _reported_row(value: dict) -> bool:
    """`<İzlemeRaporu><Kayıt kanal=".." başlangıç=".." süre=".."/></İzlemeRaporu>`: an XML
    report with ONE row decodes to an object, not a list; the report's key says it holds
    viewing, so its object members (and there must be one) are read as the rows."""
    for key, report in value.items():
        if not isinstance(report, dict) or not _REPORT_CLASSES.intersection(
            play_words(_key_text(key))
        ):
            continue
        rows = [row for row in report.values() if isinstance(row, dict)]
        if rows and all(_tuned_row(row) for row in rows):
            return True
    return False


@structure("channel_tuning_rows", kind=(list, dict), size=(1, 500))
def channel_tuning_rows(value: object) -> str | None:
    """Rows each naming a channel with when it came on and how long it stayed: a
    tuning log (the rule takes it only as a request, to no guide or schedule path);
    or one such row inside a report named a viewing report."""
    if isinstance(value, dict):
        if _reported_row(value):
            return "a viewing report's channel row with when and how long"
        return None
    if not isinstance(value, list) or not value:
        return None
    if all(_tuned_row(r) for r in value[:50]):
        return f"{len(value)} channel rows with when each came on and how long"
    return None


@lru_cache(maxsize=8192)
def _history_key(key: str) -> str | None:
    """`watched` for a key that says watched (`recentlyWatched`, `tarihin_kallo`),
    `history` for a bare history (`tarykh`), else None."""
    words = set(play_words(key))
    if words & {"watched", "watching"} and words & {"recently", "history", "last", "watched"}:
        return "watched"
    if words == {"history"}:
        return "history"
    return None


def _watched_row(row: object, bare_history: bool) -> bool:
    """A channel or programme named in text with one moment (when it was watched).
    Under a bare history key the row must name both a channel and a programme."""
    parts = _row_parts(row)
    if parts is None or len(row) > 8:  # type: ignore[arg-type]
        return False
    kinds, moments, _ = parts
    if len(moments) != 1:
        return False
    named = kinds & {"channel", "programme"}
    return named == {"channel", "programme"} if bare_history else bool(named)


def _key_set_needs_history(key: str) -> bool:
    return _history_key(key) is not None


@structure("channel_history_rows", kind=dict, size=(1, 24), needs=(_key_set_needs_history,))
def channel_history_rows(value: object) -> str | None:
    """Under a key that says watched or history, rows each naming a channel or a
    programme with when it was watched: the viewer's linear-TV history."""
    if not isinstance(value, dict):
        return None
    for key, rows in value.items():
        kind = _history_key(_key_text(key))
        if kind is None or not isinstance(rows, list) or not rows:
            continue
        if all(_watched_row(r, kind == "history") for r in rows[:50]):
            return f"{len(rows)} channels or programmes watched, each with when, under {key}"
    return None


# -- rows under a key that says they are channels tuned ---------------------------
#
# A live-sports or TV app names the list, not the rows: `riwayat_saluran` (Indonesian
# "channel history") holds `{dari, ke, jam, lama_detik}` (from, to, when, how long);
# `sintonias` (Spanish "tunings") holds a moment and a duration. The key says channel
# and history or log, or tuning (lexicon class `tuning`), so each row needs only when
# it came on and how long or until when. A chat's channel history carries messages
# (the `message` class vetoes the row) and no duration.

_CHANNEL_LOG_WORDS = frozenset(["history", "log", "logs", "journal"])


@lru_cache(maxsize=8192)
def _channel_log_key(key: str) -> bool:
    """`riwayat_saluran`, `channel_log`, `sintonias`, `zapping`: a list of channels tuned."""
    words = set(play_words(key))
    return "tuning" in words or ("channel" in words and bool(words & _CHANNEL_LOG_WORDS))


def _timed_row(row: object) -> bool:
    """A moment and a duration within a day, or two moments within a day of each other."""
    parts = _row_parts(row)
    if parts is None:
        return False
    _, moments, lasted = parts
    if len(moments) == 2:
        return 0 <= abs(moments[1] - moments[0]) <= DAY_SECONDS
    return len(moments) == 1 and lasted


# A car head unit's or a radio app's log kept under the medium's own name (`radio: [{stantsiia,
# pochatok, tryvalist_sek}]`, Ukrainian station, start, duration): each row must then name
# its station in text, as a tuning row does, so a two-way radio's call log (a channel
# number, no station) is not read.
_RADIO_WORDS = frozenset(["radio", "radios", "radio_station"])
_RADIO_KEY_WORDS = _RADIO_WORDS | _CHANNEL_LOG_WORDS


@lru_cache(maxsize=8192)
def _radio_log_key(key: str) -> bool:
    """`radio`, `radio_history`, `radioLog`: a list of stations listened to."""
    words = set(play_words(key))
    return bool(words & _RADIO_WORDS) and words <= _RADIO_KEY_WORDS


def _log_key(key: str) -> bool:
    return _channel_log_key(key) or _radio_log_key(key)


@structure("channel_log_rows", kind=dict, size=(1, 24), needs=(_log_key,))
def channel_log_rows(value: object) -> str | None:
    """Under a key saying channel history or tuning, rows each with when it came on
    and how long: a tuning log whose rows need not name the channel's key; under a key
    saying radio, rows each naming the station too."""
    if not isinstance(value, dict):
        return None
    for key, rows in value.items():
        text = _key_text(key)
        if not isinstance(rows, list) or not rows:
            continue
        if _channel_log_key(text) and all(_timed_row(r) for r in rows[:50]):
            return f"{len(rows)} rows tuned, each with when and how long, under {key}"
        if _radio_log_key(text) and all(_tuned_row(r, stations=True) for r in rows[:50]):
            return f"{len(rows)} stations listened to, each with when and how long, under {key}"
    return None


@lru_cache(maxsize=8192)
def _channel_key(key: str) -> bool:
    return _key_kind(key, stations=True) == "channel"


@structure("channel_tuning_row", kind=dict, size=(2, 12), needs=(_channel_key,))
def channel_tuning_row(value: object) -> str | None:
    """One tuning sent as it happens (a TV reports each channel switch on its own, not as
    a batch of rows): a channel named in text, when it came on and how long or until
    when. The rule takes it only to a path that says tuning or a channel switch."""
    if not isinstance(value, dict) or not _tuned_row(value, stations=True):
        return None
    channel = next(k for k in value if _channel_key(_key_text(k)))
    return f"one tuning: channel `{channel}` with when it came on and how long"


# -- the state of one item, written to its own path ------------------------------

_FINISHED = "finished"


@lru_cache(maxsize=8192)
def _finished_flag_key(key: str) -> bool:
    return _FINISHED in play_words(key)


@structure("item_playback_state", kind=dict, size=(3, 6), needs=(_finished_flag_key,))
def item_playback_state(value: object) -> str | None:
    """Where playback of an item stopped, out of how long, and whether it finished
    (`{toktogon_zheri: 1905, uzaktygy: 3000, buttubu: false}`, Kyrgyz): the item is
    the one in the URL path (the rule asks for an id segment). A transfer's offset
    beside a size, a reader's page and a course's lesson are not playback."""
    if not isinstance(value, dict):
        return None
    where = total = None
    finished = False
    for key, member in value.items():
        text = _key_text(key)
        words = play_words(text)
        if _NOT_MEDIA.intersection(words):
            return None
        if _where_key(text) and _media_number(member):
            where = _numeric(member)
        elif "duration" in words and not isinstance(member, bool):
            total = _numeric(member)
        elif _FINISHED in words and isinstance(member, bool):
            finished = True
    if where is None or total is None or not finished:
        return None
    if not 0 < where <= total <= DAY_MS:
        return None
    return "where playback of the item in the path stopped, its length and whether it finished"
