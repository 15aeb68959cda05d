"""Screens and players nobody in particular watches: digital signage, kiosks, venue
screens, jukeboxes and broadcast playout, and the live feeds of cameras (traffic,
weather, city and security cameras, webcams).

A signage player's proof-of-play (`{screenId, signageId, mediaId, positionSec,
durationSec}`), a museum kiosk's loop or a broadcaster's playout log reports what a
screen played, how far into how long: the shape of a playback record. A reader of any
language sees the screen's kind in its keys; what such a screen plays is a schedule,
not a person's viewing. Only words that name public equipment count: a household TV,
a Chromecast or a home projector reports one household's viewing and stays in.

A camera viewer's beacon (`{camId, streamPositieSec, liveEdge, kwaliteit: "720p"}`)
reports a stream position and a rendition like a film player, but what streams is
a road or a beach. The record is a camera's when a key (or a short value) names a
camera in any language (the `camera` class of the viewing lexicon) and no key names
a film, an episode, a video or a song: a sports app's `cameraAngle` beside its
`videoId` is still someone's viewing."""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import _key_text, key_words
from .playback_vocab import _MEDIA_NOUNS
from .playback_words import play_words

_PUBLIC_SCREEN_WORDS = frozenset(
    ["signage", "kiosk", "kiosks", "billboard", "billboards", "venue", "lobby", "storefront",
     "showroom", "jukebox", "playout", "auditorium", "totem", "quiosco", "quiosque", "chiosco",
     "borne", "reklamtavla", "tabela", "papan", "digitalsignage", "werbebildschirm",
     "proofofplay",
     # a venue's rooms and shops in other languages (round 82): a class's hall, a
     # gym, a shop, a front desk play a business's licensed music, nobody's own
     "salle", "salles", "gimnasio", "ginasio", "tienda", "tiendas", "loja", "lojas",
     "negozio", "reception", "recepcion", "rezeption"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _public_key(key: str) -> bool:
    return bool(_PUBLIC_SCREEN_WORDS.intersection(key_words(key)))


def _public_value(item: object) -> bool:
    """`type: "signage"`, `venue: "lobby"`: a short enum naming the equipment."""
    return isinstance(item, str) and len(item) <= 40 and _public_key(item)


def public_screen(value: object) -> bool:
    """Whether a record is a public screen's, a playout server's or a camera feed's: a
    key, or a short value, naming signage, a kiosk, a venue screen, a jukebox or
    playout; or a camera with no media noun beside it (`camera_feed`)."""
    if not isinstance(value, dict):
        return False
    if any(_public_key(_key_text(key)) or _public_value(item) for key, item in value.items()):
        return True
    return camera_feed(value)


_CAMERA = "camera"


def _names_camera(text: str) -> bool:
    return _CAMERA in play_words(text)


# A person's time watching (`watchedSeconds`, `watch_time_min`) AND when it began
# (`startedAt`, an ISO date or epoch): a dated entry of a member's own cam views (a surf or
# ski site's log of which cams a member watched, for how long, from when), round 66 (set
# 260). A feed's beacon reports a stream position and a rendition; a player tick with a
# watched time but no moment (`{webcamId, watchedSec, rendition}`, round 75) stays a feed's.
_WATCHED_WORDS = frozenset(["watched", "watching", "viewed", "watch"])
_TIME_WORDS = frozenset(
    ["seconds", "sec", "secs", "s", "minutes", "min", "mins", "ms", "duration", "time"]
)
# A control room's wall or an operator's console watches cameras for an institution.
_CONTROL_ROOM_WORDS = frozenset(
    ["operator", "console", "nvr", "vms", "monitor", "monitoring", "wall", "guard", "patrol"]
)


_WHEN_WORDS = frozenset(["started", "start", "at", "timestamp", "ts", "date", "on", "when"])
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _watched_time_key(words: tuple[str, ...]) -> bool:
    return bool(_WATCHED_WORDS.intersection(words)) and bool(_TIME_WORDS.intersection(words))


def _moment(words: tuple[str, ...], item: object) -> bool:
    """`startedAt: "2025-01-01T05:04:33Z"`, `started_at: 1735707873`: when a viewing began."""
    if not _WHEN_WORDS.intersection(words):
        return False
    if isinstance(item, str):
        return bool(_ISO_DATE.match(item))
    return isinstance(item, int) and not isinstance(item, bool) and item > 10**9


def camera_feed(value: dict) -> bool:
    """A camera's live feed: a key or a short value names a camera (`camId`,
    `verkeerscamera`, `source: "webcam"`) and no key names a film, an episode, a
    video or a song, nor how long a person watched it (outside a control room)."""
    camera = False
    watched = False
    moment = False
    control_room = False
    for key, item in value.items():
        text = _key_text(key)
        words = play_words(text)
        if _MEDIA_NOUNS.intersection(words):
            return False
        watched = watched or _watched_time_key(words)
        moment = moment or _moment(words, item)
        control_room = control_room or bool(_CONTROL_ROOM_WORDS.intersection(key_words(text)))
        camera = camera or _CAMERA in words
        camera = camera or (_enum_value(item) and _names_camera(item))
    return camera and (not (watched and moment) or control_room)


def _enum_value(item: object) -> bool:
    """A short lower-case token (`webcam`, `traffic_cam`), as a type field holds: a
    title (`Camera Café`) is capitalised or spaced and names a film, not a source."""
    return isinstance(item, str) and len(item) <= 40 and item == item.lower() and " " not in item
