"""Round 40 (viewing history precision, sets 104 and 108).

- Set 104: a sound engineer's DAW synced her project's edits (a clip moved to a position
  in seconds with its offset, a marker, a fade) beside `edited_at`: making media, not
  watching it.
- Set 108: a referee assessor's review tool saved its state on another team's match
  clip (a playhead, slow motion, frame steps) under `/assessments/<clip>/review-state`:
  his work on the footage, not his viewing history; and an e-book app synced a reading
  position (a chapter and a fraction): reading is not watching or listening.

One veto, honoured by every viewing rule (`detect/acts.py`, words in
`lexicon/act.yaml`), drops a finding whose exchange names work on media (editing,
reviewing, assessing, annotating, grading, moderating, subtitling) or reading, nearest
first: the data's keys, its record's keys and kind values (`role: reviewer`), the URL
path. The person's own watching or listening named at the same step keeps it, and a
book whose place is a time (an audiobook's `positionMs`) or that names a narrator is
listened to and stays.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.acts import OWN, READING, WORK, text_acts
from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round110_view_precision.jsonl"
)


def _viewing(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def _negatives() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:60])
def test_work_on_media_and_reading_are_no_ones_viewing(engine: Engine, example: dict) -> None:
    assert not _viewing(engine, example), example["note"]


OWN_WATCHING_BESIDE_WORK_AND_BOOK_WORDS = [
    pytest.param(
        {
            "url": "https://api.example-filmlog.com/v1/me/reviews",
            "json": {
                "film_id": "f-2231",
                "watched_seconds": 5400,
                "watched_at": "2026-05-01T21:30:00Z",
                "review": "slow start, great ending",
            },
        },
        id="film-diary-review-beside-the-watched-time",
    ),
    pytest.param(
        {
            "url": "https://api.example-hoerbuch.de/v1/books/b-5521/progress",
            "method": "PUT",
            "json": {"positionMs": 3600500, "chapter": 4},
        },
        id="audiobook-place-in-time-on-a-books-path",
    ),
    pytest.param(
        {
            "url": "https://api.example-audiolib.com/v1/books/bk-12/position",
            "method": "PUT",
            "json": {"position": 0.4, "narrator": "J. Smith"},
        },
        id="narrated-book-fractional-place",
    ),
    pytest.param(
        {
            "url": "https://api.example-fanclub.gr/v1/replays/m-77/progress",
            "method": "PUT",
            "json": {"matchId": "m-77", "watchedSec": 2400, "positionSec": 2400, "rate": 0.5},
        },
        id="fan-replay-in-slow-motion-with-time-watched",
    ),
    pytest.param(
        {
            "url": "https://api.example-tv.com/v1/titles/the-film-editor-2019/progress",
            "method": "PUT",
            "json": {"position": 733},
        },
        id="a-title-slug-naming-an-editor",
    ),
    pytest.param(
        {
            "url": "https://api.example-approve.com/v1/reviews/r-7/sync",
            "json": {"episodeId": "ep-0a9", "positionSec": 312.4, "gesehen_sek": 300},
        },
        id="german-watched-seconds-beside-a-review-path",
    ),
    pytest.param(
        {
            "url": "https://api.example-shorts.com/v1/me/recently-viewed",
            "json": {
                "viewed": [
                    {"clipId": "c-10", "viewedAt": "2026-05-02T10:00:00Z", "dwellMs": 31000},
                    {"clipId": "c-11", "viewedAt": "2026-05-02T10:02:00Z", "dwellMs": 8000},
                ]
            },
        },
        id="short-video-clips-with-dwell-times",
    ),
    pytest.param(
        {
            "url": "https://api.example-mediathek.de/v2/me/zuletzt-angesehen",
            "json": {
                "angesehen": [
                    {"folge_id": "f-5531", "angesehen_am": "2026-05-02T10:00", "gesehen_sek": 1341},
                    {"folge_id": "f-5532", "angesehen_am": "2026-05-02T10:01", "gesehen_sek": 412},
                ]
            },
        },
        id="german-recently-watched-episodes",
    ),
    pytest.param(
        {
            "url": "https://api.example-live.cz/v1/heartbeat",
            "json": {
                "videoId": "v-7781",
                "positionSec": 1804,
                "durationSec": 5400,
                "closedCaptioning": True,
                "isModerator": False,
                "rodicovskaKontrola": False,
            },
        },
        id="player-heartbeat-with-caption-and-chat-role-flags",
    ),
]


@pytest.mark.parametrize("example", OWN_WATCHING_BESIDE_WORK_AND_BOOK_WORDS)
def test_own_watching_and_listening_stay_viewing(engine: Engine, example: dict) -> None:
    assert _viewing(engine, example)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("review-state", {WORK}),
        ("assessments", {WORK}),
        ("frameStep", {WORK}),
        ("edited_at", {WORK}),
        ("αξιολογήσεις", {WORK}),  # Greek: assessments
        ("Überprüfung", {WORK}),
        ("анотация", {WORK}),  # Bulgarian: annotation
        ("razmetka", {WORK}),
        ("审核", {WORK}),
        ("ebooks", {READING}),
        ("lesefortschritt", {READING}),
        ("βιβλία", {READING}),
        ("чтение", {READING}),
        ("전자책", {READING}),
        ("watchedAt", {OWN}),
        ("zuletzt_gehoert", {OWN}),
        ("screenReader", set()),
        ("closedCaptioning", set()),  # a player's caption state
        ("isModerator", set()),  # a live viewer's chat role
        ("subtitlers", {WORK}),
        ("bookmark", set()),
        ("lecture", set()),  # French playback
        ("rating", set()),
        ("playheadMs", set()),
        ("verweildauer_sek", {"dwell"}),
        ("tiempo_permanencia", {"dwell"}),
    ],
)
def test_the_acts_a_key_names(text: str, acts: set[str]) -> None:
    assert text_acts(text) == frozenset(acts)


def test_the_act_lexicon_leaves_out_what_viewers_and_listeners_say() -> None:
    """A viewer rates and comments, a feed has a timeline, a collector a project, a
    list pages and chapters, French `lecture` is playback and Hausa `karatu` a lesson
    listened to: none of them names work or reading."""
    lexicon = load("act")
    assert {"work", "reading", "dwell"} <= set(lexicon.words.values())
    for word in (
        "rating", "bewertung", "comment", "timeline", "project", "page", "chapter", "lecture",
        "karatu", "reader", "grade", "marks", "analysis",
    ):  # fmt: skip
        assert word not in lexicon.words, word
