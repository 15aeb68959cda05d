"""Round 46 (device precision, sets 135, 137, 138 and 142): a device identifier whose
unit is on an organisation's books, rented or lent, or run by a yard, a warehouse or a
factory is not the tester's device (`exfilwatch/detect/unit_owners.py`, one veto every
device rule honours; the words are `lexicon/unit_owner.yaml`).

- an inventory or asset tag in the unit's record (`etiqueta_inventario`, `nr_inwentarzowy`,
  `demirbas_no`, 資産番号): a rental house's, a school's or a company's unit;
- an ownership field saying rented, hired, leased or lent (`propriedade: alugado`,
  `eigendom: huur`, الملكية: إيجار): an operator's box or a rental company's unit;
- a borrowed unit's return time (返却予定, `henkyaku_yotei`): a rental shop's unit;
- a yard's number-plate cameras and a warehouse's conveyors, named in a key or a path;
- a host that is only a warehouse, factory or lab system's name (a bare `console` is not:
  an MDM console carries its administrator's own phone ids, rounds 43-45);
- a response to a caller naming its tenant as a company by legal form
  (`x-tenant: havenroute-bv`): the company's console listing its units.

The household's own box, a video rental on the phone, a powerline adapter, a game
network's presence host and a rental customer's own phone stay found.

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
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round142_device_precision.jsonl"
)
UA = {"user-agent": "okhttp/4.12.0"}
OWN_MAC = "F4:7D:EF:19:3A:5C"
OWN_ANDROID_ID = "9774d56d682e549c"
OWN_UUID = "8f14e45f-ceea-467a-9575-7c2b4e1a2d3f"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_an_organisations_rented_or_site_unit_is_no_device_of_the_tester(
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


OWN_DEVICES = [
    {
        "note": "the household's own set-top box (ownership: owned)",
        "url": "https://api.example-iptv.com/v1/stb/heartbeat",
        "method": "POST",
        "headers": UA,
        "json": {"ownership": "owned", "stbMac": "00:1A:2B:5C:7D:11"},
    },
    {
        "note": "a video store's movie rental registers the phone by its ids",
        "url": "https://api.example-vod.com/v1/rentals/purchase",
        "method": "POST",
        "headers": UA,
        "json": {
            "type": "rental",
            "titleId": "mv_2231",
            "deviceId": OWN_UUID,
            "android_id": OWN_ANDROID_ID,
        },
    },
    {
        "note": "a home powerline adapter (plc) named by the household's network app",
        "url": "https://api.example-homenet.de/v1/adapters/status",
        "method": "POST",
        "headers": UA,
        "json": {"plc": {"mac": "BC:F2:AF:12:34:56"}},
    },
    {
        "note": "a game network's presence host: `console-net` is a compound label",
        "url": "https://np.console-net.example/v2/presence",
        "method": "POST",
        "headers": UA,
        "json": {"mac": OWN_MAC, "status": "online"},
    },
    {
        "note": "a weather app's place beside the phone's android id: no ownership field",
        "url": "https://api.example-weather.fr/v1/prevision",
        "method": "POST",
        "headers": UA,
        "json": {"location": "Lyon", "android_id": OWN_ANDROID_ID},
    },
    {
        "note": "a car-rental customer's own phone: its id in a header on a rental path",
        "url": "https://api.example-carhire.com/v1/rental/start",
        "method": "POST",
        "headers": {**UA, "x-device-id": OWN_UUID},
        "json": {"booking": "BK-22107"},
    },
]


@pytest.mark.parametrize("example", OWN_DEVICES, ids=lambda e: e["note"][:48])
def test_the_testers_own_devices_stay_found(engine: Engine, example: dict) -> None:
    assert _device(engine, example), example["note"]


@pytest.mark.parametrize(
    ("text", "owner_class"),
    [
        ("etiquette_inventaire", "asset_tag"),
        ("assetTag", "asset_tag"),
        ("Inventarnummer", "asset_tag"),
        ("nr_inwentarzowy", "asset_tag"),
        ("demirbaş_no", "asset_tag"),
        ("資産番号", "asset_tag"),
        ("ownership", "ownership"),
        ("eigendom", "ownership"),
        ("الملكية", "ownership"),
        ("rental", "rented"),
        ("huur", "rented"),
        ("alquiler", "rented"),
        ("kiralık", "rented"),
        ("إيجار", "rented"),
        ("レンタル", "rented"),
        ("henkyaku", "holder"),
        ("返却予定", "holder"),
        ("anpr", "premises_unit"),
        ("transportbanden", "premises_unit"),
        ("cinta_transportadora", "premises_unit"),
        ("wms", "operations_console"),
        ("x-tenant", "tenant_caller"),
        ("x-mandant", "tenant_caller"),
        ("bv", "legal_form"),
        ("gmbh", "legal_form"),
        ("oy", "legal_form"),
    ],
)
def test_owner_words_in_several_languages(text: str, owner_class: str) -> None:
    assert owner_class in text_owner_classes(text)


@pytest.mark.parametrize(
    "text", ["plc", "assetId", "asset_id", "location", "printer", "gate", "console"]
)
def test_words_that_name_no_owner(text: str) -> None:
    """A powerline adapter, a video's id, a place, a home printer and a gate say nothing;
    `location` is read only as the value of an ownership field (French for rental)."""
    assert not text_owner_classes(text) & {
        "asset_tag",
        "premises_unit",
        "operations_console",
        "ownership",
    }


def _tenant_console(tenant: str, direction: str) -> dict:
    units = [{"serial": f"CV4A{n:02d}77B1", "mac": f"00:1A:2B:3C:4D:{n:02X}"} for n in (3, 7, 9)]
    example: dict = {
        "url": "https://dash.example-fleetcam.eu/api/v2/units/status",
        "method": "GET" if direction == "response" else "POST",
        "headers": {**UA, "x-tenant": tenant},
    }
    if direction == "response":
        example["response"] = {"json": {"units": units}}
    else:
        example["json"] = {"androidId": OWN_ANDROID_ID, "mac": OWN_MAC}
    return example


@pytest.mark.parametrize("tenant", ["havenroute-bv", "nordlicht-gmbh", "kuljetus-oy", "acme-ltd"])
def test_a_company_tenants_console_lists_the_companys_units(engine: Engine, tenant: str) -> None:
    assert not _device(engine, _tenant_console(tenant, "response"))


@pytest.mark.parametrize(
    ("tenant", "direction"),
    [("acme-tv", "response"), ("streamly", "response"), ("havenroute-bv", "request")],
)
def test_a_brand_tenant_or_the_callers_own_ids_stay_found(
    engine: Engine, tenant: str, direction: str
) -> None:
    """A white-label app's tenant is a brand, not a company by legal form; and what the
    caller's phone sends up is never dropped by the tenant."""
    assert _device(engine, _tenant_console(tenant, direction))
