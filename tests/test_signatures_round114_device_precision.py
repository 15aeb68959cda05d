"""Round 41 (device precision, sets 112-114): whose unit is it. A fleet console's robots,
a depot's scanners assigned to its staff, a reception kiosk, a signage player, a clinic's
shockwave and isokinetic units, a patient's or a resident's tracker synced by the
professional who cares for them, and a hotspot's router named by its captive portal are a
business's or another person's, never the tester's device (`exfilwatch/detect/unit_owners.py`,
one veto every device rule honours). The tester's own devices beside the same words stay
found.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.subjects import CATEGORY_VETOES
from exfilwatch.detect.unit_owners import text_owner_classes
from exfilwatch.engine import Engine

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round114_device_precision.jsonl"
)
OWN_MAC = "F4:7D:EF:19:3A:5C"
OWN_SERIAL = "R5CT4471A2B"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_a_business_or_another_persons_unit_is_no_device_of_the_tester(
    engine: Engine, example: dict
) -> None:
    assert not _device(engine, example), example["note"]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_the_identifiers_are_there_without_the_veto(
    engine: Engine, example: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each negative holds a device identifier the rules read: only the veto drops it."""
    monkeypatch.delitem(CATEGORY_VETOES, "device_id")
    assert _device(engine, example), example["note"]


@pytest.mark.parametrize(
    "example",
    [
        {
            "note": "an owner's phone paired with her car through a fleet-api host (compound)",
            "url": "https://fleet-api.prd.eu.example-car.com/api/1/vehicles/4471/phone-key",
            "method": "POST",
            "json": {"phone": {"androidId": "8e1c4f0a2b3d5e69", "model": "Pixel 8"}},
        },
        {
            "note": "the family's own router under router_mac, no hotspot field",
            "url": "https://api.example-telco.id/v1/rumah/router/status",
            "response": {"json": {"router_mac": "E8:65:D4:10:20:30", "ssid": "Rumah-5G"}},
        },
        {
            "note": "the phone's own MAC told to a captive portal beside its NAS id",
            "url": "http://wifi.example-kost.com/login",
            "method": "POST",
            "json": {"nas_id": "HOTEL-LOBBY", "client_mac": OWN_MAC},
        },
        {
            "note": "a patient's own app registers her own wristband (no patients/<id> path)",
            "url": "https://api.example-physio.com/v1/me/wearables",
            "method": "POST",
            "json": {"wearable": {"mac": OWN_MAC, "serialNumber": OWN_SERIAL}},
        },
        {
            "note": "a home treadmill's own telemetry (a treadmill is no business word)",
            "url": "https://api.example-tread.com/v2/treadmill/telemetry",
            "method": "PUT",
            "json": {"serial": OWN_SERIAL, "wifiMac": OWN_MAC, "speed_kmh": [8.1, 9.0]},
        },
        {
            "note": "the user's own phone assigned nothing: a device's `type: phone`",
            "url": "https://api.example-mdm.com/v1/me/device",
            "method": "POST",
            "json": {"type": "phone", "androidId": "8e1c4f0a2b3d5e69"},
        },
    ],
    ids=lambda e: e["note"][:48],
)
def test_the_testers_own_devices_stay_found(engine: Engine, example: dict) -> None:
    assert _device(engine, example), example["note"]


def test_words() -> None:
    assert "holder" in text_owner_classes("uitgegevenAan")
    assert "holder" in text_owner_classes("assigned_to")
    assert "premises_unit" in text_owner_classes("ondes-de-choc")
    assert "premises_unit" in text_owner_classes("borne-accueil")
    assert "others" in text_owner_classes("patienten")
    assert "hotspot" in text_owner_classes("nas_id")
    assert "fleet" in text_owner_classes("vloot")
    # A bare borne (a home charger in French), users and athletes stay out.
    for word in ("borne", "users", "athletes", "treadmill", "router"):
        assert not text_owner_classes(word) - {"network_box"}, word
