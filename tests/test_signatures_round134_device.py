"""Round 45 (held-out sets 131, 133, 134), device id recall: the families behind the misses,
tested in spellings the sets never used. A thing's serial named in the developer's language
(German, Turkish, Polish, Ukrainian, Arabic, Japanese, Spanish compounds); serial-number
abbreviations in headers (`x-sn`, `x-dsn`, `x-esn`); the phone's Android ID in a header named
for the client or handset; Kurmanji Kurdish device and identity words; Turkish `no` for
numara; Arabic identity and the Arabizi article; a TV's ACR token; a consent SDK's controller
id beside its consents; WebEngage's SDK-made ids; an SDK-minted device fingerprint UUID.
Hard negatives: vouchers', invoices' and receipts' serials, sequence numbers and session
tokens under `x-sn`, OAuth client ids, ACRCloud's content id, game and MVC controllers, the
app's own WebEngage user id, build fingerprints, device types and models.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

ANDROID_ID = "3d7a0c9e51f2b846"
UUID = "8f3e2a71-c4d9-4b60-9e15-7a2c0d8b4f39"
SERIAL = "QK4409217XB31"
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round134_device.jsonl"


def _device(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _post(key: str, value: str, url: str = "https://api.example-app.net/v2/sync") -> dict:
    return {"url": url, "method": "POST", "json": {key: value, "app": "7.1"}}


@pytest.mark.parametrize(
    "key",
    [
        "fernseherSeriennummer",
        "boxSeriennr",
        "cihazSeriNo",
        "kutusu_seri_numarasi",
        "numerSeryjnyUrzadzenia",
        "серійний_номер_пристрою",
        "الرقم_التسلسلي_للجهاز",
        "端末シリアル番号",
        "numero_serie_decodificador",
        "tasalsoli_el_gehaz",
    ],
)
def test_a_things_serial_in_its_developers_language(engine: Engine, key: str) -> None:
    assert _device(engine, _post(key, SERIAL)), key


def test_a_things_serial_in_xml(engine: Engine) -> None:
    example = {
        "url": "https://iptv.example-kablo.net/api/rapor",
        "method": "POST",
        "headers": {"content-type": "text/xml"},
        "body": f"<Rapor><KutuSeriNo>{SERIAL}</KutuSeriNo><Kanal>7</Kanal></Rapor>",
    }
    assert "device_id.thing_serial_multilingual" in _device(engine, example)


@pytest.mark.parametrize("header", ["x-sn", "x-dsn", "x-esn", "x-acme-serial-no", "x-tvsn"])
def test_a_serial_number_abbreviation_names_a_header(engine: Engine, header: str) -> None:
    example = {"url": "https://cloud.example-tv.net/v1/rows", "headers": {header: SERIAL}}
    assert "device_id.header_serial_abbreviation" in _device(engine, example), header


@pytest.mark.parametrize("header", ["x-ab-client", "x-client", "x-handset", "x-mobile"])
def test_an_android_id_in_a_client_header(engine: Engine, header: str) -> None:
    example = {"url": "https://api.example-car.net/v3/trips", "headers": {header: ANDROID_ID}}
    assert "device_id.header_client_android_id" in _device(engine, example), header


@pytest.mark.parametrize(
    "key",
    [
        "nasnameya_amûrê",
        "hejmara_cîhazê",
        "amur_id",
        "cihaz_no",
        "cihazNo",
        "هوية_الجهاز",
        "id_el_gehaz",
    ],
)
def test_kurmanji_turkish_and_arabic_device_id_words(engine: Engine, key: str) -> None:
    assert _device(engine, _post(key, ANDROID_ID)), key


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://acr.example-screen.net/v1/fp",
            "method": "POST",
            "headers": {"x-acr-token": "5E09C7A1B3F24D6880A9C1E3F57B20D4A6C8E0F1"},
            "body_base64": "AAECAwQFBgcICQoLDA0ODw==",
        },
        {
            "url": "https://fp.example-match.net/v2/lookup",
            "method": "POST",
            "json": {"acr_uid": UUID, "samples": [17, 29, 41]},
        },
    ],
)
def test_a_tvs_acr_token(engine: Engine, example: dict) -> None:
    assert "device_id.acr_client_token" in _device(engine, example)


def test_a_consent_sdks_controller_id_beside_its_consents(engine: Engine) -> None:
    example = {
        "url": "https://consent.example-cmp.net/v2/update",
        "method": "POST",
        "json": {
            "controllerId": "c81e728d9d4c2f636f067f89cc14862c",
            "consents": [{"templateId": "abc", "status": False}],
        },
    }
    assert "device_id.consent_controller_id" in _device(engine, example)


def test_webengage_sdk_made_id(engine: Engine) -> None:
    example = _post("suid", UUID, url="https://c.ksa.webengage.com/m2.jpg")
    assert "device_id.webengage_install_id" in _device(engine, example)


@pytest.mark.parametrize("key", ["deviceFingerprint", "fingerprint_device", "urzadzenieOdcisk"])
def test_an_sdk_minted_device_fingerprint(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-kyc.net/v1/sessions/S-1/selfie",
        "method": "POST",
        "form": {key: UUID, "step": "selfie"},
    }
    assert "device_id.device_fingerprint_uuid" in _device(engine, example), key


def test_hard_negatives_stay_silent(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 12
    for line in lines:
        example = json.loads(line)
        found = engine.analyse(example_exchange(example))
        assert not found, (example["note"], [f.signature for f in found])


def test_tealium_visitor_id_through_a_first_party_collector(engine: Engine) -> None:
    example = _post("tealium_visitor_id", "5b9e03c7a1d24f68b0e2c9a7d1f34e56")
    assert "device_id.tealium_visitor_id" in _device(engine, example)
