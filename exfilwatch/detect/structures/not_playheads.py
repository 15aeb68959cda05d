"""Numbers that sit where a playhead would and measure something else: an ad's own slot,
a link's time online, a machine's uptime.

An ad beacon reports the AD's place and length (`positionPub`, French "position of the
advert"; Spanish `posicionAnuncio`, German `werbePosition`, Italian `posizioneSpot`): the
slot the ad filled in the break, the same for everyone served it, not how far a person
got into a piece they chose. English ad words are `playback_vocab._AD_WORDS`; the other
languages' are listed here. French `pub` (publicité) is an ad only beside a place or a
length: `pubDate` is a feed item's publication date.

A messenger's presence ping (`{event: heartbeat, channel: general, secondsOnline: 840}`)
and a studio encoder's keep-alive (`{encoder, channel, uptimeSec}`) name a channel and
count seconds too: the seconds are the link's or the machine's, and a channel there is a
chat room or an output, so the record says nothing of anyone watching.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from ._common import _key_text, key_word_set
from .playback_vocab import _AD_WORDS
from .playback_words import key_and_play_words, play_words

# Other languages' words for an advert (Spanish, Portuguese, French, Italian, German,
# Dutch, Polish, Czech, Turkish, Malay / Indonesian) and the broadcast trade's `spot`.
_AD_WORDS_ABROAD = frozenset(
    ["anuncio", "anuncios", "publicidad", "publicidade", "publicite", "pubblicita", "werbung",
     "werbe", "werbespot", "reclame", "advertentie", "reklama", "reklamy", "reklam", "iklan",
     "spot", "spots", "commercial", "commercials", "advertising"]
)  # fmt: skip
# What an ad's `pub` measures: its place or its length in the break.
_AD_MEASURES = frozenset(
    ["position", "pos", "slot", "index", "idx", "rank", "duration", "dur", "length", "break"]
)
# A link's or a machine's time: how long it has been online or up, or idle (the lexicon's
# `idle` class: a chat presence ping's `idle_seconds`, Spanish `segundos_inactivo`).
_ONLINE_WORDS = frozenset(["online", "uptime", "enligne", "enlinea", "idle"])
# French `en ligne`, Spanish `en línea`, Italian `in linea`, Portuguese `em linha`.
_ONLINE_PAIRS = frozenset([("en", "ligne"), ("en", "linea"), ("in", "linea"), ("em", "linha")])
# A station's equipment reports its own health (an encoder, a transmitter, a receiver).
_EQUIPMENT_WORDS = frozenset(
    ["encoder", "encoders", "codificador", "codificadores", "encodeur", "encodeurs",
     "codificatore", "kodierer", "enkoder", "transmitter", "transmitters", "transmisor",
     "transmissor", "emetteur", "trasmettitore", "ird", "multiplexer", "uptime"]
)  # fmt: skip


def ad_owned_words(words: Iterable[str]) -> bool:
    """(`position`, `pub`), (`werbe`, `position`): words naming the ad's own place or
    length."""
    found = frozenset(words)
    if found & (_AD_WORDS | _AD_WORDS_ABROAD):
        return True
    return "pub" in found and bool(found & _AD_MEASURES)


@lru_cache(maxsize=16384)
def ad_owned_key(key: str) -> bool:
    """`positionPub`, `werbePosition`: a key naming the ad's own place or length."""
    return ad_owned_words(key_and_play_words(key))


@lru_cache(maxsize=16384)
def online_time_key(key: str) -> bool:
    """`secondsOnline`, `uptimeSec`, `secondesEnLigne`: how long a link or a machine has
    been up, not a time into a piece."""
    words = play_words(key)
    if _ONLINE_WORDS.intersection(words) or _ONLINE_WORDS.intersection(key_word_set(key)):
        return True
    return any(pair in _ONLINE_PAIRS for pair in pairwise(words))


@lru_cache(maxsize=16384)
def _equipment_key(key: str) -> bool:
    return bool(key_and_play_words(key) & _EQUIPMENT_WORDS)


def equipment_record(value: dict) -> bool:
    """A record naming an encoder or a transmitter: the station's machine reporting."""
    return any(_equipment_key(_key_text(key)) for key in value)
