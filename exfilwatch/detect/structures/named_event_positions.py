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
"""

from __future__ import annotations

from ._common import _key_text, key_words, structure
from .media_done_event_names import _SHOP_WORDS, _kind_in_name, _payload
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
     "order", "page", "column", "grid", "chart", "top", "queue", "playlist"]
)  # fmt: skip
_MIN_POSITION = 30
_MAX_POSITION = 86_400


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


@structure("named_event_piece_position", kind=dict, size=(2, 40), needs=(_name_key,))
def named_event_piece_position(value: object) -> str | None:
    """An event named for a piece heard or watched, its parameters naming the piece and
    holding where in it the person got to."""
    if not isinstance(value, dict):
        return None
    for key, member in value.items():
        if not _name_key(_key_text(key)) or not isinstance(member, str):
            continue
        kind = _kind_in_name(member)
        if kind is None:
            continue
        for data_key, data in value.items():
            if _flat(_key_text(data_key)) not in _DATA_KEYS:
                continue
            payload = _payload(data)
            if payload is not None and (at := _piece_at(payload, kind)):
                return f"event `{member}` names a {kind} and the position in it ({at})"
    return None
