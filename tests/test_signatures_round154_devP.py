"""Round 48 (device-id precision, held-out sets 150, 152 and 154): a property's units
listed room by room or floor by floor, a site's units told to a caller that signs in
with the site's code, a shop's or an office's queue-ticket totem and a unit answering on
a host under a studio's or a factory's name are a business's, not the tester's device
(`exfilwatch/detect/unit_owners.py`, `lexicon/unit_owner.yaml`).

A hotel guest's app sending its own phone with her room number, a home's devices in
named rooms or under a cloud's long room ids, a shop's market header (`x-site: de`), an
app's own `studio.` service and a phone's own ids sent up to a studio host stay found.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.subjects import CATEGORY_VETOES
from exfilwatch.detect.unit_owners import text_owner_classes
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round154_devP.jsonl"
UA = {"user-agent": "okhttp/4.12.0"}
OWN_ANDROID_ID = "9774d56d682e549c"
OWN_MAC = "F4:7D:EF:19:3A:5C"
OWN_SERIAL = "R5CT40ABCDQ"


def _found(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_a_propertys_or_a_sites_unit_is_not_reported(engine: Engine, example: dict) -> None:
    assert not _found(engine, example), example["note"]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_the_identifiers_are_there_without_the_veto(
    engine: Engine, example: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each negative holds an identifier the rules read: only the veto drops it."""
    monkeypatch.delitem(CATEGORY_VETOES, "device_id")
    assert _found(engine, example), example["note"]


@pytest.mark.parametrize(
    ("text", "owner_class"),
    [
        ("macTotem", "premises_unit"),
        ("totemId", "premises_unit"),
        ("eliminacode", "premises_unit"),
        ("siramatikMac", "premises_unit"),
        ("floor", "unit_site"),
        ("andar", "unit_site"),
        ("x-site", "unit_site"),
        ("room", "room_number"),
        ("zimmernummer", "room_number"),
        ("nomor_kamar", "room_number"),
        ("studio", "site_host"),
        ("fabriek", "site_host"),
    ],
)
def test_the_words_are_read(text: str, owner_class: str) -> None:
    assert owner_class in text_owner_classes(text)


def _own_record(**extra: object) -> dict[str, object]:
    return {"androidId": OWN_ANDROID_ID, "wifiMac": OWN_MAC, "serialNumber": OWN_SERIAL, **extra}


KEPT = [
    {
        "note": "a hotel guest's app registers her own phone with her room number",
        "url": "https://guest.example-pousada.pt/api/v2/checkin",
        "method": "POST",
        "headers": UA,
        "json": {"quarto": 706, "dispositivo": _own_record()},
    },
    {
        "note": "a home's devices in named rooms: the household's own",
        "url": "https://api.example-smarthome.com/v1/devices",
        "method": "GET",
        "headers": UA,
        "response": {
            "json": {
                "devices": [
                    {"room": "Kitchen", "mac": "A4:C1:38:11:22:33", "serial": "SPK1122X33Q"},
                    {"room": "Living room", "mac": "A4:C1:38:44:55:66", "serial": "SPK4455X66Q"},
                ]
            }
        },
    },
    {
        "note": "a home cloud's devices under long numeric room ids",
        "url": "https://api.example-smarthome.com/v1/home/devices",
        "method": "GET",
        "headers": UA,
        "response": {
            "json": {
                "devices": [
                    {"roomId": 48213377, "mac": "A4:C1:38:11:22:33", "serial": "SPK1122X33Q"},
                    {"roomId": 48213378, "mac": "A4:C1:38:44:55:66", "serial": "SPK4455X66Q"},
                ]
            }
        },
    },
    {
        "note": "a shop app's market header (x-site: de) and its own device echoed back",
        "url": "https://api.example-shop.com/v3/device/register",
        "method": "POST",
        "headers": {**UA, "x-site": "de"},
        "json": {"platform": "android"},
        "response": {"json": {"device": _own_record()}},
    },
    {
        "note": "a site's staff app sends its own phone up with x-site: its own ids",
        "url": "https://keys.example-residence.pt/api/v2/mobilekey/register",
        "method": "POST",
        "headers": {**UA, "x-site": "LIS-PR-02"},
        "json": {"device": _own_record()},
    },
    {
        "note": "an app's own studio service (first label) echoes the phone's ids",
        "url": "https://studio.example-creator.com/api/v1/devices/me",
        "method": "GET",
        "headers": UA,
        "response": {"json": {"device": _own_record()}},
    },
    {
        "note": "a phone's own ids sent up to a host under a studio label (a request)",
        "url": "https://api.studio.example-creator.com/v1/install",
        "method": "POST",
        "headers": UA,
        "json": {"device": _own_record()},
    },
]


@pytest.mark.parametrize("example", KEPT, ids=lambda e: e["note"][:48])
def test_the_testers_own_device_stays_found(engine: Engine, example: dict) -> None:
    assert _found(engine, example), example["note"]
