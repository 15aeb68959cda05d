"""An attribution or analytics event NAMED as watching, carrying how long was watched.

Mobile measurement SDKs (Airbridge, AppsFlyer, Adjust, Branch) give every event one
schema: a category or name, then the app's attributes, and an item list built for
commerce (`products: [{productID, name}]`). A streaming app that reports "content
watched" through them puts the title it played in that commerce list, so the item
names no media noun: the event's NAME says watching (`content_watched`,
`video_completed`, Mongolian `kino_uzej_duusgasan`) and a sibling amount says for how
long (`watchSeconds`, `uzsen_minut`). The two together are one person's viewing,
whatever the item list is called. A product page's dwell time (`product_viewed` with
`viewSeconds`) or an ad's view is no watching: an event name with a shop's, a page's or
an ad's word stays out.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ._common import _key_text, _numeric, key_words, structure
from .playback_vocab import _AD_WORDS
from .playback_words import play_words

# Metrix and other SDKs name a custom event by its `slug` (`{"type": "custom", "slug": ..,
# "attributes": {..}, "metrics": {..}}`)
_NAME_KEYS = frozenset(["category", "event", "name", "action", "goal", "type", "slug"])
# the viewing lexicon's classes, and the English words it leaves as themselves
_VERB_CLASSES = frozenset(
    ["watched", "watching", "listened", "listen", "watch", "listening"]
)  # fmt: skip
_WATCH_CLASSES = _VERB_CLASSES | {"finished"}
# round 222: a watch verb with a duration word is a time watched (`watch_duration`, Persian
# `modat_tamasha`, Turkish `izleme_suresi`); a duration alone (`video_duration`) is a length
_AMOUNT_UNITS = frozenset(
    ["seconds", "minutes", "sec", "secs", "min", "mins", "ms", "time", "duration"]
)  # fmt: skip
# what a shop, a page or a screen is looked at for: its dwell time is not watching
_NOT_MEDIA = frozenset(
    ["product", "products", "item", "items", "page", "screen", "article", "listing", "cart",
     "search", "home", "catalog", "catalogue", "list", "banner", "story", "stories", "post"]
)  # fmt: skip
_MAX_DEPTH = 3


@lru_cache(maxsize=8192)
def _name_key(key: str) -> bool:
    words = key_words(key)
    return bool(words) and len(words) <= 2 and words[-1] in _NAME_KEYS


@lru_cache(maxsize=8192)
def _watch_event_name(text: str) -> bool:
    """`content_watched`, `video_complete_watch`, `kino_uzej_duusgasan`: an event named as
    watching or listening to something, not as a shop's or an ad's view."""
    if not 3 <= len(text) <= 80 or " " in text.strip():
        return False
    words = play_words(text.replace(".", "_"))
    raw = set(key_words(text.replace(".", "_")))
    return (
        bool(_VERB_CLASSES.intersection(words))
        and not _NOT_MEDIA.intersection(raw)
        and not _AD_WORDS.intersection(words)
    )


@lru_cache(maxsize=8192)
def _watched_amount_key(key: str) -> bool:
    """`watchSeconds`, `uzsen_minut`, `listened_ms`: a watch or listen verb with a unit."""
    words = play_words(key)
    return bool(_WATCH_CLASSES.intersection(words)) and bool(_AMOUNT_UNITS.intersection(words))


def _nested_find(value: dict, found: Callable[[str, object], str], depth: int = 0) -> str:
    """The first answer of `found(key, item)` in the object or in the objects it holds,
    `_MAX_DEPTH` levels down at most."""
    for key, item in value.items():
        answer = found(_key_text(key), item)
        if answer:
            return answer
        if isinstance(item, dict) and depth < _MAX_DEPTH:
            answer = _nested_find(item, found, depth + 1)
            if answer:
                return answer
    return ""


def _event_name(key: str, item: object) -> str:
    return item if isinstance(item, str) and _name_key(key) and _watch_event_name(item) else ""


def _amount_key(key: str, item: object) -> str:
    number = _numeric(item)
    return key if number is not None and number > 0 and _watched_amount_key(key) else ""


def _named_event(value: dict) -> str:
    return _nested_find(value, _event_name)


def _watched_amount(value: dict) -> str:
    return _nested_find(value, _amount_key)


@structure("watched_goal_event", kind=dict, size=(2, 80))
def watched_goal_event(value: object) -> str | None:
    """An event object (or its goal / attributes, three levels down at most) named as
    watching or listening, with a positive amount of time watched or listened."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    name = _named_event(value)
    if not name:
        return None
    amount = _watched_amount(value)
    if not amount:
        return None
    return f"event `{name}` with `{amount}`: an event named as watching, with how long"
