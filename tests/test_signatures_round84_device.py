"""Round 32 (device ids, precision, sets 81, 82, 84): a business's shared equipment is
not the tester's own device. A gym machine's telemetry names its floor position, a
shared scale its site, a contact centre's pooled headset its pool and checkout, a staff
kiosk its name; a studio screen lists members' straps (`members[3].strapMac`), a gym
chain lists its equipment fleet; Incode's `X-Incode-Hardware-Id` carries a session
token. The person's own scale, strap, rower, headset and phone stay found."""

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round84_device.jsonl"

# Own things with the same shapes as the shared ones: these must stay found.
OWN_THINGS: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.mac",
        {
            "url": "https://api.example-scale.com/v2/readings",
            "method": "POST",
            "json": {
                "scale": {"serialNumber": "BS0UJGW2H6UX", "bleMac": "0C:B2:B7:1E:C3:09"},
                "weightKg": 75.6,
            },
        },
    ),
    (
        "device_id.mac",
        {
            "url": "https://api.example-rower.com/v1/workouts",
            "method": "POST",
            "json": {"machineType": "rower", "bleAddress": "C0:98:E5:DA:20:80", "powerW": 162},
        },
    ),
    (
        "device_id.mac",
        {
            "url": "https://api.example-gym.com/v1/members/me/devices",
            "method": "POST",
            "json": {"strapMac": "D4:36:39:19:D1:3E", "name": "my strap"},
        },
    ),
    (
        "device_id.mac",
        {
            "url": "https://api.example-audio.com/v1/headsets/pair",
            "method": "POST",
            "json": {"headsetBtMac": "50:C2:ED:FD:CD:5C", "model": "Evolve2 40"},
        },
    ),
    (
        "device_id.header_hardware_id",
        {
            "url": "https://api.example-idv.com/omni/start",
            "headers": {"x-acme-hardware-id": "742131fca871cd45"},
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
def test_shared_equipment_is_not_a_device_id(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" not in categories_found(engine, example)
