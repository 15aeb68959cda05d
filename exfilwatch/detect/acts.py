"""What act a viewing finding records: a person watching or listening for themselves,
or reading, or working on media.

Viewing history is what a person watched or listened to. Two other acts send its
shapes (a media id, a playhead in seconds, a slow-motion rate, a position and a
progress) and are not it:

- working on media: an editor's timeline (a DAW project's clips moved, markers and
  fades), a reviewer's or an assessor's tool state on footage assigned to him (a
  referee assessor's playhead, slow motion and frame steps on another team's match),
  an annotator's, a grader's or a moderator's marks. The positions are marks of the
  work, not the worker's viewing;
- watching a screener (round 49): an advance copy a distributor sends the trade (an
  exhibitor's programmer booking films), named in keys, URL segments or a host label
  (`screeners.<distributor>`); like work, it yields to the person's own watching named;
- reading: an e-book's, a comic's or an article's place is a chapter, a fraction or a
  page of text. A book whose place is a TIME (`positionMs`) or that names listening
  (an audiobook, a narrator) is being listened to, and stays viewing history.

Watching a site's cameras (round 52) is a job too: monitoring. A guard's bookmark at 819 s
into a camera's recording is the site's footage reviewed, not media chosen to watch. It is
read where the words say surveillance (`videovigilancia`, `overvaking`, `cctv footage`), and
where the URL path names a camera (`cameras`, an id such as `CAM-APR-055`) beside its
recordings (`recordings`, `aufnahmen`, `zaznamy`); a camera angle of a match names no
recordings and stays viewing. An NVR or a cloud VMS names no camera at all (round 202): it
replays a recording by a numbered channel and a wall-clock start (`{"canal": 4, "desde":
"2024-12-02T11:00:56Z"}` at `/grabaciones/reproducir`), with no recording id and no title;
a household recorder's recording is asked by its id or on a channel's slug, and stays.

A third is browsing: a "recently viewed" list whose rows are timed by a dwell (how long
a page stayed open, `verweildauer_sek`) and name no media is pages looked at (a ticket
shop's concerts), whatever verb the list uses (German `angesehen` is said of pages as
of films); a short video's dwell beside its clip id stays a watched time.

One veto, honoured by every viewing rule (`subjects.CATEGORY_VETOES`), drops a finding
whose exchange names one of these acts; a rule file never repeats it. The act is read
nearest first, and the first step that names one decides:

0. a URL path naming a review-and-approval workflow (`/review_links/<id>/activity`, a
   proof, an approval round, dailies) decides work before anything else: a client's
   playback of a cut sent for approval is work on the cut even where its rows say
   `asset.viewed` (round 46);
1. the words of the data's own key and of every key that encloses it;
2. the keys and kind values (`op`, `role`, `type`: `role: reviewer`) of the data's own
   record, a few levels down, not into lists, then of each object that encloses it,
   then the query string;
3. the URL path's segments, last first (`/assessments/<clip>/review-state`), ids and
   long slugs skipped (a film may be called "The Reader").

The person's own watching or listening (`watchedAt`, `gehoert`, the `viewing`
lexicon's classes) named at a step stops the search as viewing, so a film diary's
review beside its `watchedAt` stays: a wrongly kept finding costs less than a
person's viewing lost. Playing a video game (trophies, achievements, a game session's
play time) is read like work: a game played is not media watched. The words are data:
`lexicon/act.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..decode import Node
from .lexicon import load
from .listings import everyones_listing
from .node_tree import NodeTree
from .playouts import aired_row, screen_playout, station_broadcast, station_playout, venue_playout
from .screen_checks import plays_test_signal
from .structures._common import key_words
from .structures.playback_vocab import _LOOSE_NOUNS, _MEDIA_NOUNS
from .structures.playback_words import play_words
from .unit_owners import host_is_operations_console

if TYPE_CHECKING:
    from .subjects import SubjectReader

__all__ = [
    "APPROVAL", "DWELL", "GAME", "OWN", "READING", "WORK", "ActReader", "not_own_viewing",
    "text_acts",
]  # fmt: skip

APPROVAL = "approval"
DWELL = "dwell"
GAME = "game"
OWN = "own"
READING = "reading"
WORK = "work"
# Watching a screener: an advance copy sent to the trade (round 49), a job like `work`.
SCREENER = "screener"
# Watching a site's cameras (round 52): monitoring, a job like `work`.
SURVEILLANCE = "surveillance"
# A camera's recordings, read only beside a camera named in the same URL path.
FOOTAGE = "footage"
_CAMERA = "camera"
_DECIDING_ORDER = (OWN, WORK, SCREENER, SURVEILLANCE, GAME, READING)
_NOT_VIEWING = frozenset([WORK, SCREENER, SURVEILLANCE, GAME])
# The person's own watching or listening, as `play_words` reads a key in any language
# the viewing lexicon holds (`gehoert` -> listened, `izlenen` -> watched).
_OWN_WORDS = frozenset(
    ["watch", "watched", "watching", "listen", "listened", "listening", "heard", "viewed"]
)
# What says a book is listened to: the listening words, an audiobook, a narrator.
_LISTENING_WORDS = _OWN_WORDS - {"watch", "watched", "watching", "viewed"} | frozenset(
    ["audiobook", "audiobooks", "podcast", "audio", "narrator", "narration", "narrated"]
)
# What a URL path says of a watching endpoint (a book is never watched).
_WATCHING_WORDS = frozenset(["watch", "watching"])
# A place measured in time (`positionMs`, `offset_sec`, `PositionTicks`): a playhead.
_PLACE_WORDS = frozenset(
    ["position", "progress", "offset", "playhead", "elapsed", "resume", "bookmark", "timecode"]
)
_TIME_UNITS = frozenset(["ms", "millis", "sec", "secs", "seconds", "s", "minutes", "mins", "ticks"])
_PLAYER_TIME_QUALIFIERS = frozenset(["current", "play", "playback", "media", "video", "audio"])
# Fields whose short value says what the record is or who made it (`op: annotate`).
_KIND_WORDS = frozenset(
    ["op", "operation", "action", "type", "kind", "mode", "activity", "task", "role", "purpose",
     "context"]
)  # fmt: skip
_LONGEST_KIND_VALUE = 64
_RECORD_DEPTH = 3
_URL_SEGMENT = "path["
_LONGEST_SEGMENT_WORDS = 3
_LONGEST_CAMERA_SEGMENT = 40


@lru_cache(maxsize=8192)
def text_acts(text: str) -> frozenset[str]:
    """The acts a key, a kind value or a path segment names. Act words are read as
    listed, by a listed stem or phrase, never by romanisation skeleton (short words
    have look-alikes); the person's own watching is read as the viewing detectors
    read it, in every language of the `viewing` lexicon."""
    found = set(load("act").classes_of(key_words(text)))
    if _OWN_WORDS.intersection(play_words(text)) and SCREENER not in found:
        found.add(OWN)  # a screener's phrase (`lien de visionnage`) holds a viewing word
    return frozenset(found)


def _decide(acts: set[str] | frozenset[str]) -> str | None:
    """The act a step names: the person's own viewing first, then work, then reading."""
    return next((act for act in _DECIDING_ORDER if act in acts), None)


def _kind_value(node: Node) -> str | None:
    """A short value under a field that says what its record is (`op: annotate`)."""
    value = node.value
    if not isinstance(value, str) or len(value) > _LONGEST_KIND_VALUE:
        return None
    return value if _KIND_WORDS.intersection(key_words(node.key)) else None


class ActReader(NodeTree):
    """The act around each node of one decoded exchange, read on demand (only viewing
    findings ask)."""

    def __init__(self, nodes: Sequence[Node]) -> None:
        super().__init__(nodes)
        self._memo: dict[int, str | None] = {}
        self._listened: bool | None = None
        self._approval: bool | None = None
        self._footage: bool | None = None

    def act(self, index: int) -> str | None:
        if index not in self._memo:
            self._memo[index] = self._key_act(index) or self._record_act(index) or self._url_act()
        return self._memo[index]

    def vetoes(self, index: int) -> bool:
        """Whether the data at `index` is work on media (an approval round's playback
        included), a game played, reading or pages browsed."""
        if self._pages_browsed(index) or self._approval_workflow():
            return True
        act = self.act(index)
        if act != OWN and self._camera_footage():
            return True
        if act in _NOT_VIEWING:
            return True
        return act == READING and not self._listened_or_timed() and not self._watching_path()

    def _pages_browsed(self, index: int) -> bool:
        """A "recently viewed" list whose every row's time is a dwell time and whose
        rows name no media (a ticket shop's concert pages): pages looked at."""
        node = self.nodes[index]
        value = node.value
        if not isinstance(value, dict | list) and node.parent >= 0:
            value = self.nodes[node.parent].value
        rows = _rows(value)
        return bool(rows) and all(_dwell_row(row) for row in rows)

    def _key_act(self, index: int) -> str | None:
        for i in self.chain(index):
            node = self.nodes[i]
            if node.key and not node.path.startswith(_URL_SEGMENT):
                found = _decide(text_acts(node.key))
                if found:
                    return found
        return None

    def _members_act(self, members: list[int]) -> str | None:
        """The act an object's members name together: their keys and kind values."""
        acts: set[str] = set()
        for i in members:
            node = self.nodes[i]
            if not node.key:
                continue
            acts |= text_acts(node.key)
            kind = _kind_value(node)
            if kind:
                acts |= text_acts(kind)
        return _decide(acts)

    def _record_act(self, index: int) -> str | None:
        level = [index]
        for _ in range(_RECORD_DEPTH):
            level = [
                c
                for i in level
                for c in self.children_of(i)
                if not isinstance(self.nodes[c].value, list)
            ]
            found = self._members_act(level)
            if found:
                return found
        for i in list(self.chain(index))[1:]:
            scalars = [
                c for c in self.children_of(i) if not isinstance(self.nodes[c].value, dict | list)
            ]
            found = self._members_act(scalars)
            if found:
                return found
        query = next((i for i, n in enumerate(self.nodes) if n.path == "query"), None)
        return self._members_act(self.children_of(query)) if query is not None else None

    def _segments(self) -> list[str]:
        return [
            n.value
            for n in self.nodes
            if n.parent < 0 and n.path.startswith(_URL_SEGMENT) and isinstance(n.value, str)
        ]

    def _approval_workflow(self) -> bool:
        """Whether a URL segment (not an id, not a title's slug) names a review-and-
        approval workflow (`review_links`, `approvals`, `proofs`, `dailies`)."""
        if self._approval is None:
            self._approval = any(APPROVAL in text_acts(s) for s in self._short_segments())
        return self._approval

    def _camera_footage(self) -> bool:
        """Whether the URL path names a camera (`cameras`, or an id such as `CAM-APR-055`)
        and its recordings (`recordings`, `aufnahmen`, `zaznamy`): a site's footage, played
        back by whoever monitors the site (round 52)."""
        if self._footage is None:
            segments = self._segments()
            footage = any(FOOTAGE in text_acts(s) for s in segments)
            self._footage = footage and (
                any(_CAMERA in play_words(s) for s in segments if len(s) <= _LONGEST_CAMERA_SEGMENT)
                or any(_channel_window(n.value) for n in self.nodes if isinstance(n.value, dict))
            )
        return self._footage

    def _short_segments(self) -> list[str]:
        """The path's segments that say what the endpoint does, last first: ids and
        titles' slugs left out (a film may be called "The Reader")."""
        return [
            segment
            for segment in reversed(self._segments())
            if not any(c.isdigit() for c in segment)
            and len(key_words(segment)) <= _LONGEST_SEGMENT_WORDS
        ]

    def _url_act(self) -> str | None:
        for segment in self._short_segments():
            found = _decide(text_acts(segment))
            if found:
                return found
        return None

    def _watching_path(self) -> bool:
        """Whether a URL path segment says watching (`/historico-visualizacao`, `/watch-
        history`): a Portuguese `novela` is a telenovela watched, not a novel read (round
        243, set 245). A bare `viewed` or `seen` stays out: a shop's recently seen books."""
        return any(_WATCHING_WORDS.intersection(play_words(s)) for s in self._segments())

    def _listened_or_timed(self) -> bool:
        """Whether the exchange names listening or measures a place in time anywhere
        (an audiobook's `positionMs`, `/audiobooks/` in its path)."""
        if self._listened is None:
            texts = [n.key for n in self.nodes if n.key and not n.path.startswith(_URL_SEGMENT)]
            texts += self._segments()
            self._listened = any(_listened_or_timed_text(t) for t in texts)
        return self._listened


# A wall-clock time as a recording window's start: an ISO date-time, or epoch seconds or ms.
_WALL_CLOCK = re.compile(r"^(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?\S*|1\d{9}(?:\d{3})?)$")
_CHANNEL = "channel"
_LONGEST_CAMERA_CHANNEL = 256


def _channel_window(record: dict) -> bool:
    """A recording asked by a numbered channel and a wall-clock start (`{"canal": 4,
    "desde": "2024-12-02T11:00:56Z", "duracionSeg": 600}`), naming no recording id and
    no media: an NVR's or a cloud VMS's replay of a camera's footage (round 202). A
    household recorder's recordings are asked by their id or their programme."""
    channel = start = False
    for key, value in record.items():
        if not isinstance(key, str):
            continue
        words = play_words(key)
        if _CHANNEL in words:
            if isinstance(value, bool) or not isinstance(value, int | str):
                return False
            if not str(value).isdigit() or not 0 < int(value) <= _LONGEST_CAMERA_CHANNEL:
                return False  # a TV channel's slug (`bbc-one`)
            channel = True
        elif _MEDIA_WORDS.intersection(words) or "id" in words:
            return False  # a recording's id, a programme, a title: a household's recording
        elif "span_start" in text_acts(key) and _WALL_CLOCK.match(str(value)):
            start = True
    return channel and start


@lru_cache(maxsize=8192)
def _listened_or_timed_text(text: str) -> bool:
    words = frozenset(play_words(text))
    if _LISTENING_WORDS & words:
        return True
    if "time" in words and _PLAYER_TIME_QUALIFIERS & words:
        return True  # HTML5 media's `currentTime`, a `playbackTime`: a playhead
    return bool(_PLACE_WORDS & words) and bool(_TIME_UNITS & words)


_MAX_ROWS = 8
# What a row names when it is media (`clipId` beside `dwellMs` in a short-video feed):
# the playback detectors' media nouns, and the viewing lexicon's classes for them.
_MEDIA_WORDS = _MEDIA_NOUNS | _LOOSE_NOUNS | frozenset(
    ["film", "song", "track", "programme", "series", "season", "album", "drama", "lecture",
     "recitation", "radio_station", "audiobook", "podcast", "channel", "show", "media"]
)  # fmt: skip


def _rows(value: object) -> list[dict]:
    """The rows a finding's value holds: a list's objects, an object's listed objects,
    or the object itself."""
    if isinstance(value, list):
        return [row for row in value[:_MAX_ROWS] if isinstance(row, dict)]
    if not isinstance(value, dict):
        return []
    listed = [row for item in value.values() if isinstance(item, list) for row in _rows(item)]
    return listed or [value]


def _dwell_row(row: dict) -> bool:
    """A row timed by a dwell (`verweildauer_sek`) that names no media."""
    dwell = False
    for key in row:
        if not isinstance(key, str):
            continue
        if _MEDIA_WORDS.intersection(play_words(key)):
            return False
        dwell = dwell or DWELL in text_acts(key)
    return dwell


_READERS: WeakKeyDictionary[SubjectReader, ActReader] = WeakKeyDictionary()


def not_own_viewing(reader: SubjectReader, index: int) -> bool:
    """True when the data at `index` records work on media or reading, so no one's
    viewing history (the per-exchange `ActReader` rides on the exchange's reader). A
    site's operations console (`vms.<mall>`: a CCTV operator's review of camera feeds,
    round 44) records the site's monitoring, not media a person chose to watch."""
    if host_is_operations_console(reader.host):
        return True
    if station_playout(reader.nodes, index):
        return True  # a station's playout read back by anyone (playouts.py)
    if screen_playout(reader.nodes, reader.host):
        return True  # a waiting room's or a shop's screen reporting its plays (playouts.py)
    if venue_playout(reader.nodes, index):
        return True  # a business's hall, store or zone: what it plays there (playouts.py)
    if plays_test_signal(reader.nodes, index):
        return True  # a test pattern or demo loop checking a screen (screen_checks.py)
    if station_broadcast(reader.nodes) or aired_row(reader.nodes, index):
        return True  # a station's playout publishing what it airs (playouts.py, round 154)
    if everyones_listing(reader.nodes, index):
        return True  # a most-watched ranking or a broadcast schedule (listings.py)
    acts = _READERS.get(reader)
    if acts is None:
        acts = _READERS[reader] = ActReader(reader.nodes)
    if _host_names_screeners(reader.host) and acts.act(index) != OWN:
        return True  # a screener portal's own host, no own watching named (round 49)
    return acts.vetoes(index)


@lru_cache(maxsize=1024)
def _host_names_screeners(host: str) -> bool:
    """A host label below the registered name that names screeners
    (`screeners.<distributor>`): a portal of advance copies for the trade. The registered
    name itself (`<brand>.<tld>`) is a company's, and says nothing of the act."""
    labels = host.lower().split(".")[:-2]
    return any(SCREENER in text_acts(label) for label in labels)
