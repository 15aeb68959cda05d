"""A song named by its title or id and its artist, with the seconds or minutes heard, in an
analytics event's own parameters.

A music app reports each song it plays to its attribution or analytics SDK as an event
whose custom parameters it names in its own language: Adjust's `callback_params`
`{"lagu_id": "l-12", "judul": "..", "penyanyi": "..", "detik": "95"}` (Indonesian: song,
title, singer, seconds), AppsFlyer's `eventValue`, Amplitude's `event_properties`. The
event carries no play time or play verb that a scrobble's reading (`listen_record`) asks
for: the SDK stamps the moment outside the parameters, and the event's name is an opaque
token. What says a play is the amount: a count of seconds or minutes beside a song and
its artist in an event the app fires. A catalogue's song length is answered by a server,
never sent up as an event's parameters, and a song shared, liked, bought or searched
carries no amount heard; its keys (price, lyrics, a share's network) veto it anyway.

Only an event's parameter object is read (the rule names the SDKs' parameter fields, and
Branch's `custom_data` since round 67), never a song in any other request body.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_SECONDS, _key_text, _numeric, key_words, structure
from .listening import _L_ARTIST, _L_NOT, _L_SONG, _artist_or_metadata_key, _listen_role
from .playback_words import play_words

_PARAMS_SIZE = (3, 30)
_AMOUNT_CLASSES = frozenset(["seconds", "minutes"])
# What a key may add to the amount's unit and still be the amount heard
# (`segundos_escuchados`, `listen_secs`): never a length, a position or a count.
_AMOUNT_ALSO = frozenset(["seconds", "minutes", "played", "listened", "listen", "heard"])
_UPPER_BOUND = {"seconds": DAY_SECONDS, "minutes": DAY_SECONDS // 60}
# A sale, a share, a rating or a lyrics view names a song with no play.
_NOT_A_PLAY = frozenset(["price", "message", "event", "action"])


@lru_cache(maxsize=8192)
def _amount_unit(key: str) -> str | None:
    """`segundos`, `minutos_escuchados`, `detik`: the unit of an amount heard, or None."""
    classes = play_words(key)
    if not classes or len(key_words(key)) > 3:
        return None
    units = _AMOUNT_CLASSES.intersection(classes)
    if len(units) != 1 or not set(classes) <= _AMOUNT_ALSO:
        return None
    return next(iter(units))


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


# `sek`, seconds in the Turkic, Slavic and Scandinavian abbreviation (Bashkir `sek`, round
# 67, set 276): the lexicon leaves it out, as it is also the Swedish krona (`price_sek`);
# here it is the whole key, beside a song and its artist, with no price among the keys.
_SECONDS_ABBREVIATIONS = frozenset(["sek", "sec", "secs"])


def _amount_heard(key: str, value: object) -> bool:
    unit = "seconds" if key.lower() in _SECONDS_ABBREVIATIONS else _amount_unit(key)
    number = None if isinstance(value, bool) else _numeric(value)
    return unit is not None and number is not None and 0 < number <= _UPPER_BOUND[unit]


@structure("song_event_params", kind=dict, size=_PARAMS_SIZE, needs=(_artist_or_metadata_key,))
def song_event_params(value: object) -> str | None:
    """A song (its title or id) with its artist and an amount of seconds or minutes heard."""
    if not isinstance(value, dict) or not _PARAMS_SIZE[0] <= len(value) <= _PARAMS_SIZE[1]:
        return None
    artist = song = amount = False
    for key, member in value.items():
        text = _key_text(key)
        role = _listen_role(text)
        if role & _L_NOT or _NOT_A_PLAY.intersection(play_words(text)):
            return None
        if role & _L_ARTIST:
            artist = artist or _text(member)
        elif role & _L_SONG:
            song = song or _text(member) or _numeric(member) is not None
        elif _amount_heard(text, member):
            amount = True
    if artist and song and amount:
        return "song named with its artist and the time heard, in an event's parameters"
    return None
