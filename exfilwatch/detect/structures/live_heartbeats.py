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

from ._common import DAY_MS, _key_text, _numeric, is_moment, structure
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
    return number is not None and 0 < number <= DAY_MS


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


# -- a live or radio session's report: what, how long, since when (round 58) -----------
#
# A live or radio player reports the session it is running without an event word:
# `POST /v3/live/mapigo {chaneli: "Citizen TV", sekunde: 60, ilianza: <time>}` (Swahili
# "channel", "seconds", "it started"), `POST /v1/redio/kikao {stesheni, dakika, ilianza}`
# (a radio station and minutes), `POST /v1/transmissao/heartbeat {jogoId, titulo,
# posicaoStream, assistindoDesde}` (a match's title, the stream position, "watching
# since"). The channel, station or title, a count of seconds or a position and the moment
# the session began are one person's viewing or listening; the rule asks the path for a
# live, heartbeat or radio word. A title alone may be a streamer's own broadcast, so it
# counts only beside a key that says watching or listening; a programme's duration is a
# schedule's slot, not a running count; a video game's id (`jogoId`,
# `gameId`) counts only beside a stream or watching word (a match, not a level); the
# host's or broadcaster's own session, viewer counts, equipment, messages and prices and
# any nested value (a map position, a list) keep a record out.

# seconds or minutes running, or a stream position; a `duration` is a programme's length
# (a schedule's slot, a streamer's finished show), not a session's count so far
_SESSION_COUNTS = frozenset(["seconds", "minutes", "position"])
_SESSION_START = frozenset(["started", "start", "since", "watching", "listening", "listen"])
_AUDIENCE = frozenset(["watching", "listening", "listen"])
_GAME_WORDS = frozenset(
    ["game", "games", "jogo", "juego", "gioco", "spiel", "jeu", "oyun", "mchezo"]
)
# the host's own session, an audience's count, a chat's presence (idle, away, typing)
_HOST_WORDS = frozenset(
    ["host", "broadcaster", "streamer", "viewers", "audience", "idle", "away", "presence",
     "typing", "online"]
)  # fmt: skip


def _session_key(key: str) -> bool:
    return bool({"channel", "title"}.intersection(play_words(key)))


def _station_key(key: str) -> bool:
    return "radio_station" in play_words(key)


@structure("live_session_report", kind=dict, size=(3, 12), needs=(_session_key,))
def live_session_report(value: object) -> str | None:
    """A flat record naming a channel or a watched title with a running count (seconds,
    minutes, a stream position) and the moment the session started (a live path)."""
    return _session_report(value, frozenset(["channel"]))


@structure("radio_session_report", kind=dict, size=(3, 12), needs=(_station_key,))
def radio_session_report(value: object) -> str | None:
    """The same record naming a radio station (a radio path: a station word alone is
    also a bus's, a fuel station's or a weather station's)."""
    return _session_report(value, frozenset(["radio_station"]))


def _session_report(value: object, subjects: frozenset[str]) -> str | None:
    if not isinstance(value, dict) or not 3 <= len(value) <= 12:
        return None
    subject = counter = start = None
    audience = streamed = game = False
    for key, member in value.items():
        if isinstance(member, dict | list):
            return None
        text = _key_text(key)
        words = key_and_play_words(text)
        if words & (_VETO_CLASSES | _EQUIPMENT_WORDS | _HOST_WORDS) or aggregate_key(text):
            return None
        if "duration" in words or "schedule" in words:
            return None
        audience = audience or bool(words & _AUDIENCE)
        streamed = streamed or "stream" in words
        game = game or bool(words & _GAME_WORDS)
        if subject is None and words & (subjects | {"title"}) and _named(member):
            subject = key
        elif counter is None and words & _SESSION_COUNTS and _count(member):
            if is_moment(member) or online_time_key(text):
                return None
            counter = key
        elif start is None and words & _SESSION_START and is_moment(member):
            start = key
    if subject is None or counter is None or start is None:
        return None
    if not (subjects & key_and_play_words(_key_text(subject))) and not audience:
        return None
    if game and not (streamed or audience):
        return None
    return f"live or radio session on `{subject}`, counting `{counter}` since `{start}`"
