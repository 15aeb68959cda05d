"""Screens and players nobody in particular watches: digital signage, kiosks, venue
screens, jukeboxes and broadcast playout.

A signage player's proof-of-play (`{screenId, signageId, mediaId, positionSec,
durationSec}`), a museum kiosk's loop or a broadcaster's playout log reports what a
screen played, how far into how long: the shape of a playback record. A reader of any
language sees the screen's kind in its keys; what such a screen plays is a schedule,
not a person's viewing. Only words that name public equipment count: a household TV,
a Chromecast or a home projector reports one household's viewing and stays in."""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, key_words

_PUBLIC_SCREEN_WORDS = frozenset(
    ["signage", "kiosk", "kiosks", "billboard", "billboards", "venue", "lobby", "storefront",
     "showroom", "jukebox", "playout", "auditorium", "totem", "quiosco", "quiosque", "chiosco",
     "borne", "reklamtavla", "tabela", "papan", "digitalsignage", "werbebildschirm",
     "proofofplay"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _public_key(key: str) -> bool:
    return bool(_PUBLIC_SCREEN_WORDS.intersection(key_words(key)))


def _public_value(item: object) -> bool:
    """`type: "signage"`, `venue: "lobby"`: a short enum naming the equipment."""
    return isinstance(item, str) and len(item) <= 40 and _public_key(item)


def public_screen(value: object) -> bool:
    """Whether a record is a public screen's or a playout server's: a key, or a short
    value, naming signage, a kiosk, a venue screen, a jukebox or playout."""
    if not isinstance(value, dict):
        return False
    return any(_public_key(_key_text(key)) or _public_value(item) for key, item in value.items())
