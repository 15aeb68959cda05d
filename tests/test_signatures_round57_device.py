"""Round 57 (device ids): a digest of the ANDROID_ID under a key naming it (`x-android-id`,
`andId`), hyphenated printed serials of the user's own door lock and solar inverter, and
public infrastructure (parking-bay sensors, meters, street lights, smart bins, mall
beacons, a laundromat's machines, a gym's door) kept out as a fleet, not the tester's
device."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round57_device.jsonl"

POSITIVES = [
    (
        {
            "url": "https://m.api.example-music.co.kr/m6/mymusic/recent/sync.json",
            "method": "POST",
            "headers": {"x-android-id": "6d6bb6bb4003a6b375f09226a1212d53"},
            "json": {"songs": [{"songId": "37301458"}]},
        },
        "device_id.android_id.digest",
    ),
    (
        {
            "url": "https://api.example-invest.co.kr/v1/sec/session",
            "method": "POST",
            "json": {"andId": "b5112b5fc294feb7672acb51a01d7a9295d23f355ad5621fb7b573ed4c3e9214"},
        },
        "device_id.android_id.digest",
    ),
    (
        {
            "url": "https://iot.example-home.co.kr/api/door/status?serialNo=CDV2188-6AAEBF13",
            "response": {"json": {"locked": True, "battery": 52, "fw": "2.4.1"}},
        },
        "device_id.serial_number_key",
    ),
    (
        {
            "url": "https://iot.example-home.co.kr/api/door/face/enroll",
            "method": "POST",
            "json": {"doorSerial": "CDV2188-6AAEBF13", "memberName": "mom"},
        },
        "device_id.thing_serial_key",
    ),
    (
        {"url": "https://api.example-energy.co.nz/v1/inverters/SE530082AD-28/telemetry?window=24h"},
        "device_id.serial.url_path_device_call",
    ),
    (
        {
            "url": "https://api.example-energy.co.nz/v1/battery/status",
            "response": {"json": {"network": {"wifiMac": "3c:5a:b4:12:34:56"}}},
        },
        "device_id.mac",
    ),
]


@pytest.mark.parametrize(("example", "rule"), POSITIVES)
def test_own_device_ids_found(engine: Engine, example: dict, rule: str) -> None:
    found = {f.signature for f in engine.analyse(example_exchange(example))}
    assert rule in found


def test_public_things_and_lookalikes_stay_quiet(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        findings = engine.analyse(example_exchange(example))
        assert not findings, (example["url"], [f.signature for f in findings])
