"""One channel switch, FROM a channel TO another, at a moment: how a TV, a set-top box
or a live-TV app logs zapping as it happens (`/log/huantai?cong_pindao=..&dao_pindao=..&ts=`,
pinyin 换台 "switch channel", from-channel, to-channel; `{"kanal_vorher": .., "kanal_neu":
.., "zeit": ..}`; `from_channel` / `to_channel` / `switched_at`).

A switch needs no duration: the channel switched to and when say what the set showed
from then on, and the next switch says until when, so each line is one row of the
viewer's tuning log (the linear-TV watch history `channel_logs.py` reads when a row
carries its own duration). What makes it a switch and not a channel list: two channels
(the one left and the one tuned) beside one moment, sent to a path that says tuning or
switching (the rule's URL). A favourites edit or a channel-list reorder carries no moment,
a guide's rows carry programmes to come (and go to guide paths), and a way of contacting
a customer (`from_channel: email`, `to_channel: sms`) is a preference, not a broadcast.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, _numeric, is_moment, structure, viewing_classes
from .channel_logs import _contact_channel, _key_kind, _named
from .playback_words import play_words
from .resume_writes import _NOT_MEDIA

_ROW_KEYS = (3, 12)
# A key that names a time (`ts`, `time`, `shijian`, `zeit`): a query string sends a Unix
# time as digits, which alone read as an amount or an id.
_TIME_WORDS = frozenset(["ts", "time", "timestamp", "at", "when", "date", "datetime"])
_TIME_CLASSES = frozenset(["time", "at"])
# Lexicon classes that make a row a chat's, a shop's or a programme guide's.
_VETO_CLASSES = frozenset(["message", "price"])


@lru_cache(maxsize=8192)
def _channel_key(key: str) -> bool:
    return _key_kind(key, stations=True) == "channel"


@lru_cache(maxsize=8192)
def _time_key(key: str) -> bool:
    classes, words = viewing_classes(key)
    return bool(words & _TIME_WORDS or classes & _TIME_CLASSES)


def _moment(key: str, value: object) -> bool:
    """A moment: ISO or a Unix time, or digits of a Unix time under a time key."""
    if isinstance(value, bool):
        return False
    if is_moment(value):
        return True
    number = _numeric(value) if _time_key(key) else None
    return number is not None and (1e9 <= number < 2e9 or 1e12 <= number < 2e12)


def _switch_parts(value: dict) -> tuple[int, int] | None:
    """(channels named, moments) of a small record, or None when a key vetoes it."""
    channels = moments = 0
    for key, member in value.items():
        text = _key_text(key)
        words = set(play_words(text))
        if words & _VETO_CLASSES or _NOT_MEDIA.intersection(words):
            return None
        if _channel_key(text):
            if _contact_channel(member):
                return None
            if _named(member) or (not isinstance(member, bool) and _numeric(member) is not None):
                channels += 1
        elif _moment(text, member):
            moments += 1
    return channels, moments


@structure("channel_switch_event", kind=dict, size=_ROW_KEYS, needs=(_channel_key,))
def channel_switch_event(value: object) -> str | None:
    """A channel left and a channel tuned, with when: one zap of a viewer's tuning log
    (the rule reads it only on a path that says tuning or a channel switch)."""
    if not isinstance(value, dict) or not _ROW_KEYS[0] <= len(value) <= _ROW_KEYS[1]:
        return None
    parts = _switch_parts(value)
    if parts is None:
        return None
    channels, moments = parts
    if channels != 2 or moments != 1:
        return None
    return "one channel switch: the channel left, the channel tuned and when"
