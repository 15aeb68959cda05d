"""Round 59 (sets 222 and 221 as development sets): an attribution SDK's custom event
whose time watched is a watch word with a DURATION word, and an IP camera's P2P UID in
a P2P service's path. Every example is written for this test in spellings the sets
never used; none is copied from held-out traffic.

- Recall: `viewing_history.watched_goal_event` reads a watch or listen word beside a
  duration word as a time watched (`watch_duration`, `listen_duration`, Persian
  `moddat_tamasha`, Turkish `izleme_suresi`); a duration alone (`video_duration`,
  Persian `modat`) stays a length.
- Recall: `device_id.camera_p2p_uid_path` reads a CS2 / iLnkP2P DID (`VSTB-204871-KQXMZ`)
  or a ThroughTek Kalay UID (20 capitals and digits) in a path under a P2P segment.

Hard negatives (negatives_round222.jsonl): purchases, subscriptions, bookings, uploads,
ads, calls and parking with durations, Persian store and reading events, and order,
ticket, tracking, payment-transfer and crypto-offer codes of a DID's shape.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.watched_goal_events import watched_goal_event
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round222.jsonl"
_CATEGORIES = ("biometric", "viewing_history", "device_id")


def _found(engine: Engine, example: dict[str, Any], category: str) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == category}


def test_round222_negatives_find_nothing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        for category in _CATEGORIES:
            assert _found(engine, example, category) == set(), (category, example["note"])


@pytest.mark.parametrize(
    "value",
    [
        {"type": "custom", "name": "serial_tamasha_shod",
         "attributes": {"onvane_serial": "Serial X", "ghesmat": "7"},
         "metrics": {"moddat_tamasha": 900}},
        {"EventType": "episode_watched", "Attributes": {"series": "Harbour", "episode": "4"},
         "Metrics": {"watchDuration": 1500}},
        {"name": "podcast_listened", "custom_data": {"episode": "e-12", "listen_duration": 900}},
    ],
)  # fmt: skip
def test_round222_watch_word_with_duration_is_time_watched(value: dict[str, Any]) -> None:
    assert watched_goal_event(value)


@pytest.mark.parametrize(
    "value",
    [
        {"type": "custom", "name": "kharide_film", "attributes": {"onvan": "Film A"},
         "metrics": {"modat": 5400}},
        {"EventType": "video_uploaded", "Metrics": {"video_duration": 184}},
        {"event": "rewarded_ad_watched", "properties": {"watch_duration": 30}},
        {"name": "product_viewed", "custom_data": {"view_duration": 35}},
    ],
)  # fmt: skip
def test_round222_a_length_or_an_ad_is_not_time_watched(value: dict[str, Any]) -> None:
    assert watched_goal_event(value) is None


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://analytics.metrix.ir/v3/engagement_event", "method": "POST",
         "json": {"type": "custom", "name": "tamasha_ghesmat",
                  "attributes": {"onvan": "Serial Y", "ghesmat": "3"},
                  "metrics": {"modate_tamasha": 1210}}},
        {"url": "https://api2.branch.io/v2/event/custom", "method": "POST",
         "json": {"name": "lecture_listened", "custom_data": {"lecture": "l-4",
                  "listenDuration": 2400}}},
    ],
)  # fmt: skip
def test_round222_attribution_events_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history.watched_goal_event" in _found(engine, example, "viewing_history")


@pytest.mark.parametrize(
    "url",
    [
        "https://relay.example-cam.com/p2p/v3/VSTB-204871-KQXMZ/heartbeat?ts=1734328892",
        "https://cam.example.ua/api/p2p/ZSKJ-556102-7TQ2B/alive?t=1",
        "https://p2p.example-cam.net/pppp/devices/PPCS014143SBKHR/online",
        "https://api.example-iot.cn/iotc/session/CXPBMLGJZS4K4RSU111A?region=eu",
    ],
)
def test_round222_camera_p2p_uid_in_path(engine: Engine, url: str) -> None:
    example = {"url": url, "method": "GET"}
    assert "device_id.camera_p2p_uid_path" in _found(engine, example, "device_id")
