"""Round 33 (device ids, precision, set 86): a broadcaster's studio equipment is not
the tester's own device. The on-air light's relay, the broadcast audio codecs, the
playout server, transmitters and relay masts (named on the URL or the value's path,
lexicon/device.yaml `fleet`), and a mixing desk's equipment heartbeat (its fader levels
beside the desk's and the encoder's ids) belong to the station. The listener's own
phone, earbuds, watch and a creator's own gear stay found."""

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round86_device.jsonl"

# Own things with nearby shapes and words: these must stay found.
OWN_THINGS: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.mac",
        {
            "url": "https://api.example-buds.com/v1/buds/status",
            "method": "POST",
            "json": {"codec": "LDAC", "bleMac": "50:C2:ED:FD:CD:5C", "batteryPct": 80},
        },
    ),
    (
        "device_id.mac",
        {
            "url": "https://api.example-radio.it/v1/player/start",
            "method": "POST",
            "json": {"station": "scirocco", "wifiMac": "3C:5A:B4:12:9E:7F"},
        },
    ),
    (
        "device_id.device_identity_record",
        {
            "url": "https://api.example-wear.com/v1/devices/sync",
            "method": "POST",
            "json": {
                "devices": [
                    {"type": "watch", "serialNumber": "R9WT12345AB", "wifiMac": "A4:30:7A:12:34:56"}
                ]
            },
        },
    ),
    (
        "device_id.mac",
        {
            "url": "https://api.example-creator.com/v1/studio/mixer",
            "method": "POST",
            "json": {"mixerModel": "GoXLR", "btMac": "F4:5C:89:AB:CD:EF"},
        },
    ),
]


def _negatives() -> list[dict[str, Any]]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize(
    "rule,example", OWN_THINGS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(OWN_THINGS)]
)
def test_own_things_stay_found(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in rules_found(engine, example)


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_studio_equipment_is_not_a_device_id(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" not in categories_found(engine, example)
