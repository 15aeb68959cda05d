"""Round 25 (sets 25-28 as development sets): the device-id families behind their
misses, written with other languages, vendors and places than the sets used, so each
test checks the family, not one app: the installation id named in any language (an
install noun read by word class, id word before or after it), the per-install id in a
header named for the client / app / handset with a UUID word, and the platform shapes
(identifierForVendor, Android ID) in a bare app-prefixed UUID header."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

UUID = "3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c"
IDFV = "9B1D2E3F-4A5B-4C6D-8E7F-0A1B2C3D4E5F"
ANDROID_ID = "5c9e2a7b1d3f4e60"
HEX = "9774d56d682e549c1a2b"
TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


def _device_rules(engine: Engine, example: dict[str, Any]) -> set[str]:
    """Rule ids of the device-id findings on one example exchange."""
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _all_findings(engine: Engine, example: dict[str, Any]) -> list[str]:
    return [f.signature for f in engine.analyse(example_exchange(example))]


@pytest.mark.parametrize(
    "key",
    [
        "identificador_instalacion",  # Spanish, id first
        "idInstalacao",  # Portuguese camelCase
        "id_installazione",  # Italian
        "identifiant_d_installation",  # French with elided preposition
        "installatie_id",  # Dutch, id after
        "installationsId",  # German / Swedish
        "kurulum_kimligi",  # Turkish
        "ustanovki_id",  # Russian transliterated
        "id_pemasangan",  # Indonesian
        "asennus_id",  # Finnish
        "seolchi_id",  # Korean romanised
        "tathbit_id",  # Arabic transliterated
        "anzhuang_id",  # Chinese pinyin
        "id_cai_dat",  # Vietnamese
    ],
)
def test_install_id_in_any_language(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example.net/v1/e", "method": "POST", "json": {key: UUID}}
    assert "device_id.install_id_multilingual" in _device_rules(engine, example)


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://api.example.tr/v1/a", "headers": {"x-kurulum-id": HEX}},
        {"url": f"https://api.example.es/v1/a?uuid_instalacion={IDFV}&ev=open"},
        {"url": "https://api.example.pl/v1/a", "form": {"id_instalacji": UUID}},
        {"url": "https://api.example.br/v1/a", "headers": {"Cookie": f"zz_id_instalacao={HEX}"}},
    ],
)
def test_install_id_in_headers_query_forms_cookies(engine: Engine, example: dict) -> None:
    assert "device_id.install_id_multilingual" in _device_rules(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        {"id_instalacion": "ES0021000001234567AB", "contador": "CNT-88213"},
        {"numero_instalacion": HEX},
        {"codice_installazione": HEX},
        {"kurulum": UUID},
        {"id_instalacji": "42"},
    ],
)
def test_installation_codes_numbers_and_bare_nouns_are_not_install_ids(
    engine: Engine, body: dict
) -> None:
    example = {"url": "https://api.example.net/v1/e", "method": "POST", "json": body}
    assert "device_id.install_id_multilingual" not in _device_rules(engine, example)


@pytest.mark.parametrize(
    "header",
    [
        "x-client-uuid",
        "x-acme-client-guid",
        "x-app-uuid",
        "x-appinstance-uuid",
        "x-mobile-uuid",
        "x-handset-id",
        "x-phone-identifier",
        "client-uuid",
    ],
)
def test_client_app_handset_uuid_headers(engine: Engine, header: str) -> None:
    for value in (UUID, IDFV, HEX):
        example = {"url": "https://api.example.net/v1/a", "headers": {header: value}}
        assert "device_id.header_client_uuid" in _device_rules(engine, example), value


@pytest.mark.parametrize(
    "headers",
    [
        {"x-client-id": UUID},  # an OAuth / API client id: the app's, not the phone's
        {"x-request-uuid": IDFV},
        {"x-correlation-guid": IDFV},
        {"x-phone-id": "821012345678"},  # a phone number
        {"x-app-uuid": "4.12.0"},
    ],
)
def test_request_ids_client_ids_and_phone_numbers_are_not_install_ids(
    engine: Engine, headers: dict
) -> None:
    example = {"url": "https://api.example.net/v1/a", "headers": headers}
    assert not _all_findings(engine, example)


@pytest.mark.parametrize("header", ["x-wvv-uuid", "x-guid", "uuid", "x-tv2-guid"])
@pytest.mark.parametrize("value", [IDFV, ANDROID_ID])
def test_platform_shapes_in_a_bare_uuid_header(engine: Engine, header: str, value: str) -> None:
    example = {"url": "https://api.example.net/v1/a", "headers": {header: value}}
    assert "device_id.header_app_uuid_platform" in _device_rules(engine, example)


@pytest.mark.parametrize(
    "headers",
    [
        {"x-wvv-uuid": UUID},  # lower-case: what servers mint for requests
        {"x-upload-uuid": IDFV},
        {"x-uuid": ANDROID_ID, "traceparent": TRACEPARENT},
        {"x-wvv-uuid": "7D3A9F12"},
    ],
)
def test_bare_uuid_header_other_shapes_are_not_reported(engine: Engine, headers: dict) -> None:
    example = {"url": "https://api.example.net/v1/a", "headers": headers}
    assert not _device_rules(engine, example)


def test_one_finding_per_header(engine: Engine) -> None:
    """The client-UUID and bare-UUID rules do not both report one header."""
    example = {"url": "https://api.example.net/v1/a", "headers": {"x-client-uuid": IDFV}}
    assert _device_rules(engine, example) == {"device_id.header_client_uuid"}


@pytest.mark.parametrize(
    "key",
    ["mahshir_id", "dastgah_id", "kifaa_id", "id_prystroju", "id_uredaja", "ierices_id"],
)
def test_device_noun_in_more_languages_with_case_endings(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example.net/v1/s", "json": {key: UUID}}
    assert "device_id.device_id_multilingual" in _device_rules(engine, example)


def test_id_inside_a_device_object_named_in_persian(engine: Engine) -> None:
    example = {"url": "https://api.example.net/v1/s", "json": {"dastgah": {"id": HEX}}}
    assert "device_id.device_object_id_multilingual" in _device_rules(engine, example)
