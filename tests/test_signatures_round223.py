"""Round 59 (sets 220 and 223): an institution's equipment kept out of the tester's
device ids (an airport's e-gates, a site worker's MDM command to a managed handheld,
units listed by a building's shared spaces), a recorder's camera-channel playback kept
out of viewing history, and Firebase bundles whose encoder numbers events from 2 read.
Positives are written in other spellings than the sets'; the hard negatives live in
tests/fixtures/negatives/negatives_round223.jsonl."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

_NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round223.jsonl"


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


POSITIVES = [
    (
        "viewing_history",
        {
            "note": "Firebase bundle, params at 2 and name at 3: video_complete, title",
            "url": "https://app-measurement.com/a",
            "method": "POST",
            "headers": {"content-type": "application/x-protobuf"},
            "body_base64": (
                "CAESThIiCgt2aWRlb190aXRsZRITQ3Xhu5ljIMSRdWEgdOG6rXAgNBIRCg12aWRlb19wZXJjZW50"
                "IEsaDnZpZGVvX2NvbXBsZXRlIICq+srYMkIHYW5kcm9pZA=="
            ),
        },
    ),
    (
        "viewing_history",
        {
            "note": "a live-TV keep-alive with a channel number (not a recorder's path)",
            "url": "https://api.example-tv.kz/live/ping?kanal=4&daqiqa=37",
            "method": "GET",
        },
    ),
    (
        "device_id",
        {
            "note": "a household's devices named by its rooms, not by a lobby",
            "url": "https://api.example-router.de/v1/clients",
            "method": "GET",
            "response": {
                "json": {
                    "clients": [
                        {"name": "Wohnzimmer TV", "mac": "3C:22:FB:91:0A:11"},
                        {"name": "Kueche Radio", "mac": "3C:22:FB:91:0A:12"},
                    ]
                }
            },
        },
    ),
    (
        "device_id",
        {
            "note": "a worker's own phone checking in to the site MDM (no command queued)",
            "url": "https://mdm.example-depot.es/api/v2/devices/checkin",
            "method": "POST",
            "headers": {"x-empleado": "DEP-2291"},
            "json": {"imei": "356938035643809", "battery": 71},
        },
    ),
]


@pytest.mark.parametrize(("category", "example"), POSITIVES, ids=[p[1]["note"] for p in POSITIVES])
def test_positive(engine: Engine, category: str, example: dict[str, Any]) -> None:
    assert category in _categories(engine, example)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in _NEGATIVES.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative(engine: Engine, example: dict[str, Any]) -> None:
    assert not _categories(engine, example) & {"device_id", "viewing_history"}
