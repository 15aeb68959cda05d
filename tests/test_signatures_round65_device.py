"""Round 25 (device ids, sets 65-66): a site's shared equipment is the operator's
fleet (a car park's gantry, a co-working space's room sensors and printer, a condo's
shared gym machine), while the user's own watch, earbuds, TV, doorbell and car stay
found; Conviva's client id sent as a UUID on Conviva's gateway."""

from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "a watch app pairs the user's watch",
        "url": "https://api.example-band.io/v1/pair",
        "method": "POST",
        "json": {"watch": {"serialNumber": "PW2EFE4412E7", "bleMac": "f4:7b:09:f5:fd:c5"}},
    },
    {
        "note": "a fitness app syncs the user's own treadmill",
        "url": "https://api.example-fit.com/v1/treadmill/session",
        "method": "POST",
        "json": {"machine": {"serialNo": "TM2253041090", "bleMac": "23:98:0c:1c:17:30"}},
    },
    {
        "note": "a doorbell app registers the user's doorbell",
        "url": "https://api.example-home.com/v1/doorbells",
        "method": "POST",
        "json": {"doorbell": {"serialNumber": "DB77A1239987", "macAddress": "3c:5a:b4:12:34:56"}},
    },
    {
        "note": "a connected-car app reads the user's own car's head unit",
        "url": "https://api.example-car.com/v1/vehicles/1/headunit",
        "response": {
            "json": {"headUnit": {"serialNumber": "HU88A1239987", "btMac": "3c:5a:b4:12:34:57"}}
        },
    },
    {
        "note": "a smart-home app lists the user's rooms with their thermostat",
        "url": "https://api.example-home.com/v1/rooms",
        "response": {
            "json": {
                "rooms": [{"name": "Living", "thermostat": {"macAddress": "a4:cf:12:9e:11:22"}}]
            }
        },
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.conviva_clid_uuid",
        {
            "url": "https://tontonexample.cws.conviva.com/0/wsg",
            "method": "POST",
            "json": {
                "t": "CwsSessionHb",
                "cid": "c3.Example-MY",
                "clid": "7C2E9A10-5A1C-4A9E-8B21-0D3F4D2E9A10",
                "sid": 55120001,
                "seq": 3,
            },
        },
    ),
]


@pytest.mark.parametrize("example", OWN_THINGS, ids=lambda e: e["note"][:40])
def test_own_things_still_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" in categories_found(engine, example)


@pytest.mark.parametrize(
    "rule,example", POSITIVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(POSITIVES)]
)
def test_positives(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in rules_found(engine, example)
