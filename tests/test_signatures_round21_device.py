"""Round 21 (sets 21-24 as development sets): the device-id families behind their
misses, written with other languages and vendors than the sets used, so each test
checks the family (a device noun read by word class in any language, in any place;
an id-first Romance key inside a device object; the telecom "terminal"; getUniqueId;
a platform-prefixed ESN; a telematics unit's serial in a path), not one app."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

UUID = "3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c"
HEX = "9774d56d682e549c1a2b"


def _device_rules(engine: Engine, example: dict[str, Any]) -> set[str]:
    """Rule ids of the device-id findings on one example exchange."""
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "key",
    [
        "cihaz_kimligi",  # Turkish, id after the noun
        "identyfikator_urzadzenia",  # Polish, id first
        "apparaat_id",  # Dutch
        "gigi_id",  # Korean romanised
        "jihaz_raqam",  # Arabic transliterated
        "upkaran_id",  # Hindi romanised
        "khrueang_id",  # Thai romanised
        "ustroistvo_id",  # Russian transliterated
        "id_perangkat",  # Indonesian
        "ma_thiet_bi",  # Vietnamese
    ],
)
def test_device_noun_in_any_language(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example.net/v1/s", "json": {key: UUID}}
    assert "device_id.device_id_multilingual" in _device_rules(engine, example)


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://api.example.pl/v1/a", "headers": {"x-urzadzenie-id": HEX}},
        {"url": "https://api.example.tr/v1/a", "headers": {"Cookie": f"xy_cihaz_id={HEX}"}},
        {"url": f"https://api.example.nl/v1/a?apparaat_id={HEX}"},
        {"url": "https://api.example.id/v1/a", "form": {"kode_perangkat": HEX}},
    ],
)
def test_device_noun_in_headers_cookies_query_forms(engine: Engine, example: dict) -> None:
    assert "device_id.device_id_multilingual" in _device_rules(engine, example)


def test_attribute_prefix_is_not_an_app_prefix(engine: Engine) -> None:
    example = {"url": "https://api.example.it/v1/a", "json": {"nome_dispositivo": HEX}}
    assert not _device_rules(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        {"urzadzenie": {"id": UUID, "model": "Pixel 8"}},
        {"cihaz": {"idAndroid": "088623bf1b3cc4a9"}},
        {"perangkat": {"id_instalasi": UUID}},
        {"thiet_bi": {"id": HEX}},
    ],
)
def test_id_inside_a_device_object_in_any_language(engine: Engine, body: dict) -> None:
    example = {"url": "https://api.example.net/v1/s", "method": "POST", "json": body}
    assert "device_id.device_object_id_multilingual" in _device_rules(engine, example)


def test_device_object_without_an_id_shape(engine: Engine) -> None:
    example = {"url": "https://api.example.pl/v1/s", "json": {"urzadzenie": {"id": 7}}}
    assert not _device_rules(engine, example)


def test_terminal_id_holds_the_imei_or_a_machine_id(engine: Engine) -> None:
    imei = {"url": "https://aes.example-carrier.net/?companion_terminal_id=490154203237518"}
    uuid = {"url": "https://api.example.kr/v1/a", "json": {"terminalId": UUID}}
    assert "device_id.terminal_id" in _device_rules(engine, imei)
    assert "device_id.terminal_id" in _device_rules(engine, uuid)


def test_payment_terminal_is_not_a_phone(engine: Engine) -> None:
    example = {"url": "https://api.example-pay.com/v1/c", "json": {"terminalId": UUID, "amount": 5}}
    assert not _device_rules(engine, example)


def test_unique_id_with_platform_shapes(engine: Engine) -> None:
    android = {"url": "https://api.example.th/v1/a", "headers": {"x-unique-id": "5be0a1c3d4e5f607"}}
    idfv = {"url": "https://api.example.th/v1/a", "json": {"unique_id": UUID.upper()}}
    request = {"url": "https://api.example.th/v1/a", "headers": {"x-unique-id": UUID}}
    assert "device_id.unique_id_platform" in _device_rules(engine, android)
    assert "device_id.unique_id_platform" in _device_rules(engine, idfv)
    assert not _device_rules(engine, request)


def test_esn_with_any_platform_prefix(engine: Engine) -> None:
    example = {
        "url": "https://api.example-vod.com/events",
        "json": {"esn": "ACMEROKU4K-0A1B2C3D4E5F60718293"},
    }
    word = {"url": "https://api.example-vod.com/events", "json": {"esn": "ACME-SECTION-NORTH"}}
    assert "device_id.esn" in _device_rules(engine, example)
    assert not _device_rules(engine, word)


def test_telematics_unit_serial_in_path(engine: Engine) -> None:
    example = {"url": "https://api.example-fleet.com/v2/tbox/TBX88213470AB/location"}
    assert "device_id.serial.url_path" in _device_rules(engine, example)
