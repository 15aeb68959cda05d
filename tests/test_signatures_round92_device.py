"""Round 35 (sets 89-92), device ids: a place's or a business's equipment is not the user's.

Precision: an airline's seat-back units listed per seat, a hotel's door lock on a mobile
key, a video-management system's cameras of a business site, an access-control panel's
door controllers and readers, a signage CMS's players (Xibo XMDS) are the business's
equipment. The `crowd` (seats), `fleet` (mobile key, room key, xmds) and `sites` /
`site_kit` classes of exfilwatch/detect/lexicon/device.yaml and the object keys of a
door reader, a room, a seat and a tail number say so.
Recall: a bare `devid` header with a decimal device number, a TV box's `x-box-sn`, a
watch's `unitId` when the companion app registers it.
Hard negatives: tests/fixtures/negatives/negatives_round92_device.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

DEV = {"device_id"}
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round92_device.jsonl"
MAC = "3C:71:BF:4A:19:2E"


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_a_business_places_equipment_is_not_the_users(engine: Engine, example: dict) -> None:
    assert not signatures_found(engine, example, DEV)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-home.com/v1/homes/h-19/cameras",
        "https://api.example-home.com/v1/locations/77/devices",
        "https://owner-api.example-energy.com/api/1/energy_sites/1234/devices",
    ],
)
def test_a_home_owners_own_cameras_stay_found(engine: Engine, url: str) -> None:
    example = {"url": url, "response": {"json": {"cameras": [{"name": "door", "macAddress": MAC}]}}}
    assert signatures_found(engine, example, DEV)


def test_a_cars_own_mac_beside_its_seats_stays_found(engine: Engine) -> None:
    example = {
        "url": "https://api.example-car.com/v1/vehicle/status",
        "method": "POST",
        "json": {"wifiMac": MAC, "seats": {"driverHeat": 2}},
    }
    assert signatures_found(engine, example, DEV)


@pytest.mark.parametrize(
    "headers",
    [
        {"devid": "956769958768186"},
        {"x-box-sn": "ST9455CB6BC314"},
    ],
)
def test_device_headers_are_found(engine: Engine, headers: dict) -> None:
    example = {"url": "https://api.example-tv.africa/v3/home", "headers": headers}
    assert signatures_found(engine, example, DEV)


def test_a_watch_unit_id_at_registration_is_found(engine: Engine) -> None:
    example = {
        "url": "https://connect.example-watch.com/device-service/v2/devices",
        "method": "POST",
        "json": {"unitId": "3541967475", "productName": "Stride 265", "softwareVersion": "19.18"},
    }
    assert signatures_found(engine, example, DEV)
