"""Viewing reports recognised by SHAPE, whatever language their keys are in.

Round 11 showed that word lists guessed in advance miss each writer's own
romanisation (`kedudukan`, `paartha_nodi`, `ibi_ti_o_duro`). What a reader who
does not speak the language still recognises, and what these detectors read:

- a series of media fingerprints (many hashes or sample pairs under a key that
  says fingerprint): a recogniser's clip of what is on screen, not the one
  browser fingerprint of a login;
- a tally of minutes by channel (`{"NTA": 239, "Fana TV": 18}` under a key with
  a time word and a content word);
- a log of rows each naming a channel or programme with a start and an end time
  (two epoch stamps less than a day apart);
- a short-key beacon: a player event value (`play`, `pause`, `hb`) or a video
  rendition (`720p`) beside a content code and a playhead number;
- an unnamed protobuf message (gRPC fields `1`, `2`, `3`) holding an id and a
  playhead with a timestamp or a longer duration.

The rules (signatures/viewing_history/*-shape*.yaml and friends) add what the URL
must say; these functions only read the record.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load
from ._common import (
    DAY_MS,
    DAY_SECONDS,
    _is_number,
    _key_text,
    _numeric,
    key_word_set,
    key_words,
    structure,
    viewing_classes,
)
from .aggregates import aggregate_key
from .not_playheads import ad_owned_key, equipment_record, online_time_key
from .public_screens import public_screen

# -- media fingerprint series ------------------------------------------------

_FP_WORDS = frozenset(["fingerprint", "fingerprints", "fp", "fps", "fprint", "fprints"])
# Fingerprints of things other than the sound or picture playing.
_NOT_MEDIA_FP = frozenset(
    ["device", "browser", "client", "canvas", "tls", "ja3", "ja4", "cert", "certificate", "key",
     "keys", "ssh", "gpg", "pgp", "public", "user", "account", "finger", "fingers", "file",
     "files", "chunk", "chunks", "block", "blocks", "template", "templates"]
)  # fmt: skip
_MEDIA_WORDS = frozenset(["audio", "video", "acoustic", "sound", "frame", "frames", "screen"])
_SIG_WORDS = frozenset(["signature", "signatures", "hash", "hashes", "sig", "sigs"])
_HEXLIKE = re.compile(r"^[A-Za-z0-9+/=_-]{8,128}$")
_MIN_SERIES = 4


@lru_cache(maxsize=8192)
def _fingerprint_key(key: str) -> bool:
    """`fingerprints`, `audio_fp`, `audioFingerprint`, `video_signature`: a key
    that can hold media fingerprints (a bare `hash` or `signature` cannot)."""
    words = key_word_set(key)
    if words & _NOT_MEDIA_FP:
        return False
    return bool(words & _FP_WORDS) or bool(words & _MEDIA_WORDS and words & _SIG_WORDS)


def _sample(item: object) -> bool:
    """One fingerprint sample: a 32/64-bit number, a hash string, or a
    (hash, offset) pair as recognisers send them."""
    if _is_number(item):
        return isinstance(item, int) and abs(item) >= 256
    if isinstance(item, str):
        return bool(_HEXLIKE.match(item)) and any(c.isdigit() for c in item)
    if isinstance(item, list) and 1 <= len(item) <= 3:
        return _is_number(item[0]) and all(_is_number(x) for x in item)
    if isinstance(item, dict):
        return _sample_record(item)
    return False


_HEX_HASH = re.compile(r"^[0-9a-fA-F]{12,128}$")


def _sample_record(item: dict) -> bool:
    """One sample as a short record (`{"t": 1763539326964, "a": "b4fc..", "v":
    "774e.."}`): a capture time or offset and the audio / video hashes taken then.
    Every value is a number or a hash, and at least one is a hex hash: a
    certificate or key list names its issuer, subject or algorithm in words."""
    if not 1 <= len(item) <= 4:
        return False
    hashes = 0
    for member in item.values():
        if isinstance(member, str) and _HEX_HASH.match(member):
            hashes += 1
        elif not _is_number(member) or isinstance(member, bool):
            return False
    return hashes >= 1


def _series(value: object) -> bool:
    if not isinstance(value, list) or len(value) < _MIN_SERIES:
        return False
    return all(_sample(x) for x in value[:32])


@structure("media_fingerprint_series", kind=dict, size=(1, 40), needs=(_fingerprint_key,))
def media_fingerprint_series(value: object) -> str | None:
    """A list of at least four fingerprint samples under a fingerprint key. A
    device or browser fingerprint is one value; a recogniser samples the sound or
    picture every few hundred ms and sends the series to be matched."""
    if not isinstance(value, dict):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _fingerprint_key(text) and _series(member):
            return f"series of {len(member)} media fingerprints under {text}"
    return None


# -- minutes by channel --------------------------------------------------------

_TALLY_CONTENT = frozenset(["channel", "program", "programme", "show", "video", "film",
                            "episode", "series", "song", "track", "podcast"])  # fmt: skip
_TALLY_CONTENT_WORDS = frozenset(
    ["channel", "channels", "programme", "programmes", "program", "programs", "show", "shows",
     "video", "videos", "series", "genre", "genres", "film", "films", "movie", "movies"]
)  # fmt: skip
_TALLY_TIME_WORDS = frozenset(
    ["minutes", "mins", "min", "seconds", "secs", "sec", "hours", "watched", "viewing",
     "watch", "time", "duration", "ms"]
)  # fmt: skip
_TALLY_TIME = frozenset(["minutes", "seconds", "duration", "time", "watched"])


@lru_cache(maxsize=8192)
def _tally_key(key: str) -> bool:
    """`minutes_by_channel`, `watchTimePerShow`: a time word and a content word."""
    words = key_word_set(key)
    lexicon = load("viewing")
    classes = {lexicon.word(w) for w in words if len(w) > 2}
    if not (words & _TALLY_TIME_WORDS or classes & _TALLY_TIME):
        return False
    return bool(words & _TALLY_CONTENT_WORDS or classes & _TALLY_CONTENT)


def _tally(value: object) -> bool:
    """A mapping of at least two free-text names (not ids, not numbers) to
    amounts within a day."""
    if not isinstance(value, dict) or len(value) < 2:
        return False
    names = 0
    for name, amount in value.items():
        number = _numeric(amount) if not isinstance(amount, str) else None
        if number is None or not 0 <= number <= DAY_SECONDS:
            return False
        text = _key_text(name)
        if any(c.isalpha() for c in text):
            names += 1
    return names >= 2


@structure("content_time_tally", kind=dict, size=(1, 40), needs=(_tally_key,))
def content_time_tally(value: object) -> str | None:
    """Time spent per channel or programme: `{"minutes_by_channel": {"NTA": 239,
    "Fana TV": 18}}`. A per-app or per-activity tally has no content word."""
    if not isinstance(value, dict):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _tally_key(text) and _tally(member):
            return f"time per channel or programme under {text}"
    return None


# -- channel / programme rows with a start and an end --------------------------

# `content` too (Greek `periechomeno`): a content-recognition match names what the screen
# showed by that word as often as by channel or programme (rows read only on an ACR path).
_ROW_CONTENT = frozenset(["channel", "program", "programme", "show", "episode", "film",
                          "video", "drama", "series", "content"])  # fmt: skip
_ROW_CONTENT_WORDS = frozenset(
    ["channel", "chan", "ch", "programme", "program", "prog", "show", "episode", "film",
     "movie", "station", "series", "content"]
)  # fmt: skip


def _row_content_key(key: str) -> bool:
    classes, words = viewing_classes(key)
    return bool(words & _ROW_CONTENT_WORDS or classes & _ROW_CONTENT)


# What a recognised row calls the piece it matched (round 53, set 189: `matched_content:
# [{source, title, start, seconds}]`): sent to a content-recognition endpoint, a row's
# title is what the screen showed, in any language of the viewing lexicon. A `name` is
# not: an OpenID login's `acr_values: [{name, created, duration}]` names a policy.
_MATCHED_TITLE = frozenset(["title"])


def _matched_title_key(key: str) -> bool:
    """A bare title key (`title`, `titulo`): a `policy_title` is some other thing's."""
    classes, words = viewing_classes(key)
    return len(words) == 1 and bool(words & _MATCHED_TITLE or classes & _MATCHED_TITLE)


def _epoch(value: object) -> float | None:
    """An epoch time in seconds (2001..2033), given in seconds or milliseconds."""
    if not _is_number(value) or (isinstance(value, float) and value != int(value)):
        return None
    number = float(value)  # type: ignore[arg-type]
    if 1e12 <= number < 2e12:
        return number / 1000
    if 1e9 <= number < 2e9:
        return number
    return None


def _viewing_row(row: object) -> bool:
    """A row naming a channel or programme in text, with exactly two epoch times
    less than a day apart (the span it was on)."""
    if not isinstance(row, dict) or not 3 <= len(row) <= 12:
        return False
    named = any(
        _row_content_key(_key_text(k)) and isinstance(v, str) and any(c.isalpha() for c in v)
        for k, v in row.items()
    )
    if not named:
        return False
    times = [t for v in row.values() if (t := _epoch(v)) is not None]
    if len(times) != 2:
        return False
    start, end = sorted(times)
    return 0 < end - start <= DAY_SECONDS


@structure("timed_channel_rows", kind=list, size=(1, 500))
def timed_channel_rows(value: object) -> str | None:
    """Rows each naming a channel or programme with when it started and ended:
    a tuning log. Calendar rows have a title, not a channel or programme."""
    if not isinstance(value, list) or not value:
        return None
    rows = value[:50]
    if all(_viewing_row(r) for r in rows):
        return f"{len(value)} channel or programme rows with start and end times"
    return None


# -- recognised content rows: a channel or programme, when it started, how long ---

_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_DURATION_WORDS = frozenset(["duration", "dur", "seconds", "secs", "sec", "length", "minutes"])
_NOT_CONTENT_ROW = frozenset(
    ["digest", "repository", "registry", "manifest", "tag", "sha", "sha256", "price", "seats"]
)  # fmt: skip


_DURATION_CLASSES = frozenset(["duration", "seconds", "minutes"])


def _duration_key(key: str) -> bool:
    classes, words = viewing_classes(key)
    return bool(words & _DURATION_WORDS or classes & _DURATION_CLASSES)


def _started_row(row: object) -> bool:
    """A row naming a channel or programme in text, with one start time (epoch or
    ISO date-time) and a duration within a day (`canal`, `programa`, `inicio`,
    `duracao`)."""
    if not isinstance(row, dict) or not 3 <= len(row) <= 12:
        return False
    keys = {_key_text(k): v for k, v in row.items()}
    if any(_NOT_CONTENT_ROW.intersection(key_words(k)) for k in keys):
        return False
    named = any(
        (_row_content_key(k) or _matched_title_key(k))
        and isinstance(v, str)
        and any(c.isalpha() for c in v)
        for k, v in keys.items()
    )
    started = any(
        _epoch(v) is not None or (isinstance(v, str) and _ISO_TIME.match(v)) for v in keys.values()
    )
    lasted = any(
        _duration_key(k) and (n := _numeric(v)) is not None and 0 < n <= DAY_SECONDS
        for k, v in keys.items()
        if not isinstance(v, bool)
    )
    return named and started and lasted


@structure("started_content_rows", kind=list, size=(1, 500))
def started_content_rows(value: object) -> str | None:
    """Rows each naming a channel or programme with when it started and how long
    it lasted. A programme guide has the same rows: the rule only accepts them
    SENT to a content-recognition endpoint, where they are what the screen showed."""
    if not isinstance(value, list) or not value:
        return None
    if all(_started_row(r) for r in value[:50]):
        return f"{len(value)} channel or programme rows with a start and a duration"
    return None


# -- short-key player beacons ----------------------------------------------------

_PLAYER_EVENTS = frozenset(
    ["play", "playing", "pause", "paused", "resume", "resumed", "seek", "seeked", "seeking",
     "buffering", "rebuffer", "hb", "heartbeat", "ended", "playhead", "timeupdate"]
)  # fmt: skip
_RENDITION = re.compile(
    r"^(?:144|240|360|480|540|576|720|1080|1440|2160|4320)[pi]$|^(?:4k|8k|uhd|fhd)$", re.I
)
_CONTENT_CODE = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9:_.-]{2,63}$")
_UUIDISH = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-|^[0-9a-f]{16,}$", re.I)
_BOOKKEEPING = frozenset(
    ["page", "limit", "size", "count", "offset", "width", "height", "w", "h", "bitrate", "br",
     "rate", "fps", "volume", "vol", "price", "qty", "level", "lvl", "score", "max", "min",
     "total", "v", "ver", "version", "seq", "n", "idx", "index", "retry", "ttl", "interval",
     "bytes", "byte", "kb", "mb", "len", "length", "id", "uid", "user", "ts", "t"]
)  # fmt: skip


def _playhead_number(key: str, value: object) -> bool:
    number = _numeric(value)
    if number is None or not 0 < number <= DAY_MS:
        return False
    if online_time_key(key) or ad_owned_key(key):
        return False  # a link's time online, an ad's own slot: no playhead
    return not key_word_set(key) & _BOOKKEEPING


def _code(value: object) -> bool:
    if not isinstance(value, str) or not _CONTENT_CODE.match(value) or _UUIDISH.match(value):
        return False
    return value.lower() not in _PLAYER_EVENTS and not _RENDITION.match(value)


def _signal(value: object) -> str:
    if not isinstance(value, str) or len(value) > 10:
        return ""
    if value.lower() in _PLAYER_EVENTS:
        return "player event " + value.lower()
    if _RENDITION.match(value):
        return "video rendition " + value
    return ""


# Keys that put a beacon in another domain: a game level, a trip, a job, a cart,
# a download, an ad slot, a workout; their pause or progress is not a viewing.
_OTHER_DOMAIN = frozenset(
    ["level", "lvl", "stage", "quiz", "score", "game", "trip", "ride", "eta", "job", "build",
     "task", "cart", "sku", "order", "download", "upload", "file", "dl", "ul", "room", "lap",
     # an ad's play is an impression, not what the user chose to watch; a workout's
     # pause is a fitness timer (round 16: both are pixels on beacon hosts)
     "ad", "ads", "creative", "campaign", "placement", "slot", "workout", "exercise", "timer"]
)  # fmt: skip


def _beacon(value: object, kind: str) -> str | None:
    """The evidence if `value` holds a `kind` signal ("player event" or "video
    rendition"), a content code and a playhead number, each from its own key."""
    if not isinstance(value, dict) or not any(_signal(v).startswith(kind) for v in value.values()):
        return None  # the cheap exit taken by almost every object
    signal = ""
    code = playhead = False
    for key, member in value.items():
        text = _key_text(key)
        if _OTHER_DOMAIN.intersection(key_words(text)):
            return None
        found = _signal(member)
        if found:
            if found.startswith(kind):
                signal = signal or found
        elif _code(member):
            code = True
        elif _playhead_number(text, member):
            playhead = True
    if signal and code and playhead and not public_screen(value) and not equipment_record(value):
        # a traffic / weather / security camera's feed has all three and is nobody's viewing
        return f"{signal} with a content code and a playhead"
    return None


@structure("player_event_beacon", kind=dict, size=(3, 20))
def player_event_beacon(value: object) -> str | None:
    """A player beacon whatever its keys are called: a player event value
    (`ev=pause`, `e=hb`) with a content code (`f=AP29499`) and a playhead number.
    A game's pause has no heartbeat path: the rule's URL asks for one."""
    return _beacon(value, "player event")


@structure("rendition_playhead_beacon", kind=dict, size=(3, 20))
def rendition_playhead_beacon(value: object) -> str | None:
    """A video rendition (`kualiti=720p`) with a content code (`k=MOV-11870-E11`)
    and a playhead number: only a playing stream has all three. Byte counts,
    offsets and sizes are bookkeeping, not a playhead."""
    return _beacon(value, "video rendition")


# -- unnamed protobuf progress ---------------------------------------------------

_FIELD = re.compile(r"^\d{1,3}$")


def _unnamed(key: object) -> bool:
    return bool(_FIELD.match(_key_text(key)))


def _digit_id(value: str) -> bool:
    """A catalogue number sent as protobuf TEXT (`"326527"`): a string field holding
    only digits is an id (a count or a time would be a varint), so at an RPC the URL
    names as playback it is the programme's id."""
    return 3 <= len(value) <= 12 and value.isdigit()


@structure("unnamed_protobuf_progress", kind=dict, size=(3, 12), needs=(_unnamed,))
def unnamed_protobuf_progress(value: object) -> str | None:
    """A protobuf message without its schema (fields `1`, `2`, `3`...) holding a
    text id, a playhead-range number, and either an epoch time or a second,
    larger number (the duration). The rule's URL names the RPC as watching or
    progress; this only checks the message could be a position report."""
    if not isinstance(value, dict) or not all(_unnamed(k) for k in value):
        return None
    ids = [v for v in value.values() if isinstance(v, str) and (_code(v) or _digit_id(v))]
    numbers = [float(v) for v in value.values() if _is_number(v) and 0 < float(v) <= DAY_MS]
    stamped = any(_epoch(v) is not None for v in value.values())
    if not ids or not numbers:
        return None
    position = max(numbers)
    if position < 30:
        return None  # a season or episode number alone is no playhead
    if stamped or len(numbers) >= 2:
        return f"unnamed protobuf fields: id {len(ids)} with playhead-range number"
    return None


# -- unnamed protobuf: an episode's position by uuid -------------------------------

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


@structure("unnamed_protobuf_item_position", kind=dict, size=(3, 8), needs=(_unnamed,))
def unnamed_protobuf_item_position(value: object) -> str | None:
    """A schema-less protobuf message that holds only uuids and small numbers, two of
    them a position and the longer duration it lies in (Pocket Casts' episode update:
    episode uuid, podcast uuid, position, playing status, duration). The rule's URL
    names an episode update; a title, a date or a byte count makes it a catalogue edit."""
    if not isinstance(value, dict) or not all(_unnamed(k) for k in value):
        return None
    uuids = numbers = 0
    times: list[float] = []
    for member in value.values():
        if isinstance(member, str) and _UUID.match(member):
            uuids += 1
        elif _is_number(member) and not isinstance(member, bool):
            number = float(member)
            if not 0 <= number <= DAY_SECONDS:
                return None  # an epoch, a size in bytes: not a time in seconds
            numbers += 1
            if number >= 30:
                times.append(number)
        else:
            return None  # a title, a url, a nested message: not a position report
    if not uuids or len(times) != 2 or times[0] == times[1]:
        return None
    return f"unnamed protobuf: uuid {uuids} with position {min(times):g} of {max(times):g}"


# -- a meter's beacon: minutes watched beside per-minute rows ------------------
#
# `{pannello: "census", ascolti: [{m: <epoch>, can: "RTV Radio", sorg, vis: 1}, ...],
# minuti_visti: 5}` (Italian: panel, listenings, minutes watched): an audience meter
# reports one person's minutes watched together with a row per minute naming what
# was on. The amount key says watched or listened in a time unit; each row holds a
# timestamp and a name in text. Hard negatives: a programme's AGGREGATE ratings
# (`ascolto_medio`, `share`: everyone's minutes), a course's lessons with no rows'
# times, an order's tracking events (no watched amount).
_METER_CLASSES = frozenset(["watched", "listened", "watching", "listen"])
_METER_UNITS = frozenset(["minutes", "seconds"])
# A ratings table's columns (`share`, `ascolto_medio`, `ascolto medio` = average
# audience): `aggregate_key` reads most; these are the ones it leaves to context.
_RATINGS_WORDS = frozenset(["share", "medio", "media", "avg", "mean", "rating", "ratings"])


@lru_cache(maxsize=8192)
def _watched_time_key(key: str) -> bool:
    """`minuti_visti`, `minutes_watched`, `secondi_ascoltati`: watched time, in a unit."""
    classes, words = viewing_classes(key)
    both = classes | words
    return bool(_METER_CLASSES & both and _METER_UNITS & both)


def _timed_named_row(row: object) -> bool:
    if not isinstance(row, dict) or not 2 <= len(row) <= 10:
        return False
    timed = named = False
    for item in row.values():
        if _is_number(item):
            timed = timed or 1e9 <= item < 2e9 or 1e12 <= item < 2e12  # type: ignore[operator]
        elif isinstance(item, str) and not _ISO_TIME.match(item):
            named = named or any(c.isalpha() for c in item)
        elif isinstance(item, str):
            timed = True
    return timed and named


@structure("watched_minutes_rows", kind=dict, size=(2, 30), needs=(_watched_time_key,))
def watched_minutes_rows(value: object) -> str | None:
    """Minutes or seconds watched beside a list of timestamped rows naming what was
    on: an audience meter's or a TV app's viewing report for one person."""
    if not isinstance(value, dict):
        return None
    amount = ""
    rows = 0
    for key, item in value.items():
        text = _key_text(key)
        if aggregate_key(text) or _RATINGS_WORDS.intersection(key_words(text)):
            return None  # a programme's ratings: everyone's minutes, not one person's
        if _watched_time_key(text) and (n := _numeric(item)) is not None and 0 < n <= DAY_SECONDS:
            amount = amount or text
        elif (
            isinstance(item, list)
            and 2 <= len(item) <= 1440
            and all(_timed_named_row(r) for r in item[:60])
        ):
            rows = len(item)
    if amount and rows:
        return f"{amount} beside {rows} timestamped rows naming what was on"
    return None
