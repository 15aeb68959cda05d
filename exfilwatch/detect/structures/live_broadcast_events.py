"""An app's analytics event for a live broadcast listened to or watched: a radio app's
`escucha_en_vivo` (Spanish, "listening live") with the station and the seconds, a TV
app's `canli_izle` (Turkish, "watch live") with the channel and the minutes, a
`listen_live` with `station` and `seconds`, in a Firebase / GA4 bundle
(app-measurement.com/a, decoded without a schema: event {params, 2: name}) or a JSON
or flat-parameter hit carrying the same event.

Live radio and TV have no piece with an id or a title: the station or channel IS what
was heard or seen, and the seconds on it are the listening. So the custom-event readers
(measured_plays.py), which want a piece (an episode, a song) named by a param, miss it.
Here the event's name says the act (listen, watch, in any language the viewing lexicon
reads) and that it was live (or radio / TV), one param names the station or channel and
one says how long. A go-live of a streamer (no act of listening), a tap on a live tab (no
amount), a live match or game, a live ad and a microphone's or a call's audio are not
a broadcast received.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import key_word_set, structure
from .measured_plays import _VETO
from .playback_events import _event_name, _param_rows, _proto_field
from .playback_words import play_words
from .resume_writes import _NOT_A_PIECE

# The act, as the viewing lexicon's classes name it in every language it reads.
_ACTS = frozenset(["listen", "listened", "listening", "watch", "watching", "watched"])
# A broadcast received as it airs: the lexicon's `live` class (`en_vivo`, `canli`,
# `zhibo`), or the medium that only airs live in an app's own words.
_LIVE = frozenset(["live", "radio", "tv"])
# The station or channel tuned (`emisora`, `kanal`, `sender`, `station`).
_BROADCASTERS = frozenset(["channel", "station", "radio_station", "radio"])
# How long: a bare unit of time or a length / time word (`segundos`, `minutes`, `sure`).
_AMOUNTS = frozenset(
    ["seconds", "minutes", "duration", "time", "sec", "secs", "ms", "millis", "listened",
     "watched"]
)  # fmt: skip
_NOT_BROADCAST = _VETO | _NOT_A_PIECE


@lru_cache(maxsize=4096)
def _live_act_name(name: str) -> bool:
    """`escucha_en_vivo`, `listen_live`, `canli_izle`, `radio_listen`: the act and live."""
    words = set(play_words(name)) | key_word_set(name)
    return bool(words & _ACTS) and bool(words & _LIVE) and not words & _NOT_BROADCAST


@lru_cache(maxsize=4096)
def _param_says(name: str) -> str | None:
    """`broadcaster` for a param naming the station or channel (`emisora`,
    `channel_name`), `amount` for one saying how long (`segundos`, `listen_seconds`),
    `veto` for a call's or a microphone's param."""
    words = set(play_words(name))
    if words & _NOT_BROADCAST or key_word_set(name) & _NOT_BROADCAST:
        return "veto"
    if words & _AMOUNTS:
        return "amount"
    if words & _BROADCASTERS:
        return "broadcaster"
    return None


def live_broadcast_event(name: str, param_names: list[str]) -> str | None:
    """An event named for listening to or watching live, with the station or channel
    and how long: the time a person spent on a broadcast."""
    if not _live_act_name(name):
        return None
    said = {_param_says(pname) for pname in param_names}
    if "veto" in said or not {"broadcaster", "amount"} <= said:
        return None
    return f"analytics event {name}: a live broadcast received, its station and how long"


@structure("measurement_live_event", kind=dict, size=(2, 8), keys=("1", "2"))
def measurement_live_event(value: object) -> str | None:
    """A Firebase Analytics event (decoded without a schema) for a live station or
    channel listened to or watched, with the station and the time on it."""
    if not isinstance(value, dict):
        return None
    name = _event_name(value)
    if name is None:
        return None
    names = [
        pname
        for row in _param_rows(value)
        if isinstance(row, dict) and isinstance(pname := _proto_field(row, 1), str)
    ]
    return live_broadcast_event(name, names)
