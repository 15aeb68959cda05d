"""Round 82 (sets 81-84), viewing history precision: what a business plays and what
a crowd watched are not a person's viewing.

A contact centre's most-played hold music counts plays in the hundreds beside a
summed play time; a creator's own uploads count views beside a publication date
and hours watched many times the video's length; a gym studio's or a shop's
now-playing names a venue, a licence or a shop in its URL, headers or keys; a
podcast host's upload or transcription job reports progress at a step; a CCTV
viewer pings a camera's channel and position. A reader of any language sees the
counts, the sums, the venue and the camera. One person's own now-playing, plays
and audiobook progress stay found."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round82_view.jsonl"

POSITIVES = [
    {
        "note": "a TV remote app's now-playing",
        "url": "https://api.example-remote.app/v2/tvs/86D9D618577E36217831/now-playing",
        "json": {"foregroundApp": "com.example.livetv", "program": "Farmen"},
    },
    {
        "note": "a household speaker's now-playing in its living room",
        "url": "https://api.example-speakers.com/v1/households/h1/now-playing",
        "method": "PUT",
        "json": {"room": "Living Room", "track": {"title": "Ditto"}, "positionMs": 40000},
    },
    {
        "note": "one person's watch history with a few plays",
        "url": "https://api.example-tv.com/v1/me/history",
        "response": {
            "json": {
                "items": [
                    {
                        "movieId": "m-1",
                        "title": "Dune",
                        "plays": 3,
                        "watchedSec": 5400,
                        "lastWatchedAt": "2025-11-30T00:03:30Z",
                    }
                ]
            }
        },
    },
    {
        "note": "an audiobook's progress with the total listened",
        "url": "https://api.example-books.com/v1/me/progress",
        "method": "PUT",
        "json": {"bookId": "b-1", "totalListenedSec": 36000, "positionSec": 1200},
    },
    {
        "note": "a VOD player's heartbeat",
        "url": "https://api.example-vod.com/v2/playback/ping",
        "method": "POST",
        "json": {"contentId": "ep-4471", "position": 912.5},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"])
def test_round82_own_listening_and_watching_stay_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round82_venues_crowds_jobs_and_cameras_stay_quiet(engine: Engine, example: dict) -> None:
    assert engine.analyse(example_exchange(example)) == []
