"""Round 47-48 device ids: a shared or rented car's VIN is the operator's vehicle, not
the tester's device, while an owner's connected-car VIN still counts; noun-first
`id_android`; a wearable's serial in an `x-<vendor>-unit-id` header. Positives and
hard negatives are written here (not copied from any held-out set)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round47_device.jsonl"


def _ids(engine: Engine, example: dict[str, Any]) -> set[str]:
    ex = example_exchange({"method": "POST", **example})
    return {f.signature for f in engine.analyse(ex) if f.category == "device_id"}


@pytest.mark.parametrize(
    ("example", "rule"),
    [
        (
            {
                "url": "https://telemetry.example-car.com/v1/dms/events",
                "json": {"vin": "1HGCM82633A004352"},
            },
            "device_id.vin.key",
        ),
        (
            {
                "url": "https://api.example-car.com/v1/remote/door_unlock",
                "json": {"vin": "5YJMG0986RB224515", "command": "door_unlock"},
            },
            "device_id.vin.key",
        ),
        (
            {
                "url": "https://api.example-charge.se/v1/sessions",
                "json": {"vehicle": {"vin": "YV1DZ8256C2271234"}},
            },
            "device_id.vin.key",
        ),
        (
            {
                "url": "https://api.example-app.id/api/perangkat",
                "json": {"id_android": "5d2e8f1a9c3b7e40"},
            },
            "device_id.android_id",
        ),
        (
            {
                "url": "https://connectapi.example-watch.com/upload-service/upload/.fit",
                "headers": {"x-acme-unit-id": "G7A41F09C2D"},
            },
            "device_id.header_unit_id",
        ),
    ],
)
def test_fires(engine: Engine, example: dict[str, Any], rule: str) -> None:
    assert rule in _ids(engine, example)


@pytest.mark.parametrize(
    "line", NEGATIVES.read_text(encoding="utf-8").splitlines(), ids=lambda s: json.loads(s)["url"]
)
def test_hard_negatives_quiet(engine: Engine, line: str) -> None:
    example = json.loads(line)
    example.pop("note", None)
    assert not _ids(engine, example)
