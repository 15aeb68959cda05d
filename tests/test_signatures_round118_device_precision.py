"""Round 42 (device precision, set 116): a workshop's job is its customer's, its tools are
its own. A diagnostic app that signs in as a repair workshop (a request header naming
one), a workshop's machine cloud (a host label naming one) and a record naming the
technician or mechanic who works it report a customer's car, a client's charger or the
workshop's own dongles, lifts and compressors: never the tester's device
(`exfilwatch/detect/unit_owners.py`, one veto every device rule honours). The tester's
own car, garage door opener and phone stay found.

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
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round118_device_precision.jsonl"
)
OWN_MAC = "F4:7D:EF:19:3A:5C"
OWN_IMEI = "353918057123453"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_a_workshops_job_or_tool_is_no_device_of_the_tester(engine: Engine, example: dict) -> None:
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
            "note": "the owner's own car enrols its telematics unit and his phone",
            "url": "https://connect.example-carapp.pl/api/v2/pojazdy/rejestracja",
            "method": "POST",
            "json": {"vin": "TMBJJ7NE8L0123456", "ocu": {"imei": OWN_IMEI}},
        },
        {
            "note": "a home garage door opener's MAC: English garage is the household's",
            "url": "https://api.example-opener.com/v1/garage/doors/status",
            "method": "POST",
            "headers": {"X-Garage-Id": "home-1"},
            "json": {"opener": {"mac": OWN_MAC}},
        },
        {
            "note": "a workshop named only in the response headers: the caller is no workshop",
            "url": "https://api.example-carapp.pl/api/v2/pojazdy/status",
            "method": "POST",
            "json": {"ocu": {"imei": OWN_IMEI}},
            "response": {"headers": {"X-Workshop-Id": "WAW-1"}, "json": {"ok": True}},
        },
        {
            "note": "no technician on the record yet (null): the owner's own car",
            "url": "https://api.example-carapp.pl/api/v2/pojazdy/serwis",
            "method": "POST",
            "json": {"technician": None, "ocu": {"imei": OWN_IMEI}},
        },
    ],
    ids=lambda e: e["note"][:48],
)
def test_the_testers_own_devices_stay_found(engine: Engine, example: dict) -> None:
    assert _device(engine, example), example["note"]


@pytest.mark.parametrize(
    ("text", "owner_class"),
    [
        ("x-dl-workshop", "workshop"),
        ("maszyny-warsztat", "workshop"),
        ("майстерня", "workshop"),
        ("Werkstätten", "workshop"),
        ("officina", "workshop"),
        ("technician", "job_worker"),
        ("механік", "job_worker"),
        ("mechanik", "job_worker"),
        ("técnico", "job_worker"),
    ],
)
def test_workshop_and_worker_words_in_several_languages(text: str, owner_class: str) -> None:
    assert owner_class in text_owner_classes(text)


@pytest.mark.parametrize("text", ["garage", "usta", "oficina", "technology", "tech"])
def test_words_that_stay_out(text: str) -> None:
    assert not text_owner_classes(text) & {"workshop", "job_worker"}
