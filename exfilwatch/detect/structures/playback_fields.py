"""Readers of one field (or one object) of a playback report: is this key and value a
media id, a played amount, a playhead, a playback event? Each reads key words by
class (`play_words`), so every language the lexicon holds is read the same way."""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import (
    _is_number,
    _key_text,
    _norm_key,
    _norm_text,
    _numeric,
    is_moment,
    key_words,
)
from .aggregates import average_key
from .not_playheads import ad_owned_words, online_time_key
from .playback_vocab import (
    _AD_WORDS,
    _DWELL_WORDS,
    _EPISODE_ACTIONS,
    _EVENT,
    _EVENT_KEYS,
    _ID_WORDS,
    _LOOSE_NOUNS,
    _MEDIA_NOUNS,
    _MEDIA_QUALIFIERS,
    _MIN_BOUNDED_POSITION,
    _MIN_DURATION,
    _NAME_WORDS,
    _NOT,
    _NOT_PLAYBACK,
    _NOT_WHEN_NAMED,
    _NOUN,
    _ORDINAL_WORDS,
    _PERFORMANCE_WORDS,
    _PLAY,
    _PLAY_EVENTS,
    _PLAY_UNITS,
    _PLAY_VERBS,
    _PLAYER_ONLY_EVENTS,
    _PLAYER_POSITION_QUALIFIERS,
    _PLAYER_STATES,
    _PLAYHEAD_UNITS,
    _PLAYHEAD_WORDS,
    _PROGRESS,
    _PROGRESS_WORDS,
    _QUALIFIED,
    _RANGE_RE,
    _SELF_ID_NOUNS,
    _SHOP_IDS,
    _STATE_KEYS,
    _STORY_FRAME_WORDS,
    _SURE_PROGRESS_WORDS,
    _TIME_UNITS,
    _VIEW_VERBS,
    _VISUAL_LOOSE_NOUNS,
    _WATCHED_UNITS,
    _WATCHED_VERBS,
)
from .playback_words import (
    _ALL_NOUNS,
    play_words,
)

_ISO_DURATION_RE = re.compile(
    r"PT(?=\d)(?:(\d{1,3})H)?(?:(\d{1,4})M)?(?:(\d{1,6}(?:[.,]\d{1,6})?)S)?"
)


def _iso_seconds(value: object) -> float | None:
    """An ISO 8601 time duration (`PT56M15S`, `PT1H2M`, `PT12.5S`), in seconds: how
    .NET, XML schema and OData services write a playhead. Always a time, never an
    index, so a position in this form is unambiguous."""
    if not isinstance(value, str) or not 3 <= len(value) <= 32:
        return None
    found = _ISO_DURATION_RE.fullmatch(value.upper())
    if not found or not any(found.groups()):
        return None
    hours, minutes, seconds = (float((g or "0").replace(",", ".")) for g in found.groups())
    return hours * 3600 + minutes * 60 + seconds


# A typed id whose type segment names the media (`urn:srg:video:39133626`,
# `urn:ard:episode:a1b2`, `spotify:track:4uLU6hM`): a reader of any language sees
# a video, an episode or a track, whatever the key holding it is called.
_TYPED_MEDIA_URN_RE = re.compile(
    r"(?:[a-z][a-z0-9.-]{0,20}:){1,3}"
    r"(?:video|episode|movie|film|clip|track|song|podcast|audiobook|programme|program)s?"
    r":[a-z0-9_.-]{3,64}",
    re.IGNORECASE,
)


def _typed_media_urn(value: object) -> bool:
    return isinstance(value, str) and bool(_TYPED_MEDIA_URN_RE.fullmatch(value))


def _scalar_id(value: object) -> bool:
    if isinstance(value, str):
        return 0 < len(value.strip()) <= 512
    return _is_number(value)


def _media_ref(words: tuple[str, ...], value: object) -> int:
    """2 for a media noun's id (`video_id`, bare `episode`), 1 for a loose noun's
    id (`entryId`, `content_id`), 0 otherwise."""
    if not words or not (_MEDIA_NOUNS.union(_LOOSE_NOUNS)).intersection(words):
        return 0
    strong = bool(_MEDIA_NOUNS.intersection(words))
    last = words[-1]
    if isinstance(value, dict):  # {"video": {"id": ...}}, {"icerik": {"dizi_id": ...}}
        if len(words) != 1:
            return 0
        # the id under its own key or its language's word for one (`audkenni`)
        if any(_norm_key(k) in _ID_WORDS or play_words(_key_text(k)) == ("id",) for k in value):
            return 2 if strong else 1
        inner = [
            _media_ref(play_words(_key_text(k)), v)
            for k, v in value.items()
            if not isinstance(v, dict | list)
        ]
        return 2 if 2 in inner else 0
    if not _scalar_id(value):
        return 0
    if len(words) == 1 and last in _SELF_ID_NOUNS:
        return 1
    if last in _ID_WORDS and len(words) <= 3:
        return 2 if strong or _typed_media_urn(value) else 1
    if (
        strong
        and last in _ORDINAL_WORDS
        and (len(words) == 2 or (len(words) == 3 and words[0] in _QUALIFIED))
    ):
        return 2
    if len(words) == 2 and last in _ORDINAL_WORDS and words[0] in _NUMBERED_PIECES:
        return 1  # `surahNo`, `lectureNr`: a numbered piece, read beside a played amount
    if strong and (len(words) == 1 or (last in _NAME_WORDS and len(words) == 2)):
        return 2
    return 0


# Pieces that are numbered within their work (a surah of the Quran, a lecture of a
# course): the number is the piece's id, as an episode's is.
_NUMBERED_PIECES = frozenset(["recitation", "lecture", "lesson"])
_STAMPED_DONE_VERBS = frozenset([("listened",), ("watched",)])


def _played_amount(words: tuple[str, ...], value: object) -> bool:
    """`played_seconds`, `playTimeSum`, `watch_time`, `last_listened_at`, `playhead`;
    `dinlendi: "2024-11-14T08:01"` (Turkish "listened"): a past participle alone holding a
    moment says when, as `listenedAt` does."""
    if "playhead" in words:
        return _numeric(value) is not None
    if words in _STAMPED_DONE_VERBS:
        return is_moment(value)
    if not (_PLAY_VERBS.intersection(words) and _PLAY_UNITS.intersection(words)):
        return False
    if _numeric(value) is not None:
        return True
    return isinstance(value, str) and len(value) <= 40 and any(c.isdigit() for c in value)


def _last_played(words: tuple[str, ...], value: object) -> bool:
    """`zuletztAbgespielt`, `recentlyPlayed` with a Unix time: when it was last played."""
    return (
        len(words) == 2
        and "recently" in words
        and bool(_PLAY_VERBS.intersection(words))
        and _epoch_time(value)
    )


def _epoch_time(value: object) -> bool:
    """A Unix time in seconds or milliseconds (2001..2286): a moment, not an amount."""
    number = _numeric(value)
    return number is not None and (1e9 <= number < 1e10 or 1e12 <= number < 1e13)


def _progress(words: tuple[str, ...], value: object) -> tuple[bool, bool]:
    """(is a progress field, is unambiguous). A bare integer `position` or `offset`
    also orders and pages lists: it is unambiguous only with a time unit or a
    fraction (26.4 s); `range` only in the `160..170` seconds form."""
    if words == ("range",):
        ok = isinstance(value, str) and bool(_RANGE_RE.fullmatch(value))
        return ok, ok
    if not _PROGRESS_WORDS.intersection(words) and words[-2:] != ("current", "time"):
        return False, False
    number = _numeric(value)
    if number is None:  # `PT56M15S`: a time, but only a position or progress is a playhead
        iso = bool(_PLAYHEAD_WORDS.intersection(words)) and _iso_seconds(value) is not None
        return iso, iso
    timed = bool(_TIME_UNITS.intersection(words)) or "playhead" in words
    fraction = not number.is_integer()
    unambiguous = timed or fraction or bool(_SURE_PROGRESS_WORDS.intersection(words))
    return True, unambiguous or _player_position(words)


def _player_position(words: tuple[str, ...]) -> bool:
    return (
        len(words) <= 3
        and bool({"position", "offset"}.intersection(words))
        and bool(_PLAYER_POSITION_QUALIFIERS.intersection(words))
    )


def _prefixed_event(words: tuple[str, ...]) -> bool:
    """`ms_event`, `player_evt`: an event key under an SDK's prefix."""
    return len(words) == 2 and words[-1] in ("event", "evt")


def _play_event(words: tuple[str, ...], value: object, actions: bool = False) -> bool:
    """A playback event or player state; with `actions`, an episode action
    (`skipped`, `finished`) counts too."""
    joined = _norm_text("".join(words))
    if joined in _STATE_KEYS:
        return isinstance(value, str) and _norm_text(value) in _PLAYER_STATES
    if not (joined in _EVENT_KEYS or _prefixed_event(words)) or not isinstance(value, str):
        return False
    if len(value) > 64:
        return False
    # an app names its player events in its own language (Amharic `ማጫወት`, "play";
    # `መዝሙር_ተጀመረ`, "hymn started"): the value's words are read by class too
    said = frozenset(key_words(value)).union(play_words(value))
    if _NOT_PLAYBACK.intersection(said) or _NOT_WHEN_NAMED.intersection(said):
        return False
    if actions and _EPISODE_ACTIONS.intersection(said):
        return True
    return bool(_PLAY_EVENTS.intersection(said))


def _names_media(value: object) -> bool:
    """Whether a playback event's name itself says what was played (`video_view`,
    `episode_play`, `song_played`): it names the media when the record's own id key
    (`pid`) does not."""
    said = key_words(value) if isinstance(value, str) else ()
    return bool(_MEDIA_NOUNS.intersection(said)) and not _AD_WORDS.intersection(said)


@lru_cache(maxsize=16384)
def _key_role(key: str) -> int:
    """What a key name could mean for a playback report, worked out once per
    name: most keys of a session mean nothing here and cost one cache lookup."""
    words = play_words(key)
    if not words:
        return 0
    found = set(words)
    role = _NOT if found & _NOT_PLAYBACK else 0
    if found & _NOT_WHEN_NAMED and (len(words) == 1 or words[-1] in _ID_WORDS):
        role |= _NOT
    if found & (_MEDIA_NOUNS | _LOOSE_NOUNS | _VISUAL_LOOSE_NOUNS | _SHOP_IDS):
        role |= _NOUN
    if "playhead" in found or (found & _PLAY_VERBS and found & _PLAY_UNITS):
        role |= _PLAY
    elif found & _PLAY_VERBS and "recently" in found and len(words) == 2:
        role |= _PLAY  # `zuletztAbgespielt`: "last played", read with its value
    elif words in _STAMPED_DONE_VERBS:
        role |= _PLAY  # `dinlendi` (Turkish "listened"): read with its value, a moment
    if found & _PROGRESS_WORDS or words == ("range",) or words[-2:] == ("current", "time"):
        role |= _PROGRESS
    joined = _norm_text("".join(words))
    if joined in _EVENT_KEYS or joined in _STATE_KEYS or _prefixed_event(words):
        role |= _EVENT
    if found & _VIEW_VERBS and found & _PLAY_UNITS:
        role |= _PLAY
    if role & (_PLAY | _PROGRESS) and average_key(key):
        role &= ~(_PLAY | _PROGRESS)  # `avg_listen_sec`: a chart's average, everyone's
    if role & (_PLAY | _PROGRESS) and (ad_owned_words(found) or online_time_key(key)):
        role &= ~(_PLAY | _PROGRESS)  # `positionPub`, `secondsOnline`: an ad's slot, a link's time
    return role


@lru_cache(maxsize=16384)
def _noun_or_play_key(key: str) -> bool:
    """The gate of `playback_record`: a media noun, a played amount, a performer
    (`reciterId`) or an SDK-prefixed event key (`ms_event`)."""
    if _key_role(key) & (_NOUN | _PLAY):
        return True
    words = play_words(key)
    return "artist" in words or _prefixed_event(words)


def _player_event(words: tuple[str, ...], value: object) -> bool:
    return _play_event(words, value) and bool(
        _PLAYER_ONLY_EVENTS.intersection(key_words(value))  # type: ignore[arg-type]
    )


def _named(words: tuple[str, ...], value: object) -> bool:
    """What was played named by its title text (`program: "Ana Haber"`, `titel`,
    `ml_name`) or by a bare noun holding an id (`ksiazka=9789044652`)."""
    if not words or len(words) > 2 or not isinstance(value, str | int):
        return False
    nouns = _ALL_NOUNS.intersection(words)
    if not (nouns and len(words) == 1) and words[-1] not in _NAME_WORDS:
        return False
    if isinstance(value, int):
        return bool(nouns) and value >= 1000
    text = value.strip()
    if not 2 <= len(text) <= 200:
        return False
    if " " not in text and any(c.isdigit() for c in text):
        return bool(nouns)  # an id-shaped value under a bare noun
    return any(c.isalpha() for c in text)


def _artist(words: tuple[str, ...], value: object) -> bool:
    """A performer or reciter, by id or name, or as an object holding either."""
    if "artist" not in words or len(words) > 2:
        return False
    if isinstance(value, dict):
        return bool({_norm_key(k) for k in value} & (_ID_WORDS | _NAME_WORDS))
    return _scalar_id(value)


def _position_value(words: tuple[str, ...], value: object) -> float | None:
    """A bare position (`pos`, `last_pos`, `pozycja`, `mawqi`): a playhead only
    inside a duration or beside a player event."""
    if not words or len(words) > 3 or words[-1] not in ("pos", "position"):
        return None
    if ad_owned_words(words):
        return None  # `werbePosition`: the ad's slot in the break
    if average_key("_".join(words)):
        return None  # a class's average stop position: a crowd's, not a playhead (round 211)
    return _numeric(value)


@lru_cache(maxsize=16384)
def _performance_key(key: str) -> bool:
    return bool(_PERFORMANCE_WORDS.intersection(key_words(key)))


def _replay_id(words: tuple[str, ...], value: object) -> bool:
    """A replay's own id (`replay_id`): a game's replay, which only a watched
    amount beside it makes something watched."""
    return (
        bool(_NOT_WHEN_NAMED.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and _scalar_id(value)
    )


def _collect_duration(words: tuple[str, ...], value: object, into: list[float]) -> None:
    """`duration`, `duree`, `durasi_detik`, `thoi_luong`: how long the piece runs."""
    if (
        not words
        or len(words) > 3
        or not (
            "duration" in words
            or words[-1] == "dur"
            or ("total" in words and _TIME_UNITS.intersection(words))
        )
    ):
        return
    number = _numeric(value)
    if number is not None and number >= _MIN_DURATION:
        into.append(float(number))


def _within_duration(positions: list[float], durations: list[float]) -> bool:
    return any(max(_MIN_BOUNDED_POSITION, d / 200) <= p < d for p in positions for d in durations)


def _dwell_time(key: object, value: object) -> bool:
    """`dwellMs`, `dwell_time`: how long an item stayed on screen, as a number."""
    words = play_words(_key_text(key))
    if not _DWELL_WORDS.intersection(words) or _numeric(value) is None:
        return False
    return bool(_TIME_UNITS.intersection(words) or "time" in words)


def _playheads_listed(value: object) -> bool:
    """A batch of player events, each at a playhead (`"events": [{"evt": "play",
    "pos_s": 2286}, ...]`), sent beside the media they belong to: playback stats
    SDKs name the title once per batch, not once per event. A list of chapters or
    markers has positions but no player events."""
    if not isinstance(value, list) or not 0 < len(value) <= 500:
        return False
    played = 0
    for entry in value:
        if not isinstance(entry, dict) or len(entry) > 40:
            return False
        words = [(play_words(_key_text(k)), v) for k, v in entry.items()]
        played += any(_playhead(w, v) for w, v in words) and any(
            _play_event(w, v, actions=True) for w, v in words
        )
    return played >= len(value) * 0.8


def _counts_frames(value: dict) -> bool:
    """A count of a story's frames seen (`snaps_seen`, `slidesViewed`)."""
    return any(
        _STORY_FRAME_WORDS.intersection(key_words(_key_text(k))) and _numeric(v) is not None
        for k, v in value.items()
    )


def _story_ref(words: tuple[str, ...], value: object) -> bool:
    """`story_id`, `snapId`: the id of a story or snap (not the bare noun, which
    can be a headline)."""
    return (
        bool(_VISUAL_LOOSE_NOUNS.intersection(words))
        and len(words) <= 3
        and words[-1] in _ID_WORDS
        and _scalar_id(value)
    )


def _entry_says_watched(key: str, value: object) -> bool:
    """A media noun's id (`videoId`, bare `episode`) or a watched amount (`watched_s`,
    `listenSeconds`) in one entry of a viewing list."""
    words = key_words(key)
    if _media_ref(words, value) == 2:
        return True
    number = _numeric(value)
    if number is None or not 0 <= number < 1e8:  # an amount, not an epoch time
        return False
    words = play_words(key)
    return bool(
        _WATCHED_VERBS.intersection(words)
        and _WATCHED_UNITS.intersection(words)
        and not _NOT_PLAYBACK.intersection(words)
    )


def _playhead(words: tuple[str, ...], value: object) -> bool:
    """A playhead (`playhead`, `position_s`, `currentTimeMs`, `mediaOffsetMs`) with
    a number: the unit or the word `playhead` rules out list orders and pages. An
    ISO 8601 duration (`PT56M15S`) is a time whatever the key says."""
    if _numeric(value) is None:
        return _iso_seconds(value) is not None and bool(_PLAYHEAD_WORDS.intersection(words))
    if "playhead" in words:
        return True
    if "current" in words and "time" in words:
        return True
    if not _PLAYHEAD_UNITS.intersection(words):
        return False
    if _PLAYHEAD_WORDS.intersection(words):
        return True
    return "offset" in words and bool(_MEDIA_QUALIFIERS.intersection(words))
