"""Resume points and channel logs that say what they are in their own words.

Three shapes a reader of any language recognises (round 92):

- a resume point whose KEY says "watching / playing position" in the app's
  language (`mushahada_mawqi3`, Arabizi "watching position"; `izlemeKonumu`), so
  the number is how far into the title the viewer got. A position alone is a
  list's order, a CV section's place or a map's; a watching word is what makes
  it playback;
- a resume point (`resumeAt`, `position`, `offset`) written for one item: the
  rule's URL names the item as an episode or a film (`/bookmarks/ep-...-s3e4`),
  which a reading app's or a map's bookmark never does;
- a resume word said of a time (`resumeAt`, `resumePoint`, `resume_from`) in a
  media range on a resume / progress path: an epoch `resumeAt` is a paused
  subscription's, and bytes, chunks or steps beside it are an upload's or a job's;
- a self-described pipe log (`zaplog=<ts>|<channel>|<secs>;...&fmt=ts|ch|secs`):
  the app sends its field list beside the rows, and the list names a channel and
  seconds, the rows fill it, and the log's key says zapping or channels. A
  router's log (`ts|iface|bytes`), a CDN's field list or a playout log has no
  channel-and-seconds fields under a zapping key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import DAY_MS, _key_text, _numeric, structure
from .playback_words import play_words

_WATCHING = frozenset(
    ["watch", "watching", "watched", "play", "playing", "played", "playback", "listen",
     "listening", "listened"]
)  # fmt: skip
_POSITION = frozenset(["position", "pos", "playhead", "resume", "offset"])
# A page, a CFI or a percentage is a reading place, not a time position.
_READING = frozenset(["page", "pages", "cfi", "epubcfi", "percent", "locator", "char", "line"])


@lru_cache(maxsize=8192)
def _watching_position_key(key: str) -> bool:
    """A key that says both a watching / playing word and a position."""
    words = set(play_words(key))
    return bool(words & _WATCHING and words & _POSITION)


@lru_cache(maxsize=8192)
def _position_key(key: str) -> bool:
    return bool(set(play_words(key)) & _POSITION)


def _media_number(value: object) -> float | None:
    number = None if isinstance(value, bool) else _numeric(value)
    if number is None or not 0 < number <= DAY_MS:
        return None
    return number


def _reading_place(value: dict) -> bool:
    return any(set(play_words(_key_text(k))) & _READING for k in value)


# A transfer's or a job's resume: bytes, chunks, steps, records beside the offset.
_TRANSFER = frozenset(
    ["byte", "bytes", "size", "chunk", "chunks", "step", "steps", "record", "records", "row",
     "rows", "batch", "job", "upload", "download", "file", "part", "parts", "etag", "checksum",
     "md5", "crc", "sha"]
)  # fmt: skip


def _transfer_place(value: dict) -> bool:
    return any(set(play_words(_key_text(k))) & _TRANSFER for k in value)


@structure("watching_position_key", kind=dict, size=(1, 10), needs=(_watching_position_key,))
def watching_position_key(value: object) -> str | None:
    """A position whose key names watching or playing, in any language."""
    if not isinstance(value, dict) or _reading_place(value):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _watching_position_key(text) and _media_number(member) is not None:
            return f"watching position: {text}"
    return None


# A resume word said of a time: `resumeAt`, `resumePoint`, `resume_from`, `resumeSec`.
# Not a bare `resume` beside a score or a count (a CV's `resumeScore`).
_RESUME_TIME_WORDS = frozenset(
    ["at", "point", "position", "pos", "time", "from", "offset", "sec", "secs", "seconds", "ms",
     "playhead"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def _resume_time_key(key: str) -> bool:
    words = set(play_words(key))
    return "resume" in words and bool(words & _RESUME_TIME_WORDS)


@structure("resume_time_point", kind=dict, size=(1, 8), needs=(_resume_time_key,))
def resume_time_point(value: object) -> str | None:
    """A resume point in a media range (`resumeAt: 560`): an epoch `resumeAt` (a
    paused subscription's or a job's restart time) is out of range, and a reading
    place beside it is a book's."""
    if not isinstance(value, dict) or _reading_place(value) or _transfer_place(value):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _resume_time_key(text) and _media_number(member) is not None:
            return f"resume point: {text}"
    return None


@structure("item_resume_point", kind=dict, size=(1, 8), needs=(_position_key,))
def item_resume_point(value: object) -> str | None:
    """A small write of one resume position (the rule's URL names the episode or
    film); a reading place (page, CFI, percent) beside it is a book's."""
    if not isinstance(value, dict) or _reading_place(value):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _position_key(text) and _media_number(member) is not None:
            return f"resume position of the item: {text}"
    return None


# A field list: 2-10 short names joined by one delimiter.
_FIELDS_RE = re.compile(r"^[A-Za-z_]{1,20}(?:([|,;:/])[A-Za-z_]{1,20}){1,9}$")
_CHANNEL_FIELDS = frozenset(["ch", "chan", "channel", "chn", "chnl", "lcn", "service", "svc"])
_SECONDS_FIELDS = frozenset(
    ["s", "sec", "secs", "seconds", "dur", "duration", "dwell", "watched", "ms", "mins", "minutes"]
)  # fmt: skip
_FORMAT_KEYS = frozenset(["fmt", "format", "fields", "schema", "cols", "columns", "layout"])
_LOG_WORDS = frozenset(["zap", "zaps", "zapping", "zaplog", "tuning", "tune", "tuned", "channel",
                        "channels", "watching", "watched"])  # fmt: skip
_ROW_SPLIT_RE = re.compile(r"[;\n]")


@lru_cache(maxsize=8192)
def _format_key(key: str) -> bool:
    return key.lower() in _FORMAT_KEYS


# A radio's channel: a Wi-Fi scan or survey dwells on channels too.
_RADIO_WORDS = frozenset(
    ["scan", "scans", "wifi", "wlan", "radio", "ssid", "bssid", "rssi", "band", "survey", "freq",
     "noise", "snr", "mhz", "bw", "ap"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def _log_key(key: str) -> bool:
    words = set(play_words(key))
    if words & _RADIO_WORDS:
        return False
    return key.lower().startswith("zap") or bool(words & _LOG_WORDS)


def _channel_seconds_fields(text: str) -> tuple[str, list[str], int, int] | None:
    """(delimiter, fields, channel index, seconds index) of a field list that
    names a channel and a time in seconds, or None."""
    match = _FIELDS_RE.match(text)
    if not match:
        return None
    delimiter = match.group(1)
    fields = [f.lower() for f in text.split(delimiter)]
    if _RADIO_WORDS.intersection(fields):
        return None
    channel = next((i for i, f in enumerate(fields) if f in _CHANNEL_FIELDS), -1)
    seconds = next((i for i, f in enumerate(fields) if f in _SECONDS_FIELDS), -1)
    if channel < 0 or seconds < 0:
        return None
    return delimiter, fields, channel, seconds


def _filled_rows(log: str, layout: tuple[str, list[str], int, int]) -> int:
    """How many rows of the log fill the field list with a channel and a number."""
    delimiter, fields, channel, seconds = layout
    rows = 0
    for row in _ROW_SPLIT_RE.split(log):
        if not row:
            continue
        parts = row.split(delimiter)
        if len(parts) != len(fields) or not parts[channel].strip():
            return 0
        if _numeric(parts[seconds]) is None:
            return 0
        rows += 1
    return rows


def _header_rows(log: str) -> bool:
    """A log whose first row is its own field list (`ts|ch|secs;<ts>|<ch>|<secs>;...`)."""
    header, _, rest = log.partition("\n" if "\n" in log[:200] else ";")
    layout = _channel_seconds_fields(header.strip())
    return bool(layout and rest and _filled_rows(rest, layout))


@structure("described_channel_log", kind=dict, size=(1, 12), needs=(_log_key,))
def described_channel_log(value: object) -> str | None:
    """Rows of channel and seconds in a delimited format the app describes itself,
    by a field-list member beside the log (`fmt=ts|ch|secs`) or by the log's own
    first row."""
    if not isinstance(value, dict) or any(
        set(play_words(_key_text(k))) & _RADIO_WORDS for k in value
    ):
        return None
    layouts = [
        layout
        for key, member in value.items()
        if _format_key(_key_text(key))
        and isinstance(member, str)
        and (layout := _channel_seconds_fields(member))
    ]
    for key, member in value.items():
        text = _key_text(key)
        if _format_key(text) or not _log_key(text) or not isinstance(member, str):
            continue
        if len(member) < 5 or len(member) > 200_000:
            continue
        if any(_filled_rows(member, layout) for layout in layouts) or _header_rows(member):
            return f"channel log in its own format: {text}"
    return None
