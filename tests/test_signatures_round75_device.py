"""Round 29 (device ids, sets 75-76): an organisation's equipment pool (a newsroom's kit
desk filtered by availability, a lent microphone paired by inventory number) and a city's
public cameras (a record naming its custodian and counting its viewers) are not the
tester's own device, while the tester's own watch, earbuds and car stay found; new shapes:
a device-binding id under a "device binding" key in any language (a Norwegian bank's
`enhetsbinding`), a VIN beside the car's own readings when its serial section is not four
digits, and a head unit's (hashed) serial beside its Android build fingerprint in an OTA
check."""

from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "the journalist's own watch registered with a running app (Dutch keys)",
        "url": "https://api.example-run.nl/api/v3/apparaten",
        "method": "POST",
        "json": {
            "type": "horloge",
            "model": "Watch7,1",
            "horlogeSerienummer": "H8B2F1E8A1",
            "bluetoothMac": "F0:C3:71:55:4F:67",
        },
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
        "note": "a bank binds the phone itself (German keys)",
        "url": "https://api.example-bank.de/api/v2/geraet/binden",
        "method": "POST",
        "json": {"geraeteId": "94454F8C-0EB6-4DB8-A033-9191A9266C7F", "modell": "iPhone16,1"},
    },
    {
        "note": "the owner's app unlocks its own car by VIN",
        "url": "https://api.example-car.com/v1/remote/door_unlock",
        "method": "POST",
        "json": {"vin": "5YJMG0986RB224515", "command": "door_unlock"},
    },
    {
        "note": "a digital-lending app harvests the borrower's own phone MAC",
        "url": "https://api.example-loans.in/lending/v1/device-info",
        "method": "POST",
        "json": {"wifiMac": "3c:5a:b4:12:34:56", "serialNumber": "R58M42ABCDE", "osVersion": "13"},
    },
    {
        "note": "a home Wi-Fi camera of the user's own, singular, with its MAC",
        "url": "https://api.example-cam.com/v1/camera/register",
        "method": "POST",
        "json": {"cameraSerial": "AXQ150AF13C7", "macAddress": "AC:CC:8E:6D:45:06"},
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.device_binding_multilingual",
        {
            "url": "https://mobil.example-bank.no/auth/v2/ansikt",
            "method": "POST",
            "json": {
                "kunde": "K1234",
                "livenessScore": 0.93,
                "enhetsbinding": "83b688596f98659417406ebcc09bd584365d8328",
            },
        },
    ),
    (
        "device_id.device_binding_multilingual",
        {
            "url": "https://api.example-bank.com/v1/login/stepup",
            "method": "POST",
            "json": {"device_binding_id": "5f0c2a1e-7b3d-4e8f-9a6b-1c2d3e4f5a6b"},
        },
    ),
    (
        "device_id.vin.vehicle_telemetry",
        {
            "url": "https://api.example-connect.com/v1/vehicles/status",
            "method": "POST",
            "json": {
                "vin": "YV18UZZH1LZKBBVB4",
                "odometerKm": 14804,
                "soc": [22.0, 49.4],
                "rangeKm": 201,
                "tyreKpa": [260, 241, 256, 241],
            },
        },
    ),
    (
        "device_id.serial.ota_build_fingerprint",
        {
            "url": "https://ota.example-car.com/v2/check?fp=examplecar%2Fpolaris3%2Fp3%3A12"
            "%2FUQ1A%2F2026.08.1%3Auser%2Frelease-keys"
            "&sn=06e918e08c62acdd8a729ddb126011f68e92e74b68a8b1550b2114ea6c75fc5b&ch=stable",
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
