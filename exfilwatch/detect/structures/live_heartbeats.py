"""A live player's keep-alive naming the channel: the person is watching that channel now.

A live app (a 24-hour reality feed, a news channel, a match) pings while its player runs:
`{canal: "casa-24h", camera: "cam01-sala", evento: "heartbeat", segundos_no_ar: 2037}`
(Portuguese "channel", "event", "seconds on air"). The ping exists only while someone
watches, so the channel it names and the running count of seconds beside it are that
person's viewing, whatever the count is called (on air, live, connected, elapsed). A
camera beside a named channel is one of the channel's angles (a reality show's rooms),
not a place's feed.

What is no viewer's ping: a chat's or a presence service's heartbeat names a channel too,
but its path says nothing of live video (the rule asks the path for a live or heartbeat
word); a station's encoder or transmitter reports its own uptime and signal (equipment
words veto); a count of viewers is an audience's statistic; a message or a price makes
the record a chat's or a shop's.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, _numeric, is_moment, structure
from .aggregates import aggregate_key
from .not_playheads import online_time_key
from .playback_words import key_and_play_words, play_words

_EVENT_CLASSES = frozenset(["event", "action", "type"])
_KEEP_ALIVE = frozenset(["heartbeat", "hb", "ping", "keepalive"])
_COUNT_CLASSES = frozenset(["seconds", "minutes", "duration"])
_VETO_CLASSES = frozenset(["message", "price"])
# A station's equipment reports its own health, not anyone's viewing.
_EQUIPMENT_WORDS = frozenset(
    ["encoder", "encoders", "transmitter", "transmitters", "uptime", "cpu", "temperature",
     "temp", "snr", "ird", "mux", "multiplexer", "signal", "bitrate", "codec", "server",
     "node", "host", "pod"]
)  # fmt: skip
_MAX_COUNT = 86_400_000  # a day in milliseconds


@lru_cache(maxsize=8192)
def _event_key(key: str) -> bool:
    return bool(_EVENT_CLASSES.intersection(play_words(key)))


@lru_cache(maxsize=8192)
def _keep_alive_value(value: str) -> bool:
    words = play_words(value)
    return 0 < len(words) <= 2 and bool(_KEEP_ALIVE.intersection(words))


def _keep_alive(value: dict) -> bool:
    return any(
        isinstance(key, str)
        and isinstance(item, str)
        and _event_key(key)
        and _keep_alive_value(item)
        for key, item in value.items()
    )


def _named(value: object) -> bool:
    """`casa-dos-famosos-24h`, `BBC News`: text naming a channel, not a number or a moment."""
    if not isinstance(value, str) or not 2 <= len(value) <= 80 or is_moment(value):
        return False
    return _numeric(value) is None and any(c.isalpha() for c in value)


def _count(value: object) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    return number is not None and 0 < number <= _MAX_COUNT


@structure("live_channel_heartbeat", kind=dict, size=(3, 16), needs=(_event_key,))
def live_channel_heartbeat(value: object) -> str | None:
    """A keep-alive event naming a channel with a running count of seconds."""
    if not isinstance(value, dict) or not _keep_alive(value):
        return None
    channel = counter = None
    for key, member in value.items():
        text = _key_text(key)
        words = key_and_play_words(text)
        if words & (_VETO_CLASSES | _EQUIPMENT_WORDS) or aggregate_key(text):
            return None
        if channel is None and "channel" in words and _named(member):
            channel = key
        elif (
            counter is None
            and words & _COUNT_CLASSES
            and _count(member)
            and not online_time_key(text)  # a chat's seconds online: presence, not a player
        ):
            counter = key
    if channel is None or counter is None:
        return None
    return f"keep-alive of a live player on channel `{channel}`, counting `{counter}`"
