"""An attribution event an app names for a piece it watched or heard to the end, in its language.

AppsFlyer's in-app events and Meta's app events take any name the app gives them, with the
rich-event parameters beside it: `{"eventName": "tai_zap_jyun", "eventValue":
"{\\"af_content_type\\": \\"episode\\", \\"af_content_id\\": \\"k1130-e18\\", \\"af_content\\":
\\"..\\"}"}` (Cantonese "watched the episode to the end"). The English media-event rule
(media-item-event-name.yaml) reads English names; here the name is read through the viewing
lexicon (`play_words`), so a name that says watched, listened, played or finished in any
language the lexicon holds counts (`episodio_visto`, `bolum_izlendi`), and a language added
there counts here.

Precision: the event's value must type the piece as a media kind (`af_content_type` or
`fb_content_type`: an episode, a song, a film, a series, a podcast, a channel) and name which
piece (its id or its title); a price, a currency, a quantity or revenue make it a shop's
item, and a name that says the piece was downloaded, shared, rated, bought, saved or added
is no playing of it.
"""

from __future__ import annotations

import json
from functools import lru_cache

from ._common import _key_text, key_words, structure
from .playback_words import play_words

# Keys as `key_words` joins them: `eventName` / `_eventName` -> `event_name`.
_NAME_KEYS = frozenset(["event_name", "evt_name", "af_event_name"])
_VALUE_KEYS = frozenset(["event_value", "evt_data", "params", "event_params", "properties"])
_TYPE_KEYS = frozenset(["af_content_type", "fb_content_type", "content_type"])
_PIECE_KEYS = frozenset(
    ["af_content_id", "fb_content_id", "content_id", "af_content", "fb_content",
     "af_description", "fb_description", "content_name"]
)  # fmt: skip
_MEDIA_KINDS = frozenset(
    ["song", "track", "episode", "series", "drama", "film", "video", "podcast", "audiobook",
     "programme", "program", "channel", "radio_station"]
)  # fmt: skip
# What a name says of a piece played through: watched, heard, played, finished.
_DONE_CLASSES = frozenset(["watched", "listened", "played", "finished"])
# Acts on a piece that are no playing of it (English words as event names use them).
_OTHER_ACTS = frozenset(
    ["download", "downloaded", "upload", "uploaded", "share", "shared", "rate", "rated",
     "rating", "like", "liked", "favorite", "favourite", "purchase", "purchased", "buy",
     "bought", "save", "saved", "add", "added", "remove", "removed", "search", "subscribe",
     "subscribed", "comment", "install", "error", "failed", "fail", "reminder", "remind"]
)  # fmt: skip
_SHOP_WORDS = frozenset(["price", "currency", "quantity", "revenue", "sku", "cart", "order"])
_MAX_NAME_LENGTH = 60


def _flat(key: str) -> str:
    return "_".join(key_words(key))


@lru_cache(maxsize=4096)
def _done_name(name: str) -> bool:
    """`tai_zap_jyun`, `episodio_visto`, `song_listened`: a name saying a piece was played
    through, and no other act on it."""
    if not name or len(name) > _MAX_NAME_LENGTH or _OTHER_ACTS.intersection(key_words(name)):
        return False
    return bool(_DONE_CLASSES.intersection(play_words(name)))


@lru_cache(maxsize=4096)
def _media_kind(kind: str) -> bool:
    words = play_words(kind)
    return 0 < len(words) <= 3 and bool(_MEDIA_KINDS.intersection(words))


def _payload(value: object) -> dict | None:
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value.lstrip().startswith("{") and len(value) <= 8192:
        try:
            decoded = json.loads(value)
        except ValueError:
            return None
        return decoded if isinstance(decoded, dict) else None
    return None


def _typed_piece(payload: dict) -> bool:
    typed = piece = False
    for key, member in payload.items():
        flat = _flat(_key_text(key))
        if _SHOP_WORDS.intersection(flat.split("_")):
            return False
        if flat in _TYPE_KEYS and isinstance(member, str) and _media_kind(member):
            typed = True
        elif flat in _PIECE_KEYS and isinstance(member, (str, int)) and str(member).strip():
            piece = True
    return typed and piece


@structure("media_done_event_name", kind=dict, size=(2, 80))
def media_done_event_name(value: object) -> str | None:
    """An event named for a piece played through, with the piece typed as media and named."""
    if not isinstance(value, dict):
        return None
    name = next(
        (m for k, m in value.items() if _flat(_key_text(k)) in _NAME_KEYS and isinstance(m, str)),
        None,
    )
    if name is None or not _done_name(name):
        return None
    payloads = [value] + [
        payload
        for key, member in value.items()
        if _flat(_key_text(key)) in _VALUE_KEYS and (payload := _payload(member)) is not None
    ]
    for payload in payloads:
        if _typed_piece(payload):
            return f"event `{name}` names a {payload_kind(payload)} played through"
    kind = _kind_in_name(name)
    if kind and any(_amount_played(payload) for payload in payloads):
        return f"event `{name}` names a {kind} played, with the time it played"
    if _watched_name(name) and any(_named_piece_watched(payload) for payload in payloads):
        return f"event `{name}` names a piece watched, with the time it was watched"
    return None


# Round 66 (set 256): a name that says watched or listened (not just played or finished:
# a game's `level_finished`), the piece named in the rich-event parameters (`af_content_id`,
# `af_content`) with a content type that is no media kind the lexicon holds (`drua`, the
# team), and the time watched among them (Fijian `gauna_sarava` "time watching",
# `watch_time`): a watched piece, the time saying a play happened.
_WATCH_CLASSES = frozenset(["watched", "watching", "listened", "listen"])
_TIME_CLASSES = frozenset(["time", "seconds", "minutes"])


@lru_cache(maxsize=4096)
def _watched_name(name: str) -> bool:
    return _done_name(name) and bool(_WATCH_CLASSES.intersection(play_words(name)))


@lru_cache(maxsize=4096)
def _watch_time_key(key: str) -> bool:
    classes = set(play_words(key))
    return (
        len(classes) == 2
        and len(classes & _TIME_CLASSES) == 1
        and len(classes & _WATCH_CLASSES) == 1
    )


def _named_piece_watched(payload: dict) -> bool:
    piece = timed = False
    for key, member in payload.items():
        text = _key_text(key)
        flat = _flat(text)
        if _SHOP_WORDS.intersection(flat.split("_")):
            return False
        if flat in _PIECE_KEYS and isinstance(member, (str, int)) and str(member).strip():
            piece = True
        elif (
            _watch_time_key(text)
            and not isinstance(member, bool)
            and isinstance(member, (int, float))
            and 0 < member <= 86_400
        ):
            timed = True
    return piece and timed


# Round 65 (set 255): a name that says both what was played and that it was (CleverTap
# `Pina e Mameletsoe`, Sesotho "song listened to"; Meta `motshameko_o_lebeletswe`, Setswana
# "match watched"; `Song Listened`) needs no typed piece: the seconds or minutes it played,
# among the event's parameters, say a play happened. Short words between are the
# language's concord particles (`e`, `se`, `o`), never another act.
_NAMED_KINDS = _MEDIA_KINDS | {"fixture"}
_AMOUNT_CLASSES = frozenset(["seconds", "minutes"])
_AMOUNT_ALSO = _AMOUNT_CLASSES | _DONE_CLASSES | {"listen", "watching"}
_AMOUNT_BOUND = {"seconds": 86_400.0, "minutes": 1_440.0}
_MAX_PARTICLE = 2


@lru_cache(maxsize=4096)
def _kind_in_name(name: str) -> str | None:
    """The media kind a done-event's name names beside its done verb, or None."""
    if not _done_name(name) or len(key_words(name)) > 4:
        return None
    classes = play_words(name)
    kinds = _NAMED_KINDS.intersection(classes)
    rest = [w for w in classes if w not in kinds and w not in _DONE_CLASSES]
    if len(kinds) != 1 or any(len(w) > _MAX_PARTICLE for w in rest):
        return None
    return next(iter(kinds))


@lru_cache(maxsize=4096)
def _amount_unit(key: str) -> str | None:
    classes = set(play_words(key))
    units = classes & _AMOUNT_CLASSES
    if len(units) != 1 or not classes <= _AMOUNT_ALSO:
        return None
    return next(iter(units))


def _amount_played(payload: dict) -> bool:
    """Seconds or minutes played among the parameters, and nothing of a shop's."""
    found = False
    for key, member in payload.items():
        text = _key_text(key)
        if _SHOP_WORDS.intersection(key_words(text)):
            return False
        unit = _amount_unit(text)
        if unit is None or isinstance(member, bool) or not isinstance(member, (int, float, str)):
            continue
        try:
            number = float(member)
        except ValueError:
            continue
        found = found or 0 < number <= _AMOUNT_BOUND[unit]
    return found


def payload_kind(payload: dict) -> str:
    """The media kind the payload types its piece as (for the evidence)."""
    for key, member in payload.items():
        if _flat(_key_text(key)) in _TYPE_KEYS and isinstance(member, str):
            return member
    return "piece"
