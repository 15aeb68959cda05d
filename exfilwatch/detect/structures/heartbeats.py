"""Player heartbeats: a playhead beside the stream's quality figures."""

from __future__ import annotations

from functools import lru_cache

from ._common import (
    key_words,
    structure,
)
from .playback_fields import (
    _playhead,
)
from .playback_vocab import (
    _NOT_HEARTBEAT,
    _QOS_WORDS,
)

# -- player heartbeats: a playhead with the stream's quality figures ----------
#
# Quality-of-service beacons (NPAW/Youbora NQS `/ping`, Adobe Media Edge `ping`,
# Uplynk ping, in-house QoS collectors) often name no title: the session they
# belong to was opened by an earlier `start` that did. What marks them is a
# playhead beside the figures only a playing stream has: bitrate, throughput,
# play rate, dropped frames, rendition, rebuffering, the ping interval.


@lru_cache(maxsize=16384)
def _qos_word(key: str) -> str:
    """The quality-of-service word a key carries (`droppedFrames` -> dropped), if any."""
    found = _QOS_WORDS.intersection(key_words(key))
    return min(found) if found else ""


@structure("player_heartbeat", kind=dict, size=(3, 80), needs=(_qos_word,))
def player_heartbeat(value: object) -> str | None:
    """A player heartbeat: a playhead (`playhead`, `currentTime`, `position_ms`)
    with at least two stream-quality figures from different keys (bitrate, play
    rate, throughput, dropped frames, ping interval...). It says a stream is
    being watched at that point even when the title went in an earlier call.
    Editor timelines and exports, uploads and games never match."""
    if not isinstance(value, dict) or not 3 <= len(value) <= 80:
        return None
    keys = [k if isinstance(k, str) else str(k) for k in value]
    qos = {_qos_word(k) for k in keys} - {""}
    if len(qos) < 2:
        return None  # the cheap exit taken by almost every object
    has_playhead = False
    for key in keys:
        words = key_words(key)
        if _NOT_HEARTBEAT.intersection(words):
            return None
        has_playhead = has_playhead or _playhead(words, value[key])
    if has_playhead:
        return "playhead with stream quality figures: " + ", ".join(sorted(qos))
    return None
