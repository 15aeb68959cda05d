"""Round 59 (device ids, sets 59-60): shared equipment of a building, a campus or a
shop (room sensors, a student house's laundry machines, deposit and vending machines,
kiosks, the buses at a stop) is the operator's fleet, read from the one `fleet` class
of lexicon/device.yaml; the user's own things are still found. Also a listener id keyed
in the app's language (`ouvinteId`) and an Android ID after a device noun in another
language (`/dispositivos/<id>/confiar`)."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon.patterns import entries
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round59_device.jsonl"

OWN_THINGS = [
    {
        "url": "https://api.example-termo.se/v1/hem/rum/vardagsrum/termostat",
        "response": {"json": {"termostat": {"macAddress": "3C:5A:B4:12:9E:7F", "temp": 21.5}}},
    },
    {
        "url": "https://api.example-hoer.de/v1/hoergeraete/koppeln",
        "method": "POST",
        "json": {"leftSerial": "2319S395321", "bleMac": "C8:FF:28:08:CA:D8"},
    },
    {
        "url": "https://api.example-gluco.fi/v2/mittari/yhdista",
        "method": "POST",
        "json": {"meterSerial": "GM88213470AB", "bleMac": "C8:FF:28:08:CA:D9"},
    },
    {
        "url": "https://api.example-irrig.no/v1/kontroller/status",
        "response": {"json": {"serialNumber": "RC7731920ACE", "wifiMac": "3c:5a:b4:12:34:56"}},
    },
    {
        "url": "https://api.example-wash.de/v1/geraete/waschmaschine/status",
        "response": {"json": {"serialNumber": "MI7731920ACE", "wifiMac": "3c:5a:b4:12:34:58"}},
    },
    {
        "url": "https://api.example-puls.dk/v1/pulsbaelte/par",
        "method": "POST",
        "json": {"strapMac": "C8:FF:28:08:CA:DA", "firmware": "2.1"},
    },
    {
        "url": "https://api.example-car.com/v1/vehicles/5YJMG0986RB224515/wake_up",
        "method": "POST",
        "json": {"vin": "5YJMG0986RB224515"},
    },
]

POSITIVES = [
    (
        "device_id.listener_id_multilingual",
        {
            "url": "https://audiencia.example-radio.com.br/v2/sessoes",
            "method": "POST",
            "json": {
                "ouvinteId": "L88022991389835",
                "emissora": "Onda 104.7",
                "segundosOuvidos": 60,
            },
        },
    ),
    (
        "device_id.listener_id_multilingual",
        {
            "url": "https://api.example-radio.nl/v1/luistersessies",
            "method": "POST",
            "json": {"luisteraar_id": "b41c9e07d2a35f68", "zender": "Radio Noord"},
        },
    ),
    (
        "device_id.url_path_multilingual",
        {
            "url": "https://api.example-banco.com.br/v1/dispositivos/19bdca1307e6d772/confiar",
            "method": "PUT",
            "json": {"apelido": "motorola edge 40"},
        },
    ),
    (
        "device_id.url_path_multilingual",
        {"url": "https://api.example-app.se/v1/enheter/7c1e9a30b5d24f86/push", "method": "POST"},
    ),
]


def device_ids(engine: Engine, example: dict) -> list[str]:
    """Device-id signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "device_id"]


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_shared_equipment_and_look_alikes_are_not_device_ids(engine: Engine, line: str) -> None:
    assert device_ids(engine, json.loads(line)) == []


@pytest.mark.parametrize("example", OWN_THINGS, ids=lambda e: e["url"])
def test_users_own_things_are_still_found(engine: Engine, example: dict) -> None:
    assert device_ids(engine, example)


@pytest.mark.parametrize(("rule", "example"), POSITIVES, ids=lambda p: str(p)[:60])
def test_listener_and_path_device_ids_are_found(engine: Engine, rule: str, example: dict) -> None:
    assert rule in device_ids(engine, example)


def test_fleet_class_names_shared_equipment_in_many_languages() -> None:
    words = set(entries("device", ("fleet",)))
    assert {"kampus-", "maskiner", "automaatit", "pfandautomat-", "vaskeri-", "laverie-"} <= words
    assert {"lavanderia-", "distributori automatici", "koinochrist-", "kiosks"} <= words
    # Nouns the user's own things go by stay out.
    assert not {"machines", "vehicles", "washer", "sensors", "rooms", "rum"} & words
