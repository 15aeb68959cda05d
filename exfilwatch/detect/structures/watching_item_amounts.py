"""A watching reported as the item watched beside how far or how long, in any language.

A player's heartbeat or a live app's report often puts what is watched in an object of
its own, under a key that says watching in the app's language, and the position or the
minutes watched beside it at the top of the report with the moment
(`{"lta_sa": {"id", "ming", "yun_tshad"}, "sa_tshad": 494, "duetshoe": ...}`, Dzongkha;
`{"watching": {"match", "name"}, "minutes": 61, "time": ...}`). The watching key, the
amount's word (position, seconds or minutes) and the item's name are read through the
viewing lexicon, so a new language is a lexicon edit.

Not a viewing: an auction's or a shop's watched item (a price or a bid word vetoes),
a chat (a message word vetoes), a list position (an amount under ten) or an amount past
a day; the item must be named in text and carry an id.
"""

from __future__ import annotations

from ..lexicon import load
from ._common import (
    DAY_SECONDS,
    _key_text,
    _numeric,
    is_moment,
    key_word_set,
    key_words,
    structure,
    viewing_classes,
)
from .media_done_event_names import (
    _NAME_KEYS,
    _NAMED_KINDS,
    _PIECE_KEYS,
    _VALUE_KEYS,
    _amount_played,
    _flat,
    _payload,
)
from .playback_words import play_words

_SIZE = (3, 8)
_AMOUNT_CLASSES = frozenset(["position", "seconds", "minutes", "playhead"])
_VETO_CLASSES = frozenset(["price", "message"])
_VETO_WORDS = frozenset(
    ["price", "bid", "bids", "cart", "order", "stock", "amount", "currency", "lot"]
)
_NAME_CLASSES = frozenset(["name", "title"])
_MIN_AMOUNT = 10


def _classes(key: object) -> frozenset[str]:
    """The key's viewing classes (its words and listed phrases: `sa_tshad`, `skar_ma`) and words."""
    text = _key_text(key)
    classes, words = viewing_classes(text)
    return classes | words | load("viewing").classes_of(key_words(text))


def _vetoed(key: object) -> bool:
    text = _key_text(key)
    return bool(viewing_classes(text)[0] & _VETO_CLASSES or key_word_set(text) & _VETO_WORDS)


def _named_item(value: object) -> bool:
    """An object naming an item in text, with an id-like value beside it."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 8:
        return False
    if any(_vetoed(k) for k in value):
        return False
    named = any(
        _classes(k) & _NAME_CLASSES and isinstance(v, str) and any(c.isalpha() for c in v)
        for k, v in value.items()
    )
    coded = any(
        isinstance(v, str) and any(c.isdigit() for c in v) and not is_moment(v)
        for v in value.values()
    )
    return named and coded


def _amount(key: object, value: object) -> bool:
    classes = _classes(key)
    if not classes & _AMOUNT_CLASSES or isinstance(value, bool):
        return False
    number = _numeric(value)
    if number is None:
        return False
    if "minutes" in classes:
        return 1 <= number <= DAY_SECONDS / 60
    return _MIN_AMOUNT <= number <= DAY_SECONDS


@structure("watching_item_amount", kind=dict, size=_SIZE)
def watching_item_amount(value: object) -> str | None:
    """A watching key's named item with a position or minutes and a moment beside it."""
    if not isinstance(value, dict) or not _SIZE[0] <= len(value) <= _SIZE[1]:
        return None
    if any(_vetoed(k) for k in value):
        return None
    watching = [k for k, v in value.items() if "watching" in _classes(k) and _named_item(v)]
    if len(watching) != 1:
        return None
    amounts = [k for k, v in value.items() if k not in watching and _amount(k, v)]
    if not amounts or not any(is_moment(v) for v in value.values()):
        return None
    return f"`{watching[0]}` names what was watched, with `{amounts[0]}` and a moment beside it"


# A set-top box's or a TV app's bookmark of a programme (IPTV middleware: `<Bookmark>
# <programCode/><title/><position/><updateTime/></Bookmark>`, as XML or JSON): what was
# watched, by code and title, and where the viewer stopped. A browser's bookmark has a URL,
# an e-book's a page, chapter or book word, a map's a place: those words veto.
_BOOKMARK_WORDS = frozenset(["bookmark", "bookmarks"])
_ITEM_CLASSES = frozenset(["programme", "program", "episode", "film", "video", "content"])
_BOOKMARK_VETO_CLASSES = frozenset(["book", "chapter", "price", "message", "audiobook"])
_BOOKMARK_VETO_WORDS = frozenset(
    ["url", "uri", "href", "link", "page", "cfi", "folder", "parent", "lat", "lng", "latitude",
     "longitude", "place", "chapter", "book", "pdf", "document", "offset"]
)  # fmt: skip


def _bookmark_row(value: object) -> str | None:
    if not isinstance(value, dict) or not 3 <= len(value) <= 10:
        return None
    keys = [(k, _classes(k)) for k in value]
    if any(c & _BOOKMARK_VETO_CLASSES or c & _BOOKMARK_VETO_WORDS for _, c in keys):
        return None
    item = [k for k, c in keys if c & _ITEM_CLASSES and isinstance(value[k], (str, int))]
    titled = any(c & _NAME_CLASSES and isinstance(value[k], str) for k, c in keys)
    position = [
        k
        for k, c in keys
        if "position" in c
        and not isinstance(value[k], bool)
        and (n := _numeric(value[k])) is not None
        and _MIN_AMOUNT <= n <= DAY_SECONDS
    ]
    moment = any(is_moment(v) for v in value.values())
    if item and titled and position and moment:
        return f"programme `{item[0]}` with its title and position `{position[0]}`"
    return None


@structure("programme_bookmark", kind=dict, size=(1, 10))
def programme_bookmark(value: object) -> str | None:
    """A bookmark (by its key) of a programme: its code, title, position and update time."""
    if not isinstance(value, dict):
        return None
    for key, member in value.items():
        if key_word_set(_key_text(key)) & _BOOKMARK_WORDS:
            found = _bookmark_row(member)
            if found is not None:
                return f"`{key}`: {found}"
    return None


# An attribution event (AppsFlyer, Meta app events) the app names for a piece's progress
# (`film_progress`, `episode_progress`, `video_progreso`): the name holds one media kind and
# a progress word and nothing else of length, the parameters name the piece (`af_content_id`)
# and hold the minutes or seconds it has played (read as media_done_event_names reads them).
# A download's or upload's progress names another act; a shop's parameters veto.
_PROGRESS_CLASSES = frozenset(["progress"])
_MAX_PARTICLE = 2


def _progress_kind(name: str) -> str | None:
    if not name or len(name) > 60 or len(key_words(name)) > 4:
        return None
    classes = play_words(name)
    kinds = _NAMED_KINDS.intersection(classes)
    progress = _PROGRESS_CLASSES.intersection(classes)
    rest = [w for w in classes if w not in kinds and w not in progress]
    if len(kinds) != 1 or not progress or any(len(w) > _MAX_PARTICLE for w in rest):
        return None
    return next(iter(kinds))


def _named_piece(payload: dict) -> bool:
    return any(
        _flat(_key_text(k)) in _PIECE_KEYS and isinstance(m, (str, int)) and str(m).strip()
        for k, m in payload.items()
    )


@structure("media_progress_event_name", kind=dict, size=(2, 80))
def media_progress_event_name(value: object) -> str | None:
    """An event named for a media piece's progress, the piece named and the time played."""
    if not isinstance(value, dict):
        return None
    name = next(
        (m for k, m in value.items() if _flat(_key_text(k)) in _NAME_KEYS and isinstance(m, str)),
        None,
    )
    kind = _progress_kind(name) if name else None
    if kind is None:
        return None
    for key, member in value.items():
        payload = _payload(member) if _flat(_key_text(key)) in _VALUE_KEYS else None
        if payload is not None and _named_piece(payload) and _amount_played(payload):
            return f"event `{name}` names a {kind}'s progress, with the time it played"
    return None
