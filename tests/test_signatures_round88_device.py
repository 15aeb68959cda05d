"""Round 34 (set 88 precision), device ids: a property's devices are not the user's.

A listing's or a showing's smart devices belong to the seller or landlord; a lockbox
or key safe on a listed home is the agency's. The `fleet` class of
exfilwatch/detect/lexicon/device.yaml names them (listings, showings, open houses,
lockboxes, key safes, Schlüsseltresor, boîte à clés, Arabizi aqar), so the hardware-id
rules drop them. A home owner's OWN smart-home app stays found.
Hard negatives: tests/fixtures/negatives/negatives_round88_device.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

DEV = {"device_id"}
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round88_device.jsonl"


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_property_and_agency_devices_are_not_the_users(engine: Engine, example: dict) -> None:
    assert not signatures_found(engine, example, DEV)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-home.com/v1/homes/h-19/devices",
        "https://api.example-home.com/v1/me/devices",
        "https://api.example-home.ae/v1/home/thermostat",
    ],
)
def test_a_home_owners_own_smart_home_stays_found(engine: Engine, url: str) -> None:
    example = {
        "url": url,
        "response": {
            "json": {"devices": [{"type": "thermostat", "macAddress": "3C:71:BF:4A:19:2E"}]}
        },
    }
    assert signatures_found(engine, example, DEV)


def test_a_phones_own_mac_in_a_property_app_post_stays_found(engine: Engine) -> None:
    example = {
        "url": "https://api.example-homes.ae/v1/device/register",
        "method": "POST",
        "json": {"wifiMac": "3C:71:BF:4A:19:2E", "os": "Android 14"},
    }
    assert signatures_found(engine, example, DEV)
