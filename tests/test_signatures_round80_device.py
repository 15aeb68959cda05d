"""Round 31 (device ids, sets 79-80): a business's point-of-sale and payment equipment
(a restaurant's order tablets posting `comandas`, a card terminal's MAC in a payment, a
kitchen display, receipt printers, a POS host's device list) is not the tester's own
device, while the person's own phone, TV and earbuds stay found, also in a payment and
beside a player's `pos=` position; new shapes: the Firebase / GA4 app instance id (field
21) and installation id (field 30) of a raw measurement bundle, and the first field of a
gRPC device-registration call."""

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round80_device.jsonl"

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "the person's own phone pays in a wallet app and sends its Wi-Fi MAC",
        "url": "https://api.example-wallet.es/v1/pagos",
        "method": "POST",
        "json": {"importe": 9.9, "device": {"wifiMac": "3c:5a:b4:12:9e:7f", "model": "Pixel 8"}},
    },
    {
        "note": "the person's own TV reports playback with a pos= position and its MAC",
        "url": "https://tv.example-stream.pl/v1/beacon?pos=1338&mac=A8:23:FE:12:34:56",
    },
    {
        "note": "the person's own earbuds pair with their Bluetooth address and serial",
        "url": "https://api.example-audio.com/v2/earbuds/pair",
        "method": "POST",
        "json": {"serialNumber": "EB7X1A2B3C4D", "bluetoothAddress": "00:1A:7D:DA:71:13"},
    },
    {
        "note": "a shop app's order still carries the phone's own hardware serial",
        "url": "https://api.example-shop.pt/v1/pedidos",
        "method": "POST",
        "json": {"items": [{"sku": "A1", "qty": 1}], "deviceSerial": "R58N12ABCDE"},
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.ga4_measurement_app_instance_id",
        {
            "url": "https://app-measurement.com/a",
            "method": "POST",
            "body_base64": "Cl8IARIUEgtzY3JlZW5fdmlldxj6yLfHrTNCB2FuZHJvaWRSB1BpeGVsIDhy"
            "EGNvbS5leGFtcGxlLm5ld3OqASA5ZjNjMmE3YjQxZDA4ZTY1YzFhMmIzZjRkNWU2YTdiOA==",
        },
    ),
    (
        "device_id.ga4_measurement_firebase_instance_id",
        {
            "url": "https://app-measurement.com/a",
            "method": "POST",
            "body_base64": "ClUIARIUEgtzY3JlZW5fdmlldxj6yLfHrTNCB2FuZHJvaWRSB1BpeGVsIDhy"
            "EGNvbS5leGFtcGxlLm5ld3PyARZlUjdrUDJuUTl4TG00VHpXY1Y4Ykhz",
        },
    ),
    (
        "device_id.grpc_device_register_id",
        {
            "url": "https://api.example-tv.cz/grpc/example.device.v1.DeviceService/Register",
            "method": "POST",
            "headers": {"content-type": "application/grpc-web+proto"},
            "body_base64": "AAAAAB8KHQoQM2Y5YTFjN2U1YjJkNDA4MRIHUGl4ZWwgOBgi",
        },
    ),
]


def _negatives() -> list[dict[str, Any]]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", OWN_THINGS, ids=lambda e: e["note"][:40])
def test_own_things_still_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" in categories_found(engine, example)


@pytest.mark.parametrize(
    "rule,example", POSITIVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(POSITIVES)]
)
def test_positives(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in rules_found(engine, example)


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_business_equipment_is_not_the_testers_device(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert "device_id" not in categories_found(engine, example)
