"""Round 30 (device ids, sets 77-78): a community's and a league's shared equipment (a
home-owners' association's gate and pool sensors, a youth league's field cameras at its
venues, a condo's amenities, an arena's or a stadium's units) is not the tester's own
device, while the family's own TV, doorbell, vacuum and hub stay found; new shapes: a
Huawei ODID under its own name, MoEngage's install UUID (`unique_id` beside the SDK's own
report parameters) and a device id in the list of an account's own devices that a
smart-home or assistant cloud returns."""

from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "the family's own TV answers the remote app with its serial and MAC",
        "url": "http://192.168.1.30:8060/query/device-info",
        "response": {
            "json": {
                "serialNumber": "X00400ABCD12",
                "wifiMac": "d8:31:34:75:c4:0c",
                "model": "55R6",
            }
        },
    },
    {
        "note": "the family's own doorbell and vacuum in their smart-home list",
        "url": "https://api.example-home.ca/v2/home/devices",
        "response": {
            "json": {
                "devices": [
                    {"name": "Front door", "serial": "DB2F09X81QZ", "mac": "3c:71:bf:0a:19:e2"},
                    {"name": "Vacuum", "serial": "RV7B4E3F62A", "mac": "3c:71:bf:0a:19:e3"},
                ]
            }
        },
    },
    {
        "note": "the family's own hub registers with its MAC and serial (French keys)",
        "url": "https://api.example-maison.ca/v1/maison/passerelle",
        "method": "POST",
        "json": {"numeroSerie": "HUB4C8A21B7E", "adresseMac": "00:1A:2B:3C:4D:5E"},
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.odid",
        {
            "url": "https://apigw.example-stream.ae/devices/v1/register",
            "method": "POST",
            "json": {"odid": "d16c784a-b29b-4ae2-83b2-af231475691b", "deviceName": "HUAWEI Mate"},
        },
    ),
    (
        "device_id.moengage_unique_id",
        {
            "url": "https://sdk-02.moengage.com/v2/report/ABCD1234EFGH5678IJKL9012",
            "method": "POST",
            "json": {
                "query_params": {
                    "os": "ANDROID",
                    "unique_id": "1504fe8c-4803-444e-b3b7-25958ed3fb82",
                    "device_tz_offset": "10800000",
                    "moe_push_ser": "HMS",
                }
            },
        },
    ),
    (
        "device_id.account_device_list_id",
        {
            "url": "https://home.example-assistant.com/v1/devices/settings",
            "response": {
                "json": {
                    "devices": [
                        {"deviceId": "825d35cbe9201d72b1eb62db1ffab855", "type": "SMART_DISPLAY"}
                    ]
                }
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
