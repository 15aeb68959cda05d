"""Round 28 (device ids, sets 73-74): an IT administrator's estate is not the tester's own
device (a network controller's client and device tables and its station / device manager
commands, a building's access events and door readers keyed in Irish, signage players, a
visitor desk's badge printer, an NVR's cameras, an asset database, a company's telematics
provider), while the administrator's own phone, watch and earbuds stay found; new shapes: a
device id under a header named mac-address (VNPT eKYC's SDK sends the Android ID there) and
a smart TV's DUID in a versioned device path (`/device/v1/{duid}/config`)."""

from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "the company MDM agent on the admin's own phone reports its IMEI (Irish keys)",
        "url": "https://mdm.example-corp.ie/agent/v1/checkin",
        "method": "POST",
        "json": {
            "eolas_gleis": {"imei": "490154203237518", "model": "SM-S911B"},
            "compliance": {"encrypted": True},
        },
    },
    {
        "note": "the admin's own earbuds' firmware check by serial",
        "url": "https://api.example-buds.com/v1/devices/R3Q711F37B7FL/firmware?current=2.4.17",
    },
    {
        "note": "the phone lists its own paired watch and earbuds",
        "url": "https://api.example-wear.com/v1/me/paired-devices",
        "response": {
            "json": {
                "devices": [
                    {"name": "Watch 6", "bleAddress": "C4:7B:09:F5:FD:C5"},
                    {"name": "Buds 2", "bleAddress": "D1:22:33:44:55:66"},
                ]
            }
        },
    },
    {
        "note": "a home Wi-Fi app registers the phone's own MAC",
        "url": "https://api.example-iot.com/v1/register",
        "method": "POST",
        "json": {"wifiMacAddress": "3c:5a:b4:12:34:56"},
    },
    {
        "note": "a TV's own status with its Wi-Fi MAC",
        "url": "https://api.example-tv.com/v1/tv/status",
        "response": {"json": {"power": "on", "network": {"macAddress": "f4:7b:09:f5:fd:c5"}}},
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.header_mac_address_device_id",
        {
            "url": "https://api.example-ekyc.vn/file-service/v1/addFile",
            "method": "POST",
            "headers": {
                "token-id": "8f2cb749-cb14-62fa-e063-62199f0ab40b",
                "mac-address": "a4874589f8362c28",
            },
        },
    ),
    (
        "device_id.header_mac_address_device_id",
        {
            "url": "https://api.example-ekyc.vn/ai/v1/face/compare",
            "method": "POST",
            "headers": {"mac-address": "3F2504E0-4F89-41D3-9A0C-0305E82C3301"},
        },
    ),
    (
        "device_id.serial.url_path_versioned_device_call",
        {"url": "https://osb.example-tvcloud.com/device/v1/C32A9A866EFBM/config?cc=VN&lang=vi"},
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
