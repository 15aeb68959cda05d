"""Round 26 (device ids, sets 67-70): a traveller's and a creator's borrowed equipment
is the operator's fleet (a hotel's door locks and room TV, a rented scooter's lock on a
ride, a studio's DMX nodes), while the user's own lock, TV, watch and car stay found;
Bugly's per-upload `aid` nonce is not an advertising id; new shapes: an app-prefixed
compound device cookie, an instance id beside the phone's make and model, Greek
`tautotita` (identity), a watch driving an app as its remote (`x-remote-sn`)."""

from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "a smart-lock app's event log with the user's own lock MAC",
        "url": "https://api.example-lock.com/v2/events",
        "method": "POST",
        "json": {
            "events": [{"type": "UNLOCK", "ts": 1730764867790}],
            "lockMac": "54:EF:44:12:9E:7F",
        },
    },
    {
        "note": "the user's own smart lock bound by the app",
        "url": "https://api.example-lock.com/v3/devices/bind",
        "method": "POST",
        "json": {
            "deviceType": "lock.fl3",
            "serialNumber": "FL3A1239987Z",
            "bleMac": "54:EF:44:0A:1B:2C",
        },
    },
    {
        "note": "a TV remote app reads the user's own TV status",
        "url": "https://api.example-tv.com/v1/tv/status",
        "response": {"json": {"power": "on", "network": {"macAddress": "f4:7b:09:f5:fd:c5"}}},
    },
    {
        "note": "a connected-car app's trip log with the user's car VIN",
        "url": "https://api.example-car.com/v1/vehicles/1/trips",
        "method": "POST",
        "json": {"vin": "1HGCM82633A004352", "km": 12.4},
    },
    {
        "note": "the creator's watch drives a teleprompter as its remote",
        "url": "https://api.example-prompter.app/v1/remotes/ping",
        "method": "POST",
        "headers": {"x-remote-sn": "GF86F815C9"},
        "json": {"battery": 53},
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.device_cookie_compound",
        {
            "url": "https://mobile.example-fm.cn/mobile-playpage/statistics/v2/track/play",
            "method": "POST",
            "headers": {
                "cookie": "1&_device=android&2c9095b2-bb2d-43df-a16d-624329f5b4b5&9.2.12; channel=x"
            },
            "json": {"trackId": 702330984, "playedSecs": 367},
        },
    ),
    (
        "device_id.instance_id_device_context",
        {
            "url": "https://tracking.example-tv.com/track/v4",
            "method": "POST",
            "json": {
                "H": {
                    "instance_id": "11890e19e3e83d313723cbd544c1f8c8",
                    "mfrs": "Xiaomi",
                    "model": "L65M8-A2",
                },
                "B": [{"event": "app_open"}],
            },
        },
    ),
    (
        "device_id.device_id_multilingual",
        {
            "url": "https://api.example-tv.com.cy/api/v1/syskevi/syndesi",
            "method": "POST",
            "json": {"tautotita_syskevis": "df8d9f48a2d7d420", "montelo": "Pixel 8a"},
        },
    ),
    (
        "device_id.header_device_serial",
        {
            "url": "https://api.example-prompter.app/v1/remotes/ping",
            "method": "POST",
            "headers": {"x-remote-sn": "GF86F815C9"},
            "json": {"battery": 53},
        },
    ),
]

NOT_DEVICE: list[dict[str, Any]] = [
    {
        "note": "Bugly's crash upload nonce",
        "url": "https://android.bugly.qq.com/rqd/async?aid=516ee0eb-79dc-4bdd-a1a0-097702b6bb08",
        "method": "POST",
        "body": "x",
    },
    {
        "note": "a hotel's door lock in a stay's key",
        "url": "https://mobile.example-hotels.com/api/v2/stays/41272125/keys",
        "method": "POST",
        "response": {"json": {"key": {"lockMac": "D4:36:39:16:D1:17", "keySlot": 2}}},
    },
    {
        "note": "a shared scooter's lock MAC on a ride",
        "url": "https://api.example-micro.com/v3/rides/ride_4954872df6/telemetry",
        "method": "POST",
        "json": {"speedKmh": [22.6, 4.8], "lockMac": "E4:5F:01:E3:FA:C7"},
    },
    {
        "note": "a studio's DMX node",
        "url": "https://api.example-studio.ca/v1/rooms/plateau-b/fixtures",
        "response": {"json": {"dmxNodes": [{"macAddress": "00:50:C2:1A:2B:3C"}]}},
    },
]


@pytest.mark.parametrize("example", OWN_THINGS, ids=lambda e: e["note"][:40])
def test_own_things_still_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" in categories_found(engine, example)


@pytest.mark.parametrize(
    "rule,example", POSITIVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(POSITIVES)]
)
def test_positives(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in rules_found(engine, example)


@pytest.mark.parametrize("example", NOT_DEVICE, ids=lambda e: e["note"][:40])
def test_borrowed_things_not_device(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" not in categories_found(engine, example)
