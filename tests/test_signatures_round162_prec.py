"""Round 49 (precision, held-out sets 158, 161, 162): an institution's unit is known by
what it does, and a screener is watched for work.

- A clinic's chip reader beside the transponder it read, a lab's analyser beside the
  specimen it examined, a venue's door scanner posting its admission decisions on
  tickets, a unit whose owner field says the organisation owns it, and a classroom's
  tablet checking in to an MDM are not the tester's device
  (`exfilwatch/detect/institution_units.py`, `lexicon/institution_unit.yaml`).
- A screener portal's or a press viewing link's playback (`screeners.<distributor>`,
  `/liens-de-visionnage/<id>/progression`) is professional viewing, not the person's own
  (`lexicon/act.yaml` class `screener`, read like `work` and in host labels, yielding
  to the person's own watching named in the data).

A pet owner's own phone beside her pet's chip, an e-reader's own ids, a visitor's ticket
wallet, a home lock's log, a personally owned phone, a pupil's own attendance call, an
employee's MDM check-in, a consumer's progress under a `screeners` brand and a
festival-goer's screener naming her own watched seconds stay found.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.acts import text_acts
from exfilwatch.detect.institution_units import institution_unit_classes
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.subjects import CATEGORY_VETOES
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round162_prec.jsonl"
UA = {"user-agent": "okhttp/4.12.0"}
CATEGORIES = ("device_id", "viewing_history")


def _found(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category in CATEGORIES}


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_an_institutions_unit_or_a_screener_is_not_reported(engine: Engine, example: dict) -> None:
    assert not _found(engine, example), example["note"]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_the_data_are_there_without_the_vetoes(
    engine: Engine, example: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each negative holds what the rules read: only a veto drops it."""
    for category in CATEGORIES:
        monkeypatch.delitem(CATEGORY_VETOES, category)
    assert _found(engine, example), example["note"]


@pytest.mark.parametrize(
    ("text", "owner_class"),
    [
        ("lecteur", "instrument"),
        ("analyseur", "instrument"),
        ("x-scanner-serial", "instrument"),
        ("transpondeur", "examined"),
        ("echantillon", "examined"),
        ("muestra", "examined"),
        ("ALREADY_SCANNED", "admission"),
        ("entrée autorisée", "admission"),
        ("code_barre", "ticket_code"),
        ("classroom", "classroom"),
        ("sinif", "classroom"),
        ("mdm", "device_management"),
        ("Reelhouse Glasgow (company-owned)", "org_owned"),
        ("COMPANY_OWNED", "org_owned"),
        ("propietario", "owner_key"),
    ],
)
def test_the_words_are_read(text: str, owner_class: str) -> None:
    assert owner_class in institution_unit_classes(text)


@pytest.mark.parametrize("text", ["screeners", "liens-de-visionnage", "pressevisning", "시사회"])
def test_screener_words_name_a_professional_viewing(text: str) -> None:
    assert "screener" in text_acts(text)


KEPT_DEVICES = [
    {
        "note": "a business account's owner is a company; the phone's own id sits beside it",
        "url": "https://api.example-bank.es/v1/session",
        "method": "POST",
        "headers": UA,
        "json": {
            "cuenta": {"propietario": "empresa", "iban": "ES00"},
            "androidId": "9774d56d682e549c",
        },
    },
    {
        "note": "a pet owner's app registers her pet's microchip with her own phone",
        "url": "https://api.example-petpass.com/v2/pets",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {
            "device": {"androidId": "9774d56d682e549c", "wifiMac": "F4:7D:EF:19:3A:5C"},
            "pet": {"name": "Rex", "microchip": "250268934704071"},
        },
    },
    {
        "note": "an e-reader's own serial and MAC under reader, no specimen or tag",
        "url": "https://sync.example-books.com/v1/devices/register",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {
            "reader": {"serialNumber": "G000AB1234567890", "wifiMac": "F4:7D:EF:19:3A:5C"},
            "library": {"books": 12},
        },
    },
    {
        "note": "a visitor's ticket wallet sends its own phone with tickets marked valid",
        "url": "https://api.example-tixwallet.com/v1/wallet/sync",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {
            "androidId": "9774d56d682e549c",
            "tickets": [{"barcode": "TK-22113-9", "status": "valid"}],
        },
    },
    {
        "note": "a visitor's app told ADMIT in a response; its own id goes up",
        "url": "https://api.example-tixwallet.com/v1/entry",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {"androidId": "9774d56d682e549c", "ticket": "TK-22113-9"},
        "response": {"json": {"tickets": [{"ticket": "TK-22113-9", "result": "ADMIT"}]}},
    },
    {
        "note": "a home lock's event log with access granted, no ticket: the household's lock",
        "url": "https://api.example-homelock.com/v1/locks/events",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {
            "lock": {"serialNumber": "LK8812AB3344", "mac": "C8:2B:96:11:22:33"},
            "events": [{"result": "access granted", "user": "mum"}],
        },
    },
    {
        "note": "an employee's own phone enrolled as personally owned (BYOD)",
        "url": "https://enrol.example-logistics.com/api/devices/enrol",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {
            "ownership": "PERSONALLY_OWNED",
            "androidId": "9774d56d682e549c",
            "serialNumber": "R5CT40ABCDQ",
        },
    },
    {
        "note": "an owner field naming a person: the person's own device",
        "url": "https://api.example-smarthome.com/v1/devices/register",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {
            "owner": "Maria Lopes",
            "androidId": "9774d56d682e549c",
            "wifiMac": "F4:7D:EF:19:3A:5C",
        },
    },
    {
        "note": "a pupil's own phone names her classroom to the school's attendance server",
        "url": "https://attendance.example-lycee.fr/api/presence",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {"androidId": "9774d56d682e549c", "classroom": "B2", "eleve": "e-2231"},
    },
    {
        "note": "an MDM check-in of an employee's own phone (no classroom)",
        "url": "https://mdm.example-corp.com/api/checkin",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {"serialNumber": "R5CT40ABCDQ", "wifiMac": "F4:7D:EF:19:3A:5C"},
    },
    {
        "note": "a lab's results fetched by a patient's app: her own phone id in the request",
        "url": "https://api.example-labresults.com/v1/results",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {"androidId": "9774d56d682e549c", "specimen": {"accession": "ACC-2025-118842"}},
    },
]


@pytest.mark.parametrize("example", KEPT_DEVICES, ids=lambda e: e["note"][:48])
def test_the_testers_own_device_stays_found(engine: Engine, example: dict) -> None:
    assert _found(engine, example), example["note"]


KEPT_VIEWING = [
    {
        "note": "a festival-goer's screener progress that names her own watched seconds",
        "url": "https://screeners.example-filmfest.org/api/me/progress",
        "method": "POST",
        "headers": UA,
        "json": {"film_id": "ff-2231", "seconds_watched": 1240, "last_position": 1180},
    },
    {
        "note": "a consumer's resume point on an ordinary streaming host",
        "url": "https://api.example-screenbox.com/v3/profiles/p1/progress/ep-22131",
        "method": "PUT",
        "headers": UA,
        "json": {"positionSec": 812},
    },
    {
        "note": "a brand called screeners (the registered name) is no screener portal",
        "url": "https://api.screeners.example/v3/profiles/p1/progress/ep-22131",
        "method": "PUT",
        "headers": UA,
        "json": {"positionSec": 812},
    },
    {
        "note": "a streaming app's own screenings path (bare screening is not a screener)",
        "url": "https://api.example-stream.com/v1/screenings/sc-2231/progress",
        "method": "POST",
        "headers": UA,
        "json": {"title": "Winter Harbour", "position": 3120, "duration": 6400, "event": "pause"},
    },
]


@pytest.mark.parametrize("example", KEPT_VIEWING, ids=lambda e: e["note"][:48])
def test_a_persons_own_viewing_stays_found(engine: Engine, example: dict) -> None:
    assert "viewing_history" in {f.category for f in engine.analyse(example_exchange(example))}
