"""Plays recognised by a CATALOGUE ID whose format a reader of any language knows.

A row an app writes in its own language (`{"isrc": "DKAPA2300012", "afspilletKl":
..., "sekunder": 120}`, `{"titleAsin": "B08...", "secondsUsed": 600}`) names the
recording or title by a standard code: an ISRC (ISO 3901, recordings and music
videos), an ISBN-13 (books and audiobooks), an EIDR DOI (films and episodes) or
an Amazon ASIN. The code says WHAT; the row is a listening or watching record
only when it also says that the item was CONSUMED: a key that says played,
listened, watched or used, or a playback position in time units.

Hard negatives, the same codes in ordinary traffic: a catalogue or search answer
(`isrc` with `durationMs`), a playlist (`addedAt`), a cart or order (`quantity`,
`price`, `orderedAt`), a product page seen (`viewedAt`: browsing, not watching),
a library loan (`dueDate`), a reading position (`page`, `percent`). None has a
consumption key, so none matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load
from ._common import DAY_MS, _key_text, _numeric, key_words, structure, viewing_classes
from .public_screens import public_screen

# ISO 3901: CC (country) + XXX (registrant, alphanumeric) + YY (year) + NNNNN.
_ISRC = re.compile(r"^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$")
# ISBN-13 (EAN "Bookland" prefixes 978 / 979), with or without hyphens.
_ISBN13 = re.compile(r"^97[89][0-9]{10}$")
# EIDR content ids are DOIs under the 10.5240 prefix.
_EIDR = re.compile(r"^10\.5240/(?:[0-9A-F]{4}-){5}[0-9A-Z]$")
# Amazon ASIN of a non-book title: B0 + 8 upper-case letters and digits.
_ASIN = re.compile(r"^B0[0-9A-Z]{8}$")
_ASIN_ANY = re.compile(r"^[0-9A-Z]{10}$")

# Words that say the item was consumed (English; the lexicon adds the rest).
_CONSUMED_WORDS = frozenset(
    ["played", "listened", "watched", "heard", "streamed", "scrobbled", "consumed"]
)
_CONSUMED_CLASSES = frozenset(["played", "listened", "watched"])
# "used" says consumed only with a time unit (`secondsUsed`, `usageMinutes`); not
# "spent": time spent on a book's exercises or pages is reading or study time.
_SPENT_WORDS = frozenset(["used", "usage"])
_UNIT_WORDS = frozenset(["ms", "sec", "secs", "seconds", "second", "min", "mins", "minutes"])
_UNIT_CLASSES = frozenset(["seconds", "minutes"])
# A resume point: a position in time units (`positionMs`, `offset_seconds`).
# Not "elapsed": a workout timer or a trip has elapsed seconds too.
_POSITION_WORDS = frozenset(["position", "pos", "playhead", "offset", "resume"])
_POSITION_CLASSES = frozenset(["position"])
# The piece's own length, a catalogue fact, not a consumption.
_LENGTH_WORDS = frozenset(["duration", "runtime", "length", "total", "dur"])


@lru_cache(maxsize=8192)
def _consumption_key(key: str) -> str:
    """What kind of consumption a key names: "played" (played / listened / watched,
    in any language the lexicon holds), "used" (time used or spent), "position" (a
    resume point in time units), or "" (none: the detector's gate)."""
    classes, words = viewing_classes(_key_text(key))
    if words & _LENGTH_WORDS or "duration" in classes:
        return ""
    if words & _CONSUMED_WORDS or classes & _CONSUMED_CLASSES:
        return "played"
    unit = bool(words & _UNIT_WORDS or classes & _UNIT_CLASSES)
    if unit and words & _SPENT_WORDS:
        return "used"
    if unit and (words & _POSITION_WORDS or classes & _POSITION_CLASSES):
        return "position"
    return ""


def _catalogue_id(key: str, value: object) -> str:
    """The standard a value's format belongs to, or ""."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return ""
    if _ISRC.match(value):
        return "ISRC"
    if _ISBN13.match(value.replace("-", "")):
        return "ISBN"
    if _EIDR.match(value):
        return "EIDR"
    if _ASIN.match(value) and any(c.isalpha() for c in value[2:]):
        return "ASIN"
    if "asin" in key_words(key) and _ASIN_ANY.match(value):
        return "ASIN"
    return ""


def _consumed(kind: str, value: object) -> bool:
    """A played-at stamp or a played quantity; a used time or a position is a number."""
    number = _numeric(value)
    if kind == "played" and number is None:
        return isinstance(value, str) and len(value) >= 10 and value[:4].isdigit()
    return number is not None and 0 < number <= DAY_MS * 1000


@structure("catalogue_id_consumption", kind=dict, size=(2, 40), needs=(_consumption_key,))
def catalogue_id_consumption(value: object) -> str | None:
    """A standard catalogue code (ISRC, ISBN-13, EIDR, ASIN) beside a key that
    says the item was played, listened to, watched or used, or a resume position
    in time units."""
    if not isinstance(value, dict):
        return None
    code = ""
    for key, member in value.items():
        code = _catalogue_id(_key_text(key), member)
        if code:
            break
    if not code:
        return None
    for key, member in value.items():
        kind = _consumption_key(_key_text(key))
        if kind and _consumed(kind, member):
            if station_log(value):
                return None
            return f"{code} catalogue code with {_key_text(key)} ({kind})"
    return None


_AIRED = "aired"
# A key that names the PIECE's first or original airing (`firstAired`, `airDate`,
# `originalAirDate`) is a catalogue fact an episode carries in anyone's history.
_PREMIERE_WORDS = frozenset(["first", "original", "orig", "premiere", "date"])
# What a person does: watching or listening (`listenedSec`, `hoerdauer`); a station
# only "plays" (`playedSec`).
_PERSON_CLASSES = frozenset(["watched", "watching", "listened", "listen"])


@lru_cache(maxsize=8192)
def _aired_key(key: str) -> bool:
    """Whether a key names a station's on-air time (`onAirAt`, `asRunTime`,
    `trasmesso`, `in_onda`), in any language the viewing lexicon holds."""
    lexicon = load("viewing")
    words = key_words(key)
    if _PREMIERE_WORDS.intersection(words):
        return False
    if any(lexicon.word(w) == _AIRED for w in words):
        return True
    return any(cls == _AIRED for _, _, cls in lexicon.phrase_spans(words))


@lru_cache(maxsize=8192)
def _person_key(key: str) -> bool:
    classes, words = viewing_classes(key)
    return bool(_PERSON_CLASSES & classes or _PERSON_CLASSES & words)


def station_log(value: dict) -> bool:
    """A station's as-run or playout row: a key stamps when the recording went on
    air (a time, not an `onAir: true` flag a live player shows) and no key says a
    person watched or listened. What a station, venue or channel aired to everyone
    (royalty and music-use reports, playout logs) is nobody's listening."""
    aired = False
    for key, member in value.items():
        text = _key_text(key)
        if _person_key(text):
            return False
        if not aired and not isinstance(member, bool) and _aired_key(text):
            aired = isinstance(member, str | int | float) and member != ""
    return aired


@lru_cache(maxsize=8192)
def _position_ms_key(key: str) -> bool:
    return _consumption_key(key) == "position"


@structure("media_position_in_time", kind=dict, size=(1, 8), needs=(_position_ms_key,))
def media_position_in_time(value: object) -> str | None:
    """A small write holding a position in time units (`positionMs`,
    `offset_seconds`): the rule's URL names the one item (an ISBN, ISRC or ASIN
    path segment), so the position is how far into that item the user got. A
    queue, map or reading position is not in time units and does not match."""
    if not isinstance(value, dict):
        return None
    for key, member in value.items():
        text = _key_text(key)
        number = _numeric(member)
        if _position_ms_key(text) and number is not None and 0 <= number <= DAY_MS:
            if public_screen(value):
                return None  # a traffic / weather / security camera's feed
            return f"position in time units: {text}"
    return None
