"""Playback reports of any player SDK: a media id with a played amount, a
playhead or a playback event, in any naming style."""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import (
    DAY_MS,
    _key_text,
    _numeric,
    key_word_set,
    structure,
)
from .aggregates import audience_aggregate
from .heartbeats import player_heartbeat
from .playback_edits import edits_media
from .playback_fields import (
    _artist,
    _collect_duration,
    _counts_frames,
    _dwell_time,
    _epoch_time,
    _iso_seconds,
    _key_role,
    _last_played,
    _media_ref,
    _named,
    _names_media,
    _noun_or_play_key,
    _performance_key,
    _play_event,
    _played_amount,
    _player_event,
    _playhead,
    _playheads_listed,
    _position_value,
    _progress,
    _replay_id,
    _scalar_id,
    _story_ref,
    _within_duration,
)
from .playback_vocab import (
    _EVENT,
    _GAME_PLAY_VERBS,
    _MIN_BOUNDED_POSITION,
    _NOT,
    _NOUN,
    _PLAY,
    _PLAY_VERBS,
    _PLAYED_ONLY_NOUNS,
    _PROGRESS,
    _REPLAY_COUNT_KEYS,
    _TIME_UNITS,
    _VIEW_TIME_WORDS,
    _VIEW_VERBS,
    _WATCHED_VERBS,
)
from .playback_words import (
    play_words,
    priced_record,
)
from .public_screens import public_screen
from .viewing_lists import media_entries, viewing_list

__all__ = [
    "_iso_seconds",
    "media_entries",
    "play_words",
    "playback_record",
    "player_heartbeat",
    "viewing_list",
]


# A smartwatch says `watch` of itself: its battery, clock, drift or firmware.
_WRISTWATCH_WORDS = frozenset(["battery", "clock", "drift", "firmware", "strap", "wrist"])


def _wristwatch(value: dict) -> bool:
    """A key naming the wristwatch itself (`watch_battery`, `watch_clock_offset_ms`)."""
    for key in value:
        words = play_words(_key_text(key))
        if "watch" in words and _WRISTWATCH_WORDS.intersection(words):
            return True
    return False


# A progress object nested under the record (`"tien_do_nghe": {"chuong": 21,
# "giay_da_nghe": 915}`, Vietnamese "listening progress": chapter, seconds
# listened): its members are the record's own, beside the book or episode it names.
_NESTED_MEMBERS = 12
_NESTED_PROGRESS = frozenset(["progress", "position", "playback"])


# What is listened to, named by its title (`track: "Kult - Arahja"`): beside a
# played time (`ms_played`, Spotify's own name for a play's listened milliseconds),
# "played" is a listening, not a game's play (a game names a level or a map).
_HEARD_NOUNS = frozenset(["track", "song", "episode", "podcast", "audiobook"])


# A bare verb key (`listened`, `watched`, `prosmotreno`) holding a time amount, and
# a finished flag (`completed`, `zakonczono`, `terminado`) beside a media id: one
# progress report (`episode=838487&listened=124&completed=false`). A count says so
# (`listens`, `plays`); a flag alone or a percentage alone is not an amount.
_BARE_AMOUNT_VERBS = frozenset([("listened",), ("watched",)])
_DONE_WORDS = frozenset([("completed",), ("complete",), ("finished",), ("done",)])
_FLAG_TEXTS = frozenset(["true", "false", "0", "1", "yes", "no"])


def _bare_amount(words: tuple[str, ...], value: object) -> bool:
    number = None if isinstance(value, bool) else _numeric(value)
    return words in _BARE_AMOUNT_VERBS and number is not None and 0 < number <= DAY_MS


def _done_flag(words: tuple[str, ...], value: object) -> bool:
    if words not in _DONE_WORDS:
        return False
    return isinstance(value, bool) or (
        isinstance(value, str | int) and str(value).lower() in _FLAG_TEXTS
    )


_ISO_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _stamped(value: dict) -> bool:
    """Whether a record holds a moment (a Unix time or an ISO date-time): one play,
    when it ended. A chart's or a game lap's played time has no such moment."""
    return any(
        _epoch_time(v) or (isinstance(v, str) and bool(_ISO_TIME_RE.match(v)))
        for v in value.values()
    )


# A title's own markers (`intro_position`, `credits_start_s`, `tamnaeng_intro`): where
# its intro, recap or credits sit, sent with the catalogue entry for a skip button.
_MARKER_WORDS = frozenset(
    ["intro", "outro", "credits", "credit", "recap", "opening", "ending", "marker", "markers"]
)


@lru_cache(maxsize=16384)
def _marker_key(key: str) -> bool:
    """A key naming a marker in the title (`intro_end_s`, `credits_start`)."""
    words = key_word_set(key)
    return bool(words & _MARKER_WORDS) and len(words) > 1


def _progress_key(key: str) -> bool:
    """A key that says only how far playback got: a progress or position word with a
    watching / listening / playing verb (`listen_progress`, `tien_do_nghe`), and no
    other word (`transcription_progress`, `upload_progress` are a job's)."""
    words = set(play_words(key))
    return (
        bool(words & _PLAY_VERBS)
        and bool(words & _NESTED_PROGRESS)
        and words <= _PLAY_VERBS | _NESTED_PROGRESS
    )


def _with_progress_members(value: dict) -> list[tuple[object, object]]:
    """`value`'s items, with those of a small object held under a progress or
    played-amount key (`listen_progress`, `tien_do_nghe`) read as its own."""
    items = list(value.items())
    for key, member in value.items():
        if (
            isinstance(member, dict)
            and 0 < len(member) <= _NESTED_MEMBERS
            and _progress_key(_key_text(key))
            and not any(isinstance(v, dict | list) for v in member.values())
        ):
            items.extend(member.items())
    return items


@structure("playback_record", kind=dict, size=(2, 60), needs=(_noun_or_play_key,))
def playback_record(value: object) -> str | None:
    """An object (JSON, query string or form) that reports playing a piece of
    media: a media id with a played amount, a media id with a playhead position
    or a playback event, or a timed position beside a listened/watched field.
    Objects about uploads, downloads, previews, playlists or games never match."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 60:
        return None
    if not any(_noun_or_play_key(_key_text(k)) for k in value):
        return None  # the cheap exit taken by almost every object
    roles = [(_key_role(_key_text(k)), k, v) for k, v in _with_progress_members(value)]
    if edits_media(value):
        return None  # an editor's timeline or an export: making media, not watching it
    if audience_aggregate(value):
        return None  # a channel's dashboard: a crowd's watch time, shares and curves
    if public_screen(value):
        return None  # signage, a kiosk or playout: a schedule played, nobody's viewing
    if priced_record(value):
        return None  # a product, flat or job seen (a price, SKU, rent, salary)
    if _wristwatch(value):
        return None  # a smartwatch's clock offset or battery: "watch" the device
    ref = played = listened = progress = sure_progress = event = timed_position = viewed = 0
    action = story = timed_view = shop = timecode = media_event = played_only_ref = 0
    last_played = heard = bare_amount = done_flag = 0
    playhead = dwell = batched = replay = scored = artist = watched = named = player_ev = (
        cid_ref
    ) = live_ref = 0
    replay_at = 0.0
    positions: list[float] = []
    durations: list[float] = []
    for role, key, item in roles:
        if _marker_key(_key_text(key)):
            continue  # where the intro or the credits start: the catalogue's, not a playhead
        if not role:
            dwell = dwell or _dwell_time(key, item)
            batched = batched or _playheads_listed(item)
            scored = scored or _performance_key(_key_text(key))
            words = play_words(_key_text(key))
            artist = artist or _artist(words, item)
            title = _named(words, item)
            named = named or title
            heard = heard or (title and bool(_HEARD_NOUNS.intersection(words)))
            bare_amount = bare_amount or _bare_amount(words, item)
            done_flag = done_flag or _done_flag(words, item)
            replay_at = max(replay_at, _replay_position(words, item) or 0.0)
            _collect_duration(words, item, durations)
            if (position := _position_value(words, item)) is not None:
                positions.append(position)
            continue
        words = play_words(key if isinstance(key, str) else str(key))
        if not role & _PLAY:
            _collect_duration(words, item, durations)
        if role & _NOT:
            if words in _REPLAY_COUNT_KEYS and _numeric(item) is not None:
                continue
            if _replay_id(words, item):
                replay = 1
                continue
            return None
        if role & _NOUN:
            live_ref = live_ref or (words == ("live",) and _live_id(item))
            found = _media_ref(words, item)
            if found == 1 and _PLAYED_ONLY_NOUNS.intersection(words):
                played_only_ref = 1
            elif words == ("cid",):
                cid_ref = found  # a client or campaign id too: only beside a player event
            else:
                ref = max(ref, found)
            title = not found and _named(words, item)
            named = named or title
            heard = heard or (title and bool(_HEARD_NOUNS.intersection(words)))
            story = story or _story_ref(words, item)
            shop = shop or (words == ("asin",) and _scalar_id(item))
        if role & _PLAY and _VIEW_VERBS.intersection(words) and not _PLAY_VERBS.intersection(words):
            viewed += _numeric(item) is not None
            timed_view += _numeric(item) is not None and bool(_VIEW_TIME_WORDS.intersection(words))
        elif role & _PLAY and _last_played(words, item):
            last_played = 1
        elif role & _PLAY and _played_amount(words, item):
            played += 1
            # `lastPlayBackPosition`: "play back" is playback, not a game's play
            listened += not _GAME_PLAY_VERBS.intersection(words) or "back" in words
            watched += bool(_WATCHED_VERBS.intersection(words))
        elif role & _PLAY:
            # a bare `listened` / `watched` holding a number, not a moment: the amount
            # heard, read as before round 45 made such a key a moment's too
            bare_amount = bare_amount or _bare_amount(words, item)
        if role & _PROGRESS:
            is_progress, sure = _progress(words, item)
            if sure and _numeric(item) == 0:
                # a position of 0 (`start_position: 0`, `startAt: 0`, `inicio: 0`) is
                # where a player starts, sent with a trailer's or any item's metadata:
                # nobody's playhead (round 211)
                sure = False
            if is_progress and "position" in words and _numeric(item) is not None:
                positions.append(float(_numeric(item) or 0))
            progress += is_progress
            sure_progress += sure
            timed_position += is_progress and (
                bool(_TIME_UNITS.intersection(words)) or _iso_seconds(item) is not None
            )
            playhead += is_progress and _playhead(words, item)
            timecode += is_progress and "timecode" in words and _numeric(item) is not None
        if role & _EVENT:
            is_event = _play_event(words, item)
            event += is_event
            action += is_event or _play_event(words, item, actions=True)
            media_event = media_event or (is_event and _names_media(item))
            player_ev += is_event and _player_event(words, item)
    if live_ref and event and replay_at >= _MIN_BOUNDED_POSITION:
        return "a live stream's replay at a playhead, with a player event"
    if replay:  # a game's replay, unless it was watched (`replay_id` + `watch_seconds`)
        return "replay watched, with the time watched" if watched else None
    if scored and not listened:
        return None  # a scored performance (karaoke, rhythm game), not a listening
    what = "media id" if ref == 2 else "content id"
    if artist and played:
        return "recording by a named artist with a played amount"
    if ref and _within_duration(positions, durations):
        return f"{what} with a playhead within its duration"
    if named and (event or listened) and _within_duration(positions, durations):
        return "title with a playback event and a playhead within its duration"
    if named and played and listened:
        return "title with a watched or listened amount"
    if named and played and event:
        # `play_duration` alone may be a game's; a playback event (`play_end`) beside a
        # title (`content_title`) says a piece of media was played that long
        return "title with a played amount and a playback event"
    if ref == 2 and bare_amount and done_flag:
        return f"{what} with the amount heard or watched and whether it was finished"
    if heard and played and _stamped(value):
        return "song or episode named by its title with the time it was played"
    if artist and playhead:
        return "recording by a named performer at a playhead"
    if (ref or cid_ref) and player_ev and any(p >= _MIN_BOUNDED_POSITION for p in positions):
        return f"{what} with a player event at a position"
    if (ref or played_only_ref) and played:
        return f"{what} with a played amount"
    if ref == 2 and last_played:
        return f"{what} with when it was last played"
    if ref == 2 and dwell:
        return "media id with the time it stayed on screen"
    if ref == 2 and batched:
        return "media id with a batch of player events at their playheads"
    if played_only_ref and playhead and not ref:
        return "content id with a playhead"
    if media_event and (played or ref):
        return "video or episode playback event with a played amount or a content id"
    if ref == 2 and (sure_progress or event or viewed or action):
        return f"{what} with a playback {'position' if sure_progress else 'event'}"
    if ref == 1 and ((event and progress) or playhead):
        return f"{what} with a playback event and position"
    if listened and timed_position:
        return "playback position with a listened or watched time"
    if shop and event and (timecode or playhead):
        return "title id with a playback event and timecode"
    if story and timed_view and _counts_frames(value):
        return "story watched, with its view time"
    return None


_REPLAY_PLAYHEAD_WORDS = frozenset([("pos",), ("position",), ("progress",)])


def _replay_position(words: tuple[str, ...], value: object) -> float | None:
    """Where in a replay playback stands (`replay_pos`), or None."""
    if len(words) != 2 or words[0] not in ("replay", "replays"):
        return None
    if words[1:] not in _REPLAY_PLAYHEAD_WORDS:
        return None
    return _numeric(value)


def _live_id(value: object) -> bool:
    """`live=LV875422`: a live broadcast named by its id. Its replay is the broadcast
    recorded and watched again, where a game's replay names a match, not a live."""
    return isinstance(value, str) and _scalar_id(value) and any(c.isdigit() for c in value)
