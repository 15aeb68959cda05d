"""Round 24 (device ids, sets 63-64): an employer's vehicles are the operator's fleet
(telematics gateway, ELD / hours-of-service unit, trucks and trailer units, English and
Spanish), while the user's own car, watch and earbuds stay found; a TV's ACR device key
(`acr_device`); the Hepburn-romanised identification word (`tanmatsu_shikibetsu`)."""

from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "a connected-car app reads the user's own car's head unit serial and MAC",
        "url": "https://api.example-car.com/v1/vehicles/1/headunit",
        "response": {
            "json": {"headUnit": {"serialNumber": "HU88A1239987", "btMac": "3c:5a:b4:12:34:56"}}
        },
    },
    {
        "note": "a watch app pairs the user's watch",
        "url": "https://api.example-band.io/v1/pair",
        "method": "POST",
        "json": {"watch": {"serialNumber": "PW2EFE4412E7", "bleMac": "f4:7b:09:f5:fd:c5"}},
    },
    {
        "note": "earbuds firmware check with their serial",
        "url": "https://api.example-audio.com/v2/earbuds/firmware",
        "method": "POST",
        "json": {"device": {"serial": "EB7712AB3301", "macAddress": "a4:cf:12:9e:11:22"}},
    },
]

OWN_THINGS += [
    {
        "note": "a connected-car app's telematics status still carries the car's own IMEI",
        "url": "https://api.example-car.com/telematics/v1/vehicles/status",
        "method": "POST",
        "json": {"vin": "WDD2130421A123456", "tcu": {"imei": "356938035643809"}},
    },
    {
        "note": "an insurer's telematics trip upload still carries the phone's device id",
        "url": "https://api.example-insure.com/v1/telematics/trips",
        "method": "POST",
        "json": {"deviceId": "8d1f0c2e-5a7b-4c3d-9e8f-1a2b3c4d5e6f"},
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.acr_device_key",
        {
            "url": "https://acr.example-tv.jp/v3/match/report",
            "method": "POST",
            "json": {
                "acr_device": "brf1a828a7b13d59215d1f3158927f9d",
                "matched": {"channel": "TBS"},
            },
        },
    ),
    (
        "device_id.device_id_multilingual",
        {
            "url": "https://api.example-kabu.jp/v1/tanmatsu",
            "method": "POST",
            "json": {"tanmatsu_shikibetsu": "5cf906d86822e1c9b8205d1f9eaecb92dcf60b3a"},
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
