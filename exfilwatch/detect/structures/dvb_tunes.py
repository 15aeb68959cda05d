"""A set-top box's return-path report of what it was tuned to, in DVB's own terms.

DVB Service Information calls a channel a SERVICE and a programme an EVENT (the EIT's
events are the programmes a service airs), and a satellite or cable decoder's audience
report says it in those words: `<AudienceReport><Tune service="310" channel="..."
event="..." start="<ISO>" seconds="3600"/>...</AudienceReport>` (JSON: `{"tunes":
[{"service": .., "channel": .., "event": .., "start": .., "seconds": ..}]}`). Each row is
one stretch the household's box stayed on a service: which one, from when, for how long.
channel_logs.py vetoes an `event` key (a calendar's or an analytics event's rows); here
a row that names the DVB service beside the channel reads `event` as the programme.

What is not read: rows under a key that says no tuning (`Tune`, `tunes`, `tuned`, the
lexicon's `tuning` class); a head-end's or a transmitter's own tuning log (a frequency, a
transponder, a multiplex, a signal reading, a receiver's or an encoder's key in a row or
beside the rows); a recorder's timers (a timer, recording or reminder key: programmes to
come); a chat's, a shop's or a contact channel's rows (the `message` and `price` classes, a
channel that is a way of reaching a customer).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_SECONDS, _key_text, _numeric, key_words, structure
from .channel_logs import _contact_channel, _key_kind, _named, _seconds
from .playback_words import play_words

_ROW_KEYS = (4, 10)
_TUNE_WORDS = frozenset(["tune", "tunes", "tuned", "tuning", "tunein", "tunings"])
_SERVICE_KEYS = frozenset(["service", "service_id", "serviceid", "sid", "svc", "service_ref"])
_EVENT_KEYS = frozenset(["event", "event_name", "eventname", "event_title"])
# A head-end's, a transmitter's or a recorder's keys: the equipment's own tuning, or
# programmes still to come.
_EQUIPMENT_WORDS = frozenset(
    ["frequency", "freq", "transponder", "tp", "multiplex", "mux", "symbolrate", "symbol",
     "polarisation", "polarization", "modulation", "snr", "ber", "signal", "lock", "locked",
     "encoder", "headend", "transmitter", "receiver", "decoder_slot", "tuner_slot", "rack",
     "timer", "timers", "recording", "recordings", "record", "reminder", "reminders",
     "scheduled", "booking", "playout"]
)  # fmt: skip
_VETO_CLASSES = frozenset(["message", "price"])
_SERVICE_NAME_KEYS = frozenset(["name", "service_name", "servicename", "sname"])


@lru_cache(maxsize=8192)
def _tune_key(key: str) -> bool:
    words = key_words(key)
    return 0 < len(words) <= 2 and (
        bool(_TUNE_WORDS.intersection(words)) or "tuning" in play_words(key)
    )


@lru_cache(maxsize=8192)
def _equipment_key(key: str) -> bool:
    return bool(_EQUIPMENT_WORDS.intersection(key_words(key)))


def _flat(key: str) -> str:
    return "_".join(key_words(key))


def _tune_row(row: object) -> bool:
    """A DVB service and a channel named in text, one moment it came on, and how long."""
    if not isinstance(row, dict) or not _ROW_KEYS[0] <= len(row) <= _ROW_KEYS[1]:
        return False
    service = channel = lasted = False
    moments = 0
    for key, value in row.items():
        text = _key_text(key)
        flat = _flat(text)
        if _equipment_key(text) or _VETO_CLASSES.intersection(play_words(text)):
            return False
        if flat in _SERVICE_KEYS or flat.replace("_", "") in _SERVICE_KEYS:
            service = service or (value is not None and str(value).strip() != "")
            continue
        if flat in _EVENT_KEYS:
            continue
        kind = _key_kind(text)
        # beside the DVB service id, a bare `name` is the service's name (the SDT's
        # service_name): the channel (round 66, set 264)
        if kind == "channel" or flat in _SERVICE_NAME_KEYS:
            if _contact_channel(value):
                return False
            channel = channel or _named(value)
        elif _seconds(value) is not None:
            moments += 1
        elif kind == "duration" and not isinstance(value, bool):
            number = _numeric(value)
            lasted = lasted or (number is not None and 0 < number <= DAY_SECONDS)
    return service and channel and moments == 1 and lasted


def _rows(member: object) -> list[object]:
    if isinstance(member, dict):
        return [member]
    return member[:50] if isinstance(member, list) else []


@structure("dvb_tune_rows", kind=dict, size=(1, 24), needs=(_tune_key,))
def dvb_tune_rows(value: object) -> str | None:
    """Under a key that says tune, rows each naming a DVB service and its channel with when
    the box came on it and for how long: a set-top box's audience report."""
    if not isinstance(value, dict):
        return None
    if any(_equipment_key(_key_text(key)) for key in value):
        return None
    for key, member in value.items():
        if not _tune_key(_key_text(key)):
            continue
        rows = _rows(member)
        if rows and all(_tune_row(row) for row in rows):
            return f"{len(rows)} services tuned under `{key}`, each with when and how long"
    return None
