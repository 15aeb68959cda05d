"""Round 41 (held-out sets 111-114), device id recall: an iOS app's identifier for vendor in a
header it names after the vendor (`x-<app>-vendor`, `x-vendor-id`), read by the upper-case UUID
iOS prints; a MAC named noun first (`mac_wifi`, `mac_lan`); a TV's ACR client id at the top of
its report in either word order (`id_acr`, `acr_id`); more device kinds in serial headers
(`x-buds-serial`, `x-ring-sn`); a hashed unit serial in a firmware update check. Hard
negatives: a marketplace's or a supplier's vendor, a recognised song's ACR id, a sequence
number, a certificate serial.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

IOS_VENDOR_ID = "9C2E41B7-0F5A-4D83-B6E1-7A3D20C5F914"
SHOP = "https://api.example-shop.com/v1/p"
NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round114_device_recall.jsonl"
)


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "header",
    ["x-swipe-vendor", "x-vendor-id", "x-vendor-uuid", "x-hb-ios-vendor", "x-pal-vendor-uuid"],
)
def test_an_ios_vendor_id_under_a_vendor_header(engine: Engine, header: str) -> None:
    example = {
        "url": "https://api.example-match.app/v4/discover",
        "headers": {header: IOS_VENDOR_ID, "user-agent": "Match/220 CFNetwork/1498 Darwin/23.6.0"},
    }
    assert "device_id.idfv_vendor_header_upper" in _device(engine, example), header


@pytest.mark.parametrize(
    "example",
    [
        {"url": SHOP, "headers": {"x-shop-vendor": IOS_VENDOR_ID.lower()}},
        {"url": SHOP, "headers": {"x-hw-vendor": IOS_VENDOR_ID}},
        {"url": SHOP, "headers": {"x-vendor": IOS_VENDOR_ID}},
        {
            "url": "https://erp.example-co.de/api/rechnungen",
            "method": "POST",
            "headers": {"x-erp-vendor": IOS_VENDOR_ID},
            "json": {"invoice": "R-77", "amount": 99.0},
        },
    ],
)
def test_a_vendor_header_that_is_no_ios_vendor_id(engine: Engine, example: dict) -> None:
    assert "device_id.idfv_vendor_header_upper" not in _device(engine, example)


@pytest.mark.parametrize("key", ["mac_wifi", "mac_lan", "macWifi", "mac_bluetooth", "mac_eth"])
def test_a_mac_named_noun_first(engine: Engine, key: str) -> None:
    example = {
        "url": "https://tv.example-layar.co.id/api/v1/status",
        "method": "POST",
        "json": {key: "00259C4A7B1E", "versi": "11"},
    }
    assert "device_id.mac" in _device(engine, example), key


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://tv.example-layar.co.id/acr/v2/laporan", "id_acr"),
        ("https://tv.example-ecran.fr/v1/acr-rapport", "identifiant_acr"),
        ("https://acr.example-screens.com/v3/matches", "acr_id"),
    ],
)
def test_a_tv_acr_client_id_at_the_top_of_its_report(engine: Engine, url: str, key: str) -> None:
    example = {
        "url": url,
        "method": "POST",
        "json": {key: "5d18e0c2a94b7f3316e2a0bd", "hasil": [{"kanal": "TV1", "detik": 120}]},
    }
    assert "device_id.acr_report_client_id" in _device(engine, example), key


@pytest.mark.parametrize(
    "header", ["x-buds-serial", "x-earbuds-sn", "x-ring-serial", "x-scale-sn", "x-lock-serial"]
)
def test_a_serial_header_named_for_a_personal_device(engine: Engine, header: str) -> None:
    example = {
        "url": "https://api.example-audio.eu/v1/devices/sync",
        "method": "POST",
        "headers": {header: "EB4K29X07731"},
        "json": {"batt": 80},
    }
    assert "device_id.header_device_serial" in _device(engine, example), header


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-band.io/fw/v3/check?sn=c41f0e9b27d6a583&cur=1.9.4",
        "https://api.example-ring.com/firmware/latest?serial=0a9d3e7c51b2f648&v=2.2",
        "https://ota.example-cam.cn/ota/query?device_sn=5be10c7d9a2f4e36",
    ],
)
def test_a_hashed_serial_in_a_firmware_check(engine: Engine, url: str) -> None:
    assert "device_id.firmware_check_serial" in _device(engine, {"url": url}), url


def test_the_round_negatives_report_nothing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 8
    for line in lines:
        example = json.loads(line)
        found = engine.analyse(example_exchange(example))
        assert not found, (example["note"], [f.signature for f in found])
