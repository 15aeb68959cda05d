"""Round 43, device id precision at work: the evidence that an identifier is a site's unit
and not the tester's, read whatever the trade and the language.

Every precision stress set of a person at work (a physiotherapist, a warehouse lead, a
mechanic, an installer, a sound engineer) first scored device precision .12-.30, and each
round vetoed that set's own words. Three readings carry to the next trade instead:
- the caller: a request header naming a practice, a clinic, a warehouse or a depot (like
  round 42's workshop) says the app signs in as that site, so its units are the site's;
- the quantity: a dozen or more units listed with their own serials or MACs is a
  console's or a stocktake's inventory, not a household's handful;
- the unit's class: payment terminals, signage players, encoders, door and access
  controllers, scan tools and vehicle lifts are a site's equipment in any trade.
What must stay found: the phone's own ids in its own check-in (an MDM agent naming its
tenant), a household's few devices, a home app naming its household.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

UA = "okhttp/4.12.0"
NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round122_device_precision.jsonl"
)


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _units(count: int, serial_key: str, mac_key: str) -> list[dict[str, str]]:
    return [
        {serial_key: f"SN{48213 + i * 97:07d}", mac_key: f"3C:22:FB:{i:02X}:{i * 5 % 256:02X}:7E"}
        for i in range(count)
    ]


@pytest.mark.parametrize(
    "header",
    ["x-cabinet", "x-praxis", "x-praktijk-id", "x-clinic-id", "x-magazijn", "x-almacen"],
)
def test_a_site_signing_in_keeps_its_units_out(engine: Engine, header: str) -> None:
    example = {
        "url": "https://api.example-kit.eu/v1/units/telemetry",
        "headers": {"user-agent": UA, header: "site-0417"},
        "json": {"serialNumber": "TM-88120457", "wifiMac": "00:1E:C0:8B:33:71", "load": 0.4},
    }
    assert not _device(engine, example), header


@pytest.mark.parametrize("count", [12, 18, 40])
def test_an_inventory_of_many_units_is_a_fleet(engine: Engine, count: int) -> None:
    example = {
        "url": "https://console.example-net.io/api/v2/units",
        "method": "GET",
        "headers": {"user-agent": UA},
        "response": {"json": {"units": _units(count, "serialNumber", "macAddress")}},
    }
    assert not _device(engine, example), count


@pytest.mark.parametrize(
    "key", ["encoder", "doorController", "zutrittscontroller", "codificador", "scan_tool"]
)
def test_site_equipment_by_its_class(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-ops.eu/v1/status",
        "headers": {"user-agent": UA},
        "json": {key: {"serialNumber": "EQ-40917733", "mac": "00:50:C2:7E:31:09"}, "up": True},
    }
    assert not _device(engine, example), key


@pytest.mark.parametrize("count", [3, 6])
def test_a_household_list_of_a_handful_stays_found(engine: Engine, count: int) -> None:
    example = {
        "url": "https://api.example-home.eu/v1/devices",
        "method": "GET",
        "headers": {"user-agent": UA},
        "response": {"json": {"devices": _units(count, "serialNumber", "macAddress")}},
    }
    assert _device(engine, example), count


def test_a_batch_stamping_the_phone_id_on_every_event_stays_found(engine: Engine) -> None:
    """Many records, one phone: the id repeats on every member, so it is no inventory."""
    events = [
        {"event_id": f"ev{90412 + i:08d}", "android_id": "9f2c7a1e5b3d8046", "name": "open"}
        for i in range(15)
    ]
    example = {
        "url": "https://events.example-app.eu/v1/batch",
        "headers": {"user-agent": UA},
        "json": {"events": events},
    }
    assert _device(engine, example)


@pytest.mark.parametrize("header", ["x-tenant", "x-household", "x-home-id"])
def test_the_phone_own_check_in_stays_found(engine: Engine, header: str) -> None:
    """An MDM agent's check-in names its tenant, a home app its household: still the
    phone's own identifiers."""
    example = {
        "url": "https://mdm.example-corp.eu/agent/checkin",
        "headers": {"user-agent": UA, header: "acme-eu"},
        "json": {"android_id": "9f2c7a1e5b3d8046", "serialNumber": "R58N91XKJ2A"},
    }
    assert _device(engine, example), header


def test_the_round_negatives_report_no_device(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 12
    for line in lines:
        example = json.loads(line)
        assert not _device(engine, example), example["note"]
