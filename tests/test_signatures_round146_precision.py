"""Round 47 (precision, held-out set 146: a school district's IT technician): a school's,
a classroom's or an access point's units listed to its technician, a help-desk ticket's
laptop by its inventory number, a unit filed under an organisational unit, a client that
names itself a signage player or a classroom panel, an administration app's and a device
management service's lists are the institution's units, not the tester's device
(`exfilwatch/detect/unit_owners.py`, `lexicon/unit_owner.yaml`). A class's video
analytics (averages and view counts in Finnish and Swedish) are an aggregate, not one
viewer's history (`structures/aggregates.py`).

A pupil's own app sending her school with her phone's id, a Jamf self-service check-in
of one device and a music app's `/genres/pop` stay found.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.detect.subjects import CATEGORY_VETOES
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round146_precision.jsonl"
UA = {"user-agent": "okhttp/4.12.0"}
OWN_ANDROID_ID = "9774d56d682e549c"
OWN_MAC = "F4:7D:EF:19:3A:5C"


def _found(engine: Engine, example: dict, category: str) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == category}


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


# Fields whose presence alone makes the unit an organisation's asset: other readers of
# the record honour them too, so their examples are checked with the field taken out.
_ASSET_FIELDS = ("inventarienr", "orgUnitPath")


def _device_lines() -> list[dict]:
    return [
        e
        for e in _lines()
        if "analytics" not in e["note"] and "statistics" not in e["note"] and not _asset_field(e)
    ]


def _asset_field(example: dict) -> str | None:
    text = json.dumps(example.get("json", {}))
    return next((field for field in _ASSET_FIELDS if f'"{field}"' in text), None)


def _without(value: object, field: str) -> object:
    if isinstance(value, dict):
        return {k: _without(v, field) for k, v in value.items() if k != field}
    return value


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_an_institutions_unit_or_a_class_aggregate_is_not_reported(
    engine: Engine, example: dict
) -> None:
    assert not _found(engine, example, "device_id"), example["note"]
    assert not _found(engine, example, "viewing_history"), example["note"]


@pytest.mark.parametrize("example", _device_lines(), ids=lambda e: e["note"][:48])
def test_the_identifiers_are_there_without_the_veto(
    engine: Engine, example: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each device negative holds an identifier the rules read: only the veto drops it."""
    monkeypatch.delitem(CATEGORY_VETOES, "device_id")
    assert _found(engine, example, "device_id"), example["note"]


@pytest.mark.parametrize(
    "example", [e for e in _lines() if _asset_field(e)], ids=lambda e: e["note"][:48]
)
def test_the_asset_field_is_what_drops_the_unit(engine: Engine, example: dict) -> None:
    field = _asset_field(example)
    assert field is not None
    bare = {**example, "json": _without(example["json"], field)}
    assert _found(engine, bare, "device_id"), example["note"]


@pytest.mark.parametrize(
    "key",
    ["keskim_katseluaika_s", "keskimaarainen_kesto", "genomsnittlig_tittartid", "katselukerrat",
     "visningar"],
)  # fmt: skip
def test_finnish_and_swedish_averages_and_counts_are_aggregates(key: str) -> None:
    assert aggregate_key(key)


OWN_DEVICES = [
    {
        "note": "a pupil's own homework app sends her school beside her phone's android id",
        "url": "https://api.example-laksy.fi/v1/kirjaudu",
        "method": "POST",
        "headers": UA,
        "json": {"koulu": "Olarin koulu", "luokka": "7C", "android_id": OWN_ANDROID_ID},
    },
    {
        "note": "a Swedish pupil's app registers her phone's MAC with her skola in the query",
        "url": "https://api.example-laxor.se/v1/enhet?skola=4471",
        "method": "POST",
        "headers": UA,
        "json": {"enhet": {"mac": OWN_MAC, "android_id": OWN_ANDROID_ID}},
    },
    {
        "note": "a music app's pop genre page registers the phone's android id",
        "url": "https://api.example-music.com/v1/genres/pop/register",
        "method": "POST",
        "headers": UA,
        "json": {"android_id": OWN_ANDROID_ID},
    },
    {
        "note": "a Jamf self-service answer about the one device asking",
        "url": "https://example-co.jamfcloud.com/api/self/device",
        "method": "GET",
        "headers": UA,
        "response": {"json": {"device": {"WiFiMAC": OWN_MAC, "android_id": OWN_ANDROID_ID}}},
    },
]


@pytest.mark.parametrize("example", OWN_DEVICES, ids=lambda e: e["note"][:48])
def test_the_testers_own_device_stays_found(engine: Engine, example: dict) -> None:
    assert _found(engine, example, "device_id"), example["note"]
