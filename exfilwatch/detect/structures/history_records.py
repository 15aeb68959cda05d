"""Viewing and listening records whose KIND is said by the endpoint, in any language.

Four shapes name a piece and how far or how long it played, but say "watched" or
"listened" only in the URL path, which the rules read (round 142):

- a history endpoint's answer (`GET /istoriia-proslukhovuvannia`, Ukrainian "listening
  history"; `/historia-ogladania`, `/rireki-shichou`) whose rows each name an item, a
  playback position or a played amount in time units, and a moment: `timed_item_rows`.
  A shop's order history has no playback position, a chat's has no played amount;
- the same answer whose rows each name a series with an episode's NUMBER and a moment, no
  playhead (`GET /historiku-shikimit {historiku: [{serialId, titulli, episodi, data}]}`,
  Albanian "watching history", round 54): `episode_moment_rows`;
- a car's or a radio app's listening log posted to a path that says listened
  (`POST /multimedia/sluchane {wpisy: [{stacja, od, czas_s}]}`, Polish "listened":
  station, from, seconds): each row a station, when it came on and how long:
  `station_time_row`. A weather station's readings or a charging session are sent to no
  listening path;
- a write of how long one item was watched, to the item's own resource under a path that
  says recently watched, history or progress (`PUT /ostatnio-oglądane/<id>
  {postęp, czas_oglądania}`, "recently watched": progress, watching time), the body's key
  itself saying watching or listening time: `watching_time_write`. A smartwatch's
  "watch time" goes to no watched item's resource.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_MS, _key_text, _numeric, is_moment, structure, viewing_classes
from .aggregates import aggregate_key
from .listening import _station_with_time
from .numbered_episodes import numbered_episode
from .playback_words import play_words, priced_row

_NAME_WORDS = frozenset(["id", "title", "name"])
_NAME_CLASSES = frozenset(["title", "name", "id"])
# Where playback is, or how much of it played, in time (`pozytsiia_sek`, `czas_s`).
_PLAYHEAD_CLASSES = frozenset(["position", "playhead", "resume"])
_TIME_UNIT_CLASSES = frozenset(["seconds", "minutes", "duration"])
_TIME_UNIT_WORDS = frozenset(["sec", "secs", "seconds", "ms", "min", "mins", "minutes", "s"])
_PLAYED_CLASSES = frozenset(["watched", "watching", "listened", "listen", "played", "playback"])
_TIME_CLASSES = _TIME_UNIT_CLASSES | frozenset(["time"])
_AD_WORDS = frozenset(["ad", "ads", "advert", "adid", "creative", "campaign"])


@lru_cache(maxsize=8192)
def _name_key(key: str) -> bool:
    """A key naming the row's item: its id, title or name (`id`, `nazva`, `titulo`)."""
    words = play_words(key)
    classes, _ = viewing_classes(key)
    return 0 < len(words) <= 3 and bool(_NAME_WORDS.intersection(words) or _NAME_CLASSES & classes)


@lru_cache(maxsize=8192)
def _playhead_key(key: str) -> bool:
    """A position in time (`pozytsiia_sek`, `positionSec`) or a played amount in time
    (`kiita_byou`, `czas_ogladania`), never a count or a list slot."""
    classes, words = viewing_classes(key)
    classes = classes | frozenset(play_words(key))
    if _AD_WORDS & words or aggregate_key(key):
        return False
    in_time = bool(_TIME_UNIT_CLASSES & classes or _TIME_UNIT_WORDS & words)
    if _PLAYHEAD_CLASSES & classes:
        return in_time or "playhead" in classes or "resume" in classes
    return in_time and bool(_PLAYED_CLASSES & classes)


def _amount(value: object, limit: float = DAY_MS) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    return number is not None and 0 < number <= limit


def _timed_item_row(row: object) -> bool:
    """A row naming its item, where playback of it is or how much played, and when."""
    if not isinstance(row, dict) or not 2 < len(row) <= 24 or priced_row(row):
        return False
    named = timed = moment = False
    for key, value in row.items():
        text = _key_text(key)
        if _playhead_key(text):
            timed = timed or _amount(value)
        elif is_moment(value):
            moment = True
        elif _name_key(text) and isinstance(value, str | int) and not isinstance(value, bool):
            named = True
    return named and timed and moment


@structure("timed_item_rows", kind=list, size=(1, 5000))
def timed_item_rows(value: object) -> str | None:
    """Rows (80 % or more) each naming an item, a playback position or played amount in
    time, and a moment: a history answer (the rule asks the path to say watching or
    listening history)."""
    if not isinstance(value, list) or not value or not isinstance(value[0], dict):
        return None
    rows = sum(1 for row in value[:500] if _timed_item_row(row))
    if rows and rows >= min(len(value), 500) * 0.8:
        return f"{rows} rows each naming an item, where or how long it played, and when"
    return None


def _episode_moment_row(row: object) -> bool:
    """A row naming a series (an id, a title) with the episode's number and a moment
    (`{serialId, titulli, episodi: 49, data}`, Albanian; round 54): no playhead is
    needed, the episode number says which part of the series was had, and when."""
    if not isinstance(row, dict) or not 2 < len(row) <= 24 or priced_row(row):
        return False
    episode = numbered_episode(row)
    if episode is None:
        return False
    named = moment = False
    for key, value in row.items():
        text = _key_text(key)
        if text == episode:
            continue
        if is_moment(value):
            moment = True
        elif _name_key(text) and isinstance(value, str | int) and not isinstance(value, bool):
            named = True
    return named and moment


@structure("episode_moment_rows", kind=list, size=(1, 5000))
def episode_moment_rows(value: object) -> str | None:
    """Rows (80 % or more) each naming a series, an episode by its number and a moment:
    a watching or listening history's answer (the rule asks the path to say so)."""
    if not isinstance(value, list) or not value or not isinstance(value[0], dict):
        return None
    rows = sum(1 for row in value[:500] if _episode_moment_row(row))
    if rows and rows >= min(len(value), 500) * 0.8:
        return f"{rows} rows each naming a series' episode by number and when it was had"
    return None


@structure("station_time_row", kind=dict, size=(3, 16))
def station_time_row(value: object) -> str | None:
    """A station, when it came on and how long (the rule asks the path to say listened)."""
    station = _station_with_time(value)
    return f"station ({station}) with when and how long it was on" if station else None


@lru_cache(maxsize=8192)
def _watching_time_key(key: str) -> bool:
    """A key that says watching or listening time (`czas_ogladania`, `watchTime`,
    `tempo_assistido`, `kijkduur`)."""
    classes, words = viewing_classes(key)
    classes = classes | frozenset(play_words(key))
    played = _PLAYED_CLASSES & classes
    timed = _TIME_CLASSES & classes or _TIME_UNIT_WORDS & words
    return bool(played and timed) and not aggregate_key(key) and not _AD_WORDS & words


@structure("watching_time_write", kind=dict, size=(1, 8), needs=(_watching_time_key,))
def watching_time_write(value: object) -> str | None:
    """A small write of how long one item was watched or listened to, its key saying so
    (the rule asks for the item's own resource under a watched, history or progress
    path)."""
    if not isinstance(value, dict) or priced_row(value):
        return None
    for key, member in value.items():
        text = _key_text(key)
        if _watching_time_key(text) and _amount(member):
            return f"time watched or listened of the item in the URL path: {text}"
    return None
