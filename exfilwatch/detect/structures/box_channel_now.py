"""The channel a set-top box shows now, named, since when, in a status its middleware returns.

A hotel's interactive TV, a cable operator's or an IPTV middleware's console lists its boxes
with each one's state: `GET /itv/stb/status` -> `{"rooms": [{"room": "2837", "power": "on",
"channel": "TVB Jade", "since": ".."}]}`. Each row is one household's or one guest room's
tuning as it stands (the channel on and from when), the row a watching-now event
(`channel_watching_start`) sends as it happens; a console that lists them reads what every
room is watching. The moment's key must say the channel came on then (`since`, `from`,
`tuned_at`, the lexicon's start words): a channel list's `updatedAt` or a catalogue's
`publishedAt` is the record's, not a viewer's. The row must also say which box or whose
place it is (a box, receiver or TV key, a room or unit key) or whether the box is on (a
power key): a programme guide's rows name neither. Chat, release and contact channels, and
a message, price or event word, are vetoed as in `channel_watching_start`.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, key_words, moment_keys, structure
from .channel_logs import _channel_key
from .playback_words import play_words
from .watching_now import channel_watching_start

_ROW_KEYS = (3, 12)
# A moment the channel came on at (`since`, `from`, `tunedAt`, the lexicon's start words).
_CAME_ON_WORDS = frozenset(["since", "from", "tuned", "tune", "switched"])
_CAME_ON_CLASSES = frozenset(["start", "started", "tuning"])
# The box or the place it stands in (English words and their usual short forms; the
# languages' words for a room come from the keys the hospitality and cable consoles use).
_BOX_OR_PLACE_WORDS = frozenset(
    ["stb", "box", "settop", "decoder", "receiver", "tv", "television", "room", "suite",
     "cabin", "ward", "bed", "quarto", "habitacion", "chambre", "zimmer", "camera", "kamer",
     "chumba", "household", "subscriber", "premises"]
)  # fmt: skip
_POWER_WORDS = frozenset(["power", "powered", "standby", "onoff"])


@lru_cache(maxsize=8192)
def _came_on_key(key: str) -> bool:
    words = set(key_words(key))
    return bool(_CAME_ON_WORDS & words or _CAME_ON_CLASSES.intersection(play_words(key)))


@lru_cache(maxsize=8192)
def _box_or_place_key(key: str) -> bool:
    return bool((_BOX_OR_PLACE_WORDS | _POWER_WORDS).intersection(key_words(key)))


@structure("box_channel_now", kind=dict, size=_ROW_KEYS, needs=(_channel_key,))
def box_channel_now(value: object) -> str | None:
    """A box's row: the channel it shows, named, the one moment it came on, and the box,
    its place or its power state beside them."""
    if not isinstance(value, dict) or not _ROW_KEYS[0] <= len(value) <= _ROW_KEYS[1]:
        return None
    if channel_watching_start(value) is None:
        return None
    came_on = moment_keys(value, _came_on_key)
    if not came_on:
        return None
    if not any(_box_or_place_key(_key_text(key)) for key in value):
        return None
    channel = next(k for k in value if _channel_key(_key_text(k)))
    return f"box row: channel `{channel}` on since `{came_on[0]}`"


# A guest's or a household's own place (no box, receiver or power word: a head-end's
# satellite receivers and encoders each show a channel "since" it locked, and are no viewer).
_PLACE_WORDS = frozenset(
    ["room", "suite", "cabin", "ward", "bed", "quarto", "habitacion", "chambre", "zimmer",
     "stanza", "kamer", "chumba", "household", "subscriber", "premises", "guest"]
)  # fmt: skip


@lru_cache(maxsize=8192)
def _place_key(key: str) -> bool:
    return bool(_PLACE_WORDS.intersection(key_words(key)))


@structure("room_channel_now", kind=dict, size=_ROW_KEYS, needs=(_channel_key,))
def room_channel_now(value: object) -> str | None:
    """A box's row (`box_channel_now`) that names the room or household it plays in: what
    a head-end answers of each room's TV, where its own receivers' rows name no room."""
    found = box_channel_now(value)
    if found is None or not isinstance(value, dict):
        return None
    if not any(_place_key(_key_text(key)) for key in value):
        return None
    return found.replace("box row", "room row", 1)
