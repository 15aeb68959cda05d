"""Round 21 viewing rules (sets 57-58): a drawing's time-lapse export is making
media, not watching it (a frame count at a frame rate, time-lapse / stop-motion /
speed-paint / canvas words veto a playback record); a live stream's heartbeat with
the seconds watched, a video's play log, camelCase `recentlyWatched`, romanised
Korean `ieoboogi` (continue watching), an audiobook's listening session, a player
event about a typed piece (`content.type: video`) and GA4's video events in the
app-measurement protobuf are viewing records. Hard negatives are ordinary apps of
the same shape (games, ads, radar loops, deliveries, e-books, GPS tracks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures import STRUCTURES
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round57_viewing.jsonl"
GA4_VIDEO_START = (
    "CoQBCAESZgojCgt2aWRlb190aXRsZRIURXBpc29kZSA1IGhpZ2hsaWdodHMKFgoSdmlkZW9fY3VycmVu"
    "dF90aW1lGAAKEwoOdmlkZW9fZHVyYXRpb24Y/wUSC3ZpZGVvX3N0YXJ0GKzg4dqvMkIHYW5kcm9pZHIP"
    "Y29tLmV4YW1wbGUuYXBw"
)


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return sorted({f.signature for f in found if f.category == "viewing_history"})


def test_round57_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == [], example["note"]


def test_timelapse_frames_are_not_playback() -> None:
    record = {"frames": 47, "fps": 24, "durationSec": 1.96, "playheadSec": 0.81}
    assert STRUCTURES["playback_record"](record) is None
    assert STRUCTURES["playback_record"]({"videoId": "v1", "playTime": 122, "fps": 30})


@pytest.mark.parametrize(
    ("example", "signature"),
    [
        (
            {"url": "https://gw.example-fans.kr/live/v2/lives/L1025/heartbeat", "method": "PUT",
             "json": {"watchingSec": 5016, "heartbeatSeq": 46, "quality": "1080p"}},
            "viewing_history.live_heartbeat_watched_time",
        ),
        (
            {"url": "https://gw.example-fans.kr/media/v1/videos/mv_88123/playLog",
             "json": {"videoSeq": "mv_88123", "playTime": 122, "duration": 163,
                      "watchedRatio": 0.14}},
            "viewing_history.progress_sync_url_media_path",
        ),
        (
            {"url": "https://gw.example-fans.kr/media/v1/me/recentlyWatched?size=10",
             "method": "GET",
             "response": {"json": {"recentlyWatched": [
                 {"videoSeq": "mv_86420", "title": "Song", "lastPlayTime": 189}]}}},
            "viewing_history.endpoint.playback_record",
        ),
        (
            {"url": "https://api.example-tv.co.kr/v1/mypage/ieoboogi?limit=20", "method": "GET",
             "response": {"json": {"ieoboogiMokrok": [
                 {"kontencheuId": "K1001_E03", "jemok": "Drama", "jinhaengryul": 0.81}]}}},
            "viewing_history.endpoint.playback_record",
        ),
        (
            {"url": "https://api.example-books.kr/v1/audiobooks/listening-sessions",
             "json": {"bookId": "AB1492", "chapterNo": 4, "startOffsetSec": 122,
                      "endOffsetSec": 2626}},
            "viewing_history.endpoint.playback_record",
        ),
        (
            {"url": "https://stat.example-tracker.kr/track?d=app-android",
             "json": {"action": {"type": "Event", "name": "play_end"},
                      "usage": {"duration": 101388},
                      "content": {"id": "mv_88123", "type": "video", "title": "Highlights"}}},
            "viewing_history.typed_media_event",
        ),
        (
            {"url": "https://app-measurement.com/a", "body_base64": GA4_VIDEO_START,
             "headers": {"content-type": "application/x-protobuf"}},
            "viewing_history.measurement_media_event",
        ),
    ],
)  # fmt: skip
def test_round57_positives(engine: Engine, example: dict, signature: str) -> None:
    assert signature in _viewing(engine, example)
