"""A custom event named for a piece heard or watched, with the piece and where in it.

Branch's v2 custom events (`POST /v2/event/custom`), and other attribution SDKs' custom
events, carry whatever name the app gives them and a free parameter object beside it:
`{"name": "epizodas_perklausytas", "custom_data": {"epizodas": "e12", "pozicija": "1500"}}`
(Lithuanian "episode listened", the episode and the position in it). The name is read
through the viewing lexicon as media_done_event_names.py reads it (`_kind_in_name`: one
media kind and a watched / listened / played / finished word, nothing else long), so a
name in any language the lexicon holds counts.

Precision: the parameters must name the piece under its kind's own word (`epizodas`,
`episode_id`) or a title, and hold a playhead: a key read as position or playhead alone
(or with a time unit) whose value is a number, or a numeric string as Branch's
`custom_data` (string values only) sends it, of at least `_MIN_POSITION` seconds and under
a day. A position of a few units is a queue's or a chart's place, and a slot, rank, chart
or order key beside it makes the object a list's; a price, a currency or a quantity make it
a shop's; a download, a share or a purchase in the name is no playing.

Round 67 (set 281): Braze's custom event object names the event `n` and its properties `p`
(`{"n": "vakai_vitio", "p": {"vitio_id": .., "hingoa": .., "tuʻunga": 1313}}`, Tongan "watch
video", the video, its name and the position); read only as that pair. A name may also say
the watching itself rather than a watching done (`mamata_vitio`, `watch_video`): one media
kind and one watching or listening word, nothing else long; the playhead in the parameters
(at least `_MIN_POSITION` seconds) says a play happened.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, key_words, structure
from .media_done_event_names import _NAMED_KINDS, _OTHER_ACTS, _SHOP_WORDS, _kind_in_name, _payload
from .playback_words import play_words

# Keys as `key_words` joins them.
_NAME_KEYS = frozenset(["name", "event", "event_name", "event_type", "evt_name"])
_DATA_KEYS = frozenset(
    ["custom_data", "event_data", "event_properties", "properties", "params", "data", "attributes"]
)  # fmt: skip
_POSITION_CLASSES = frozenset(["position", "playhead"])
_UNIT_CLASSES = frozenset(["seconds", "time"])
_TITLE_CLASSES = frozenset(["title", "name"])
# A list's or a chart's place, not a playhead.
_SLOT_WORDS = frozenset(
    ["slot", "rail", "row", "shelf", "carousel", "tile", "index", "rank", "ranking", "sort",
     "order", "page", "column", "grid", "chart", "top", "queue", "playlist", "feed", "list"]
)  # fmt: skip
_MIN_POSITION = 30
_MAX_POSITION = 86_400
# Braze's custom event: `{"n": <name>, "p": {<properties>}}`, read only as the pair.
_BRAZE_PAIR = ("n", "p")
# `view` (Tongan `vakai`): also a feed item's view, so a feed's place is a slot below.
_WATCHING_CLASSES = frozenset(["watching", "listen", "watch", "view"])
_MAX_NAME = 60
_MAX_PARTICLE = 2


@lru_cache(maxsize=4096)
def _watching_kind_in_name(name: str) -> str | None:
    """`mamata_vitio`, `watch_video`, `fanongo_hiva`: one media kind and the act of watching
    or listening, no other act and nothing else long; or a done name (`_kind_in_name`)."""
    kind = _kind_in_name(name)
    if kind is not None:
        return kind
    words = key_words(name)
    if not name or len(name) > _MAX_NAME or not 2 <= len(words) <= 4:
        return None
    if _OTHER_ACTS.intersection(words) or _SHOP_WORDS.intersection(words):
        return None
    classes = play_words(name)
    kinds = _NAMED_KINDS.intersection(classes)
    acts = [w for w in classes if w in _WATCHING_CLASSES]
    rest = [w for w in classes if w not in kinds and w not in _WATCHING_CLASSES]
    if len(kinds) != 1 or len(acts) != 1 or any(len(w) > _MAX_PARTICLE for w in rest):
        return None
    return next(iter(kinds))


def _flat(key: str) -> str:
    return "_".join(key_words(key))


def _name_key(key: str) -> bool:
    return _flat(key) in _NAME_KEYS


def _position(key: str, member: object) -> bool:
    classes = set(play_words(key))
    if not classes & _POSITION_CLASSES or not classes <= _POSITION_CLASSES | _UNIT_CLASSES:
        return False
    if isinstance(member, bool) or not isinstance(member, (int, float, str)):
        return False
    try:
        number = float(member)
    except ValueError:
        return False
    return _MIN_POSITION <= number < _MAX_POSITION


def _names_piece(key: str, member: object, kind: str) -> bool:
    if isinstance(member, bool) or not isinstance(member, (int, str)) or not str(member).strip():
        return False
    classes = set(play_words(key))
    return kind in classes or (bool(classes) and classes <= _TITLE_CLASSES)


def _piece_at(payload: dict, kind: str) -> str | None:
    piece = position = None
    for key, member in payload.items():
        text = _key_text(key)
        words = set(key_words(text))
        if words & _SHOP_WORDS or words & _SLOT_WORDS:
            return None
        if _position(text, member):
            position = position or text
        elif _names_piece(text, member, kind):
            piece = piece or text
    return position if piece and position else None


def _braze_event(value: dict) -> str | None:
    name, props = (value.get(k) for k in _BRAZE_PAIR)
    if not isinstance(name, str) or not isinstance(props, dict):
        return None
    kind = _watching_kind_in_name(name)
    if kind is not None and (at := _piece_at(props, kind)):
        return f"event `{name}` names a {kind} and the position in it ({at})"
    return None


def _event_key(key: str) -> bool:
    return _name_key(key) or key == _BRAZE_PAIR[0]


@structure("named_event_piece_position", kind=dict, size=(2, 40), needs=(_event_key,))
def named_event_piece_position(value: object) -> str | None:
    """An event named for a piece heard or watched, its parameters naming the piece and
    holding where in it the person got to."""
    if not isinstance(value, dict):
        return None
    if (braze := _braze_event(value)) is not None:
        return braze
    for key, member in value.items():
        if not _name_key(_key_text(key)) or not isinstance(member, str):
            continue
        kind = _watching_kind_in_name(member)
        if kind is None:
            continue
        for data_key, data in value.items():
            if _flat(_key_text(data_key)) not in _DATA_KEYS:
                continue
            payload = _payload(data)
            if payload is not None and (at := _piece_at(payload, kind)):
                return f"event `{member}` names a {kind} and the position in it ({at})"
    return None
