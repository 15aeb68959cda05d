"""Round 61 (device ids, sets 61-62): a kiosk in the singular, in any language the
`fleet` class covers, is the shop's unit wherever the word sits (URL or the value's
path); a GA4 Measurement Protocol body's app instance id (not the web `_ga` cookie
form of `client_id`); a TV box's serial in an ACR fingerprint upload; Conviva's
two-number client id."""

from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "a tablet in kiosk mode reports its own Wi-Fi MAC (kiosk is a flag, not the path)",
        "url": "https://mdm.example-family.com/v1/devices/status",
        "method": "POST",
        "json": {"kioskMode": True, "network": {"wifiMac": "3c:5a:b4:12:34:56"}},
    },
    {
        "note": "a TV's own status with its MAC",
        "url": "https://api.example-tv.it/v1/televisore/stato",
        "response": {"json": {"rete": {"macAddress": "f4:7b:09:f5:fd:c5"}}},
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.ga4_measurement_protocol_client_id",
        {
            "url": "https://www.google-analytics.com/mp/collect?measurement_id=G-TVAPP12&api_secret=k1",
            "method": "POST",
            "json": {"client_id": "cc2fdf41c4ac0b74dcca3a0e2b4d5052", "events": [{"name": "x"}]},
        },
    ),
    (
        "device_id.ga4_measurement_protocol_client_id",
        {
            "url": "https://region1.google-analytics.com/mp/collect?api_secret=k1"
            "&firebase_app_id=1:123456789012:android:ab12cd34",
            "method": "POST",
            "json": {"app_instance_id": "a9f3c1e2b4d5067f8e9d0c1b2a3f4e5d", "events": []},
        },
    ),
    (
        "device_id.acr_match_device_serial",
        {
            "url": "https://acr-eu.example-box.tv/v3/match",
            "method": "POST",
            "json": {"sn": "BX77C1E2B4D506", "fingerprint": {"video": ["9d23556f2b270a72"]}},
        },
    ),
    (
        "device_id.conviva_clid",
        {
            "url": "https://example.cws.conviva.com/0/wsg",
            "method": "POST",
            "json": {"t": "CwsSessionHb", "sid": 4411, "clid": "230140041.985417288"},
        },
    ),
]


@pytest.mark.parametrize("example", OWN_THINGS, ids=lambda e: e["note"][:40])
def test_own_things_still_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" in categories_found(engine, example)


@pytest.mark.parametrize(
    "rule,example", POSITIVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(POSITIVES)]
)
def test_positives(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in rules_found(engine, example)
