"""A channel named with the moment it was watched, under a key that says watched.

A set-top box or a live-TV app keeps the channel it showed last so that it can come
back to it (`GET /stb/resume` -> `{"lastChannel": 105, "lastChannelName": "DD Girnar",
"watchedUntil": ".."}`), and a TV app's profile keeps the channel last watched with
when. The tuning readings (channel_logs.py) want a start and how long; this record has
one moment, and its key says the channel was WATCHED (or listened to) then
(`watchedUntil`, `lastWatched`, Gujarati `joyelu_samay`), which a "came on" moment
(`channel_watching_start`) does not need to say. A channel is named in text, or by its
number beside its name (a number alone is a tuner's or a frequency's); a contact or a
software release channel is no
broadcast; a message, a price or an event word vetoes the record (`_row_parts`).
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, key_words, moment_keys, structure
from .channel_logs import _channel_key, _contact_channel, _row_parts
from .playback_vocab import _DONE_VERBS
from .playback_words import play_words
from .watching_now import _release_channel

_ROW_KEYS = (2, 12)
# A market instrument on a watchlist is WATCHED as followed, not seen (`{symbol, channel:
# "mobile", watchedSince}`, a broker's watchlist row with the order channel).
_INSTRUMENT_WORDS = frozenset(
    ["symbol", "ticker", "isin", "scrip", "stock", "instrument", "security", "coin", "pair"]
)


@lru_cache(maxsize=8192)
def _watched_moment_key(key: str) -> bool:
    """`watchedUntil`, `last_watched_at`, `joyelu_samay`: a key whose moment is when it
    was watched or listened to (the lexicon's done verbs)."""
    return bool(_DONE_VERBS.intersection(play_words(key)))


@structure("channel_watched_moment", kind=dict, size=_ROW_KEYS, needs=(_channel_key,))
def channel_watched_moment(value: object) -> str | None:
    """A channel named in text and ONE moment under a watched / listened key."""
    if not isinstance(value, dict) or not _ROW_KEYS[0] <= len(value) <= _ROW_KEYS[1]:
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _channel_key(text) and (_contact_channel(member) or _release_channel(member)):
            return None
        if _INSTRUMENT_WORDS.intersection(key_words(text)):
            return None
    parts = _row_parts(value, stations=True)
    if parts is None:
        return None
    kinds, moments, _ = parts
    # by its number beside its name (`lcn: 201, serviceName: ..`), as a tuning row may be
    by_number = "channel_number" in kinds and bool(kinds & {"label", "programme"})
    if not ("channel" in kinds or by_number) or len(moments) != 1:
        return None
    watched = moment_keys(value, _watched_moment_key)
    if not watched:
        return None
    channel = next(k for k in value if _channel_key(_key_text(k)))
    return f"channel `{channel}` named with when it was watched (`{watched[0]}`)"
