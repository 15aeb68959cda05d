"""A viewer entering a live broadcast: the channel, what it was airing (a match, a
programme, an episode) and the moment the viewer joined (`{mischak_id, arutz, knisa_ts}`,
Hebrew "match, channel, entry"; `{partido, canal, entrada}`; `{match_id, channel,
joined_at}`), sent by a TV or sports app's player when live playback begins.

Live has no playhead and often no amount yet, so the playback readers, which want a
position or the time watched, miss it: the join IS the record that this household watched
that match on that channel from then. The words for joining (the viewing lexicon's
`joined` class: Hebrew `knisa`, Spanish `entrada`, Russian `vkhod`) also say entering a
building, a stadium or an account, so all three parts must be there: a broadcast channel
(not a contact channel such as `email` or `sms`, nor a chat's), what aired on it, and a
joined moment. A ticket scanned at a gate, a login, a chat room joined and a programme
guide (a start time, not a join) have no such three.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, _numeric, is_moment, key_word_set, structure
from .channel_logs import _contact_channel
from .playback_vocab import _AD_WORDS, _NOT_PLAYBACK
from .playback_words import play_words

_JOINED = frozenset(["joined", "tuning"])
_CHANNEL = frozenset(["channel"])
# What aired on the channel: the lexicon's classes for a broadcast piece, and English
# `match` (a sports fixture) as a key word only.
_AIRED = frozenset(
    ["fixture", "programme", "program", "episode", "show", "film", "video", "series", "drama",
     "lecture", "match"]
)  # fmt: skip
# A chat's, a meeting's or a venue's entry: rooms, members, seats and gates are joined
# or entered too, a guest enters a studio with a pass, and a ticket or an order is no
# broadcast. In the languages the `joined` class reads (romanised, accents folded).
_NOT_BROADCAST = _NOT_PLAYBACK | _AD_WORDS | frozenset(
    ["chat", "message", "messages", "member", "members", "room", "meeting", "call", "group",
     "gate", "seat", "ticket", "tickets", "order", "door", "visitor", "guest", "badge", "shift",
     "login", "password", "otp", "pass",
     # guest / visitor
     "gost", "gosti", "posetitel", "misafir", "ziyaretci", "invitado", "visitante",
     "convidado", "invite", "visiteur", "ospite", "visitatore", "gast", "besucher", "oreach",
     "orech", "mevaker", "dayf", "zair", "tamu", "pengunjung", "stumar", "sumari",
     # pass / ticket
     "propusk", "bilet", "boleto", "billete", "ingresso", "billet", "biglietto", "karte",
     "kartis", "tadhkara", "tadhkira", "tiket", "karcis",
     # room / meeting
     "komnata", "vstrecha", "soveshchanie", "oda", "toplanti", "sala", "reunion", "reuniao",
     "riunione", "besprechung", "sitzung", "cheder", "pgisha", "ijtima", "rapat", "ruang",
     "otakhi", "shekhvedra", "senyak", "handipum",
     # gate / door
     "shaar", "vorota", "kapi", "puerta", "portao", "porte", "cancello", "tor", "bab",
     "pintu", "gerbang"]
)  # fmt: skip
_MAX_KEYS = 16


@lru_cache(maxsize=8192)
def _joined_key(key: str) -> bool:
    words = play_words(key)
    return 0 < len(words) <= 3 and bool(_JOINED.intersection(words))


@lru_cache(maxsize=8192)
def _words(key: str) -> frozenset[str]:
    return frozenset(play_words(key)) | key_word_set(key)


def _named(value: object) -> bool:
    """An id or a name: text that is no moment, or a number that is no boolean."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        return bool(value.strip()) and not is_moment(value)
    return _numeric(value) is not None


@structure("live_channel_entry", kind=dict, size=(3, _MAX_KEYS), needs=(_joined_key,))
def live_channel_entry(value: object) -> str | None:
    """A broadcast channel, what it aired and the moment a viewer joined it."""
    if not isinstance(value, dict) or not 3 <= len(value) <= _MAX_KEYS:
        return None
    channel = aired = joined = None
    for key, item in value.items():
        text = _key_text(key)
        words = _words(text)
        if words & _NOT_BROADCAST:
            return None
        if words & _CHANNEL and _named(item) and not _contact_channel(item):
            channel = channel or text
        elif words & _AIRED and _named(item):
            aired = aired or text
        elif _joined_key(text) and is_moment(item):
            joined = joined or text
    if channel and aired and joined:
        return f"live channel `{channel}` airing `{aired}`, joined at `{joined}`"
    return None
