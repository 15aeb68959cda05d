"""A playhead read from its place, not its name (round 211).

An app reports how far someone watched under a key in its own language: Nigerian
Pidgin `don_watch_reach` ("watched up to"), Yoruba `ipo_fidio` ("video position"), and
the next app's key is a phrase no lexicon holds yet. What does not change with the
language is the record's shape: written to a path that says watching or progress
(`/watch/progress`, Yoruba `/cpd/ilosiwaju`; the rule's URL), it names one piece (a media
id or its title), gives the piece's duration, and holds exactly ONE other integer, inside
that duration: where playback got to, whatever its key says.

What is not, and why it stays out:
- a transfer, a quiz, a delivery, a workout, a game: their record names its own thing
  (`file_id`, `quiz_id`, `order_id`, `workout_id`) or its number (`uploaded`, `bytes`,
  `score`, `eta`, `steps`, `price`), and such a word vetoes the record;
- a class's or a crowd's statistics: an average, a total, a count of students or
  viewers is not one person's playhead (and brings a second integer);
- an e-book's or a course's page progress: no duration, so no bound;
- a position of 0 (a player's start) or a second integer (a list order beside a
  count) leaves the playhead ambiguous.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import DAY_MS, _key_text, _numeric, structure
from .aggregates import aggregate_key
from .playback_words import play_words

_DURATION = frozenset(["duration"])
_MEDIA = frozenset(
    ["video", "film", "movie", "episode", "media", "content", "programme", "program",
     "show", "series", "drama", "lecture", "clip", "title"]
)  # fmt: skip
_ID = frozenset(["id", "uid", "uuid"])
# words that make the record something other than one person's viewing
_VETO = frozenset(
    ["upload", "uploaded", "uploading", "download", "downloaded", "downloading", "bytes",
     "byte", "size", "chunk", "file", "score", "points", "point", "price", "amount", "cost",
     "steps", "step", "eta", "order", "delivery", "quiz", "exam", "test", "question",
     "questions", "workout", "exercise", "reps", "calories", "distance", "game", "level",
     "average", "avg", "mean", "median", "total", "count", "students", "viewers", "views",
     "class", "page", "pages", "job", "task", "speed", "rating", "stars", "age", "year",
     "lessons", "modules", "units", "chapters", "room", "rooms", "seat", "seats", "period",
     "index", "rank", "slot", "week", "grade", "version", "attempt", "attempts", "retries"]
)  # fmt: skip
_SIZE = (3, 10)


@lru_cache(maxsize=8192)
def _words(key: str) -> frozenset[str]:
    return frozenset(play_words(key))


def _duration_key(key: str) -> bool:
    return bool(_words(key) & _DURATION)


def _number(value: object) -> float | None:
    return None if isinstance(value, bool) else _numeric(value)


@structure("duration_bounded_playhead", kind=dict, size=_SIZE, needs=(_duration_key,))
def duration_bounded_playhead(value: object) -> str | None:
    """A media id or a title, its duration, and exactly one other integer inside it."""
    if not isinstance(value, dict) or not _SIZE[0] <= len(value) <= _SIZE[1]:
        return None
    duration = None
    named = None
    others: list[tuple[str, float]] = []
    for key, item in value.items():
        text = _key_text(key)
        words = _words(text)
        if words & _VETO or aggregate_key(text):
            return None  # an upload's, a quiz's, a game's; an average or an audience
        if isinstance(item, dict | list):
            return None  # a flat report only
        number = _number(item) if not isinstance(item, str) else None
        if words & _DURATION:
            if number is None or duration is not None:
                return None
            duration = number
        elif words & _MEDIA and (words & _ID or "title" in words):
            if (isinstance(item, str) and item.strip()) or isinstance(item, int):
                named = named or text
        elif isinstance(item, int | float) and not isinstance(item, bool):
            others.append((text, float(item)))
    if duration is None or not named or not 60 <= duration <= DAY_MS or len(others) != 1:
        return None
    key, position = others[0]
    if not position.is_integer() or not 0 < position <= duration:
        return None
    return f"`{named}` with `{key}` = {position:g} inside its duration {duration:g}"
