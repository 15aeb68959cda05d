"""Resume rows: items with the share of each watched and when it was watched.

A continue-watching sync (French `liste: [{id, pourcentage, vuLe}]`, "percentage",
"seen on") names each item, how much of it was played as a percentage, and when it
was watched, in the app's language. The percentage is what makes the row a resume
point: a chat's "seen" receipt (`{id, vuLe}`) has a time but no share, a lesson's or
a download's percentage sits beside a finished or downloaded time, not a watched
one, and an article's read time (`luLe`) is no watching.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import (
    _key_text,
    _numeric,
    is_moment,
    structure,
)
from .playback_vocab import (
    _AD_WORDS,
    _DONE_VERBS,
    _NOT_PLAYBACK,
)
from .playback_words import play_words

_ROW_NAMES = frozenset(["id", "title", "name"])
# A share of the item played: `pourcentage`, `percent_watched`, `progress_pct`.
_SHARE_WORDS = frozenset(["percent", "progress", "played", *_DONE_VERBS])


@lru_cache(maxsize=16384)
def _role(key: str) -> str:
    """`name`, `share`, `watched` (a watching verb: when it was watched) or ``."""
    words = play_words(key)
    if not 0 < len(words) <= 3 or _NOT_PLAYBACK.intersection(words):
        return ""
    if _AD_WORDS.intersection(words):
        return "ad"
    if "percent" in words and set(words) <= _SHARE_WORDS:
        return "share"
    if _DONE_VERBS.intersection(words):
        return "watched"
    if len(words) <= 2 and words[-1] in _ROW_NAMES:
        return "name"
    return ""


def _share(value: object) -> bool:
    number = _numeric(value)
    return number is not None and not isinstance(value, bool) and 0 <= number <= 100


def _when(value: object) -> bool:
    """A date or a timestamp, not a flag."""
    if isinstance(value, bool) or value in (None, "", 0):
        return False
    return isinstance(value, str) or _numeric(value) is not None


def _resume_row(item: object) -> bool:
    if not isinstance(item, dict) or not 2 < len(item) <= 20:
        return False
    roles = set()
    for key, value in item.items():
        role = _role(_key_text(key))
        if role == "ad":
            return False
        if (
            (role == "share" and _share(value))
            or (role == "watched" and _when(value))
            or (role == "name" and isinstance(value, str | int) and value != "")
        ):
            roles.add(role)
    return roles == {"name", "share", "watched"}


@structure("watched_percent_rows", kind=list, size=(1, 5000))
def watched_percent_rows(value: object) -> str | None:
    """Rows (80 % or more) each naming an item, the percentage of it played and
    when it was watched or listened to: a continue-watching list in any language."""
    if not isinstance(value, list) or not value or len(value) > 5000:
        return None
    if not _resume_row(value[0]):
        return None
    rows = sum(1 for item in value if _resume_row(item))
    if rows >= len(value) * 0.8:
        return f"{rows} rows naming an item, the share of it played and when it was watched"
    return None


# -- one such row, written as it happens -------------------------------------------
# The app that keeps the rows writes each one when the viewer leaves the piece (French
# `{videoId, titre, pourcentage, vuLe}` POSTed to `/replays/...`, round 64): one object,
# so nothing in a list's other rows vouches for it. Its "watched" key must then hold a
# moment (an ISO date-time or a Unix time), not any text, and the row must stay small: a
# catalogue entry or a profile carries far more keys than a resume point does.
_MARK_KEYS = 12


def _mark_moment(item: dict) -> bool:
    return any(
        _role(_key_text(key)) == "watched" and is_moment(value) for key, value in item.items()
    )


@lru_cache(maxsize=16384)
def _share_key(key: str) -> bool:
    return _role(key) == "share"


@structure("watched_percent_mark", kind=dict, size=(3, _MARK_KEYS), needs=(_share_key,))
def watched_percent_mark(value: object) -> str | None:
    """One object naming an item, the percentage of it played and the moment it was
    watched: a resume point written as the viewer leaves the piece."""
    if not isinstance(value, dict) or not 3 <= len(value) <= _MARK_KEYS:
        return None
    if any(isinstance(v, dict | list) for v in value.values()):
        return None  # a container of rows or objects, read by the list readers
    if _resume_row(value) and _mark_moment(value) and _media_named(value):
        return "an item with the share of it played and the moment it was watched"
    return None


# Alone, the row's item must say it is a piece of media (`videoId`, `titre`, `episode`): a
# poll's or a document's id with a share and a "seen on" date is no viewing.
_MARK_MEDIA = frozenset(
    ["content", "video", "episode", "film", "movie", "programme", "program", "show", "series",
     "title", "song", "track", "podcast", "audiobook", "lecture"]
)  # fmt: skip


def _media_named(item: dict) -> bool:
    return any(
        _MARK_MEDIA.intersection(play_words(_key_text(key)))
        and isinstance(value, str | int)
        and not isinstance(value, bool)
        and value != ""
        for key, value in item.items()
    )


# -- continue-watching rows without a date ---------------------------------------

_ITEM_NOUNS = frozenset(["content", "video", "episode", "film", "movie", "programme", "program",
                         "show", "series", "title"])  # fmt: skip


def _item_named(key: str, value: object) -> bool:
    """`conteudo: "kp_1021"`, `contentId: 88`, `titulo: "..."`: the row's item."""
    words = play_words(key)
    if _role(key) == "name" or (len(words) == 1 and words[0] in _ITEM_NOUNS):
        return isinstance(value, str | int) and not isinstance(value, bool) and value != ""
    return False


def _share_row(item: object) -> bool:
    if not isinstance(item, dict) or not 2 <= len(item) <= 8:
        return False
    named = share = False
    for key, value in item.items():
        text = _key_text(key)
        role = _role(text)
        if role == "ad":
            return False
        share = share or (role == "share" and _share(value) and not isinstance(value, bool))
        named = named or _item_named(text, value)
    return named and share


@structure("item_percent_rows", kind=list, size=(1, 5000))
def item_percent_rows(value: object) -> str | None:
    """Rows each naming an item and the percentage of it played, with no date
    (`lista: [{conteudo, percentagem}]`). A lesson's, a download's or a survey's
    rows have the same shape: the rule asks the URL to say continue WATCHING."""
    if not isinstance(value, list) or not value:
        return None
    if all(_share_row(item) for item in value[:50]):
        return f"{len(value)} rows naming an item and the percentage of it played"
    return None
