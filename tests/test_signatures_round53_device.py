"""Round 53 (device ids): a public or shared thing's MAC or serial (parcel lockers,
dock stations, shared bikes, rented power banks) names the operator's fleet, read from
one lexicon class (`fleet` in lexicon/device.yaml) by every hardware-id rule; the
user's own things are still found. Also an IMEI under a handset noun (`terminal=`,
`/equipos/v1/{imei}`) and the IDFV as `vendorId` in a device binding."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon.patterns import entries
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round53_device.jsonl"
RULES = Path(__file__).parent.parent / "signatures" / "device_id"
FLEET_RULES = [
    "mac-address",
    "mac-address-value",
    "thing-serial-key",
    "vin",
    "bare-thing-serial",
    "serial-number-key",
    "hardware-serial",
    "device-serial-url-path",
    "device-serial-url-path-device-call",
    "thing-noun-id-multilingual",
    "device-identity-record",
]

OWN_THINGS = [
    {
        "url": "https://api.example-bell.com/v1/doorbells/pair",
        "method": "POST",
        "json": {"doorbell_sn": "DB7731920ACE", "bleMac": "3C:5A:B4:12:34:57"},
    },
    {
        "url": "https://api.example-cam.io/v2/clips/sync",
        "method": "POST",
        "json": {"cameraSn": "HSC68937E96EFF5"},
    },
    {
        "url": "https://api.example-tv.com/v1/tv/status",
        "response": {"json": {"network": {"macAddress": "f4:7b:09:f5:fd:c5"}}},
    },
    {
        "url": "https://api.example-watch.com/v1/watch/register",
        "method": "POST",
        "json": {"watch_serial": "WT2024X99812", "model": "W5"},
    },
    {
        "url": "https://api.example-car.com/v1/remote/door_unlock",
        "method": "POST",
        "json": {"vin": "5YJMG0986RB224515", "command": "door_unlock"},
    },
    {
        "url": "https://api.example-lock.com/v1/door/unlock",
        "method": "POST",
        "json": {"lock_sn": "DL84512739AB"},
    },
    {
        "url": "https://api.example-print.com/v1/printers/pair",
        "method": "POST",
        "json": {"printer_sn": "X3B9912734", "wifiMac": "3c:5a:b4:12:9e:7f"},
    },
]

POSITIVES = [
    {
        "url": "https://apimovil.example-telco.mx/red/v1/diagnostico?terminal=359075147386402&rsrp=-95"
    },
    {"url": "https://apimovil.example-telco.mx/equipos/v1/359075147386402/estado"},
    {
        "url": "https://api.example-broker.nl/v1/auth/device-binding",
        "method": "POST",
        "json": {
            "vendorId": "6340EB31-C4BA-478C-8015-29F976528F05",
            "publicKey": "74beb8b18360f857",
            "deviceName": "iPhone van Sanne",
            "biometryType": "faceID",
        },
    },
]


def device_ids(engine: Engine, example: dict) -> list[str]:
    """Device-id signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "device_id"]


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_fleet_things_and_look_alikes_are_not_device_ids(engine: Engine, line: str) -> None:
    assert device_ids(engine, json.loads(line)) == []


@pytest.mark.parametrize("example", OWN_THINGS, ids=lambda e: e["url"])
def test_users_own_things_are_still_found(engine: Engine, example: dict) -> None:
    assert device_ids(engine, example)


@pytest.mark.parametrize("example", POSITIVES, ids=lambda e: e["url"])
def test_imei_under_handset_nouns_and_idfv_binding_are_found(engine: Engine, example: dict) -> None:
    assert device_ids(engine, example)


@pytest.mark.parametrize("name", FLEET_RULES)
def test_every_hardware_id_rule_reads_the_one_fleet_class(name: str) -> None:
    """The fleet words live in the lexicon once, not copied into each rule."""
    text = (RULES / f"{name}.yaml").read_text(encoding="utf-8")
    match = text.split("\nexamples:")[0]
    assert "(?#lex:device.fleet)" in match
    assert "verhuur" not in match and "gongxiang" not in match


def test_fleet_class_covers_many_languages() -> None:
    words = set(entries("device", ("fleet",)))
    assert {"kluis", "casier-", "schliessfach-", "alquiler-", "kiraya", "kuliya"} <= words
