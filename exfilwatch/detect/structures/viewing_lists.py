"""Lists that say what was watched or played: entries under a viewing key, and
lists under a key that names watching or listening in any language."""

from __future__ import annotations

from functools import lru_cache

from ._common import (
    _numeric,
    structure,
)
from .playback_fields import (
    _collect_duration,
    _entry_says_watched,
    _key_str,
    _media_ref,
    _playhead,
    _within_duration,
)
from .playback_vocab import (
    _AD_WORDS,
    _DONE_VERBS,
    _LIST_VERBS,
    _NOT_PLAYBACK,
    _WATCHED_AT_WORDS,
)
from .playback_words import (
    play_words,
)


@structure("media_entries", kind=list, size=(1, 5000))
def media_entries(value: object) -> str | None:
    """A list whose entries each name a video, episode, programme, song or movie
    (a media noun's id or the bare noun): only under a key that says the list is
    viewing or listening events or history, which supplies the rest."""
    if not isinstance(value, list) or not value or len(value) > 5000:
        return None
    named = 0
    for item in value:
        if not isinstance(item, dict) or len(item) > 60:
            continue
        if any(_entry_says_watched(_key_str(k), v) for k, v in item.items()):
            named += 1
    if named and named >= len(value) * 0.8:
        return f"{named} entries naming what was watched or played, or for how long"
    return None


# -- viewing lists named in any language ---------------------------------------
#
# A list whose key says watching or listening in any language the class tables
# read (`riwayat_tonton`, `lanjutkan_menonton`, `visionnages`, `recently_played`,
# `izleme_gecmisi`), whose entries each carry what only a viewing record has.


@lru_cache(maxsize=16384)
def _viewing_list_key(key: str) -> bool:
    """A key that names watching or listening (in any language the class tables
    read), and nothing about transfers, previews or games."""
    words = play_words(key)
    return (
        0 < len(words) <= 4
        and bool(_LIST_VERBS.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and not _AD_WORDS.intersection(words)
    )


def _viewing_entry(item: object) -> bool:
    """One entry of a viewing list: a media noun's id or name, a watched amount, a
    playhead, when it was watched, or a position within the piece's duration."""
    if not isinstance(item, dict) or not 0 < len(item) <= 60:
        return False
    positions: list[float] = []
    durations: list[float] = []
    titled = False
    for key, value in item.items():
        text = _key_str(key)
        words = play_words(text)
        if not words or _NOT_PLAYBACK.intersection(words):
            continue
        if _media_ref(words, value) == 2 or _entry_says_watched(text, value):
            return True
        if _playhead(words, value):
            return True
        watched_at = _DONE_VERBS.intersection(words) and _WATCHED_AT_WORDS.intersection(words)
        if watched_at and (_numeric(value) is not None or isinstance(value, str)):
            return True
        titled = titled or (words in (("title",), ("name",)) and isinstance(value, str))
        _collect_duration(words, value, durations)
        if words == ("position",) and _numeric(value) is not None:
            positions.append(float(_numeric(value) or 0))
    return titled and _within_duration(positions, durations)


@structure("viewing_list", kind=dict, size=(1, 200), needs=(_viewing_list_key,))
def viewing_list(value: object) -> str | None:
    """A list under a key that says watching or listening, in any language, whose
    entries (80 % or more) each say what was watched and how far or when: a
    watch history, a continue-watching row or a recently-played list."""
    if not isinstance(value, dict):
        return None
    for key, items in value.items():
        if not isinstance(items, list) or not items or len(items) > 5000:
            continue
        if not _viewing_list_key(_key_str(key)):
            continue
        entries = sum(1 for item in items if _viewing_entry(item))
        if entries >= len(items) * 0.8:
            return f"{entries} entries under `{key}` saying what was watched and how far or when"
    return None


# -- rows that say when or how long each was watched, under any key -------------
#
# A backend's history or continue-watching answer often sits under a key that says
# nothing (`data`, `dade`, `items`, `tarix`, `davam_et`), but each row names WHEN or
# HOW LONG it was watched, in the app's language: `akharin_tamasha` (Persian "last
# watched"), `korilgan_vaqt` (Uzbek "watched time"), `son_baxis` (Azerbaijani "last
# watching"), `listenedAt`. Such a key (a watching / listening verb beside a time,
# date or "last" word) beside what the row names (an id, a title, a name) is a
# viewing record whatever the list is called. `viewed` is left out: profiles and
# shop items are viewed too.

_WHEN_WORDS = frozenset(
    ["time", "at", "date", "on", "recently", "seconds", "minutes", "ms", "duration", "last"]
)
_ROW_NAMES = frozenset(["id", "title", "name"])


@lru_cache(maxsize=16384)
def _watched_when_key(key: str) -> bool:
    """A key saying when or how long something was watched or listened to."""
    words = play_words(key)
    return (
        0 < len(words) <= 4
        and bool(_DONE_VERBS.intersection(words))
        and bool(_WHEN_WORDS.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and not _AD_WORDS.intersection(words)
    )


@lru_cache(maxsize=16384)
def _row_name_key(key: str) -> bool:
    """A key naming the row's item: its id, title or name (`film_id`, `onvan`, `nomi`)."""
    words = play_words(key)
    return 0 < len(words) <= 3 and bool(_ROW_NAMES.intersection(words))


def _watched_row(item: object) -> bool:
    if not isinstance(item, dict) or not 1 < len(item) <= 40:
        return False
    when = named = False
    for key, value in item.items():
        text = _key_str(key)
        if value in (None, "", 0) or isinstance(value, bool | dict | list):
            continue
        when = when or _watched_when_key(text)
        named = named or _row_name_key(text)
    return when and named


@structure("watched_rows", kind=list, size=(1, 5000))
def watched_rows(value: object) -> str | None:
    """A list whose rows (80 % or more) each name an item and when or how long it
    was watched or listened to: a history or continue-watching answer under a
    key that does not say so."""
    if not isinstance(value, list) or not value or len(value) > 5000:
        return None
    first = value[0]
    if not isinstance(first, dict) or not any(_watched_when_key(_key_str(k)) for k in first):
        return None  # the cheap exit taken by almost every list
    rows = sum(1 for item in value if _watched_row(item))
    if rows >= len(value) * 0.8:
        return f"{rows} rows naming an item and when or how long it was watched"
    return None
