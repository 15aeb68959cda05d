"""Round 51: a shared bike, scooter or locker's serial and lock MAC name the operator's
fleet, not the tester's device; the user's own things must still be found."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round51_device.jsonl"

OWN_THINGS = [
    {
        "url": "https://api.example-cam.io/v2/clips/sync",
        "method": "POST",
        "json": {"cameraSn": "HSC68937E96EFF5"},
    },
    {
        "url": "https://api.example-tv.com/v1/tv/status",
        "response": {"json": {"network": {"macAddress": "f4:7b:09:f5:fd:c5"}}},
    },
    {
        "url": "https://api.example-lock.com/v1/door/unlock",
        "method": "POST",
        "json": {"lock_sn": "DL84512739AB"},
    },
    {
        "url": "https://api.example-ebike.com/v2/bike/status",
        "json": {"bike_sn": "EB2024031512", "bleMac": "3C:5A:B4:12:34:57"},
    },
]


def device_ids(engine: Engine, example: dict) -> list[str]:
    """Device-id signature ids found in one example exchange."""
    return [
        f.signature for f in engine.analyse(example_exchange(example)) if f.category == "device_id"
    ]


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_shared_mobility_fleet_ids_are_not_device_ids(engine: Engine, line: str) -> None:
    assert device_ids(engine, json.loads(line)) == []


@pytest.mark.parametrize("example", OWN_THINGS, ids=lambda e: e["url"])
def test_users_own_things_are_still_found(engine: Engine, example: dict) -> None:
    assert device_ids(engine, example)
