"""Round 36 (held-out sets 93-96): a device registered on an installer's job or a
client's record, lent to a tourist or a guest, listed in a company fleet's path or
in a radio scan is someone else's; a TV box's launcher sends the box's own
slash-printed serial. The person's own devices (a watch paired once, a doorbell's
health with its signal, a home's devices, an owner's car) stay found.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round96_device.jsonl"
MAC = "3C:71:BF:2A:90:14"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def test_the_negatives_file_is_quiet(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _device(engine, example), example["note"]


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://api.example-watch.com/v1/pair", "method": "POST",
         "json": {"btAddress": MAC, "model": "W5"}},
        {"url": "https://api.example-bell.com/v2/doorbots/health", "method": "POST",
         "json": {"serialNumber": "DB7712093344", "wifiMac": MAC, "rssi": -61}},
        {"url": "https://api.example-home.com/v1/homes/8812/devices", "method": "POST",
         "json": {"serialNumber": "HB2231009911", "macAddress": MAC}},
        {"url": "https://api.example-mirror.com/v1/diagnostics", "method": "POST",
         "json": {"ble": {"peripheral": MAC, "rssi": -55}}},
        {"url": "https://fleet-api.example-car.com/api/1/vehicles/register", "method": "POST",
         "json": {"wifiMac": MAC, "model": "M3"}},
        {"url": "https://api.example-tvbox.com/launcher/v1/history/sync", "method": "POST",
         "json": {"history": [{"app": "com.example.ott", "ms": 1200}], "sn": "27840/C7AD4638"}},
        {"url": "https://ota.example-tv.com/fota/v2/check", "method": "POST",
         "json": {"serial": "23408/721E6AFE", "channel": "stable"}},
    ],
)  # fmt: skip
def test_the_persons_own_devices_stay_found(engine: Engine, example: dict) -> None:
    assert _device(engine, example), example


def test_the_new_classes_read_their_words() -> None:
    lexicon = load("device")
    assert lexicon.word("zlecenia") == "fleet"
    assert lexicon.word("skan") == "around"
    assert lexicon.word("klienci") == "sites"
