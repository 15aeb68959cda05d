"""Round 44 (held-out sets 124, 126, 127, 130), device id recall: the device words of Nepali,
Sinhala, Tamil and Burmese in their scripts (as the key reader transliterates them) and
romanised, in headers and bodies; a TV box naming itself in a request header or sending its
own serial to a URL about the box; a serial beside a type that names a home playback device
(a cast target); a consent SDK's install-scoped user id beside the TCF string; Batch's `ada`
advertising-id code in an id map. Hard negatives: the same words naming a type, a model or a
phone number, number words after nouns that are no device, a box size, a TV serial's title,
an encoder, an inventory of boxes, a publisher's account id, a crypto balance.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

ANDROID_ID = "7c2e91a4b0d35f68"
UUID = "4e8b1c7d-2a6f-4f93-b5d0-8c1e7a3f9b24"
IMEI = "356938035643809"
NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round130_device_recall.jsonl"
)


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "header",
    ["x-yantra", "x-yantra-id", "x-upakarana-id", "x-upanga-id", "x-karuvi-id", "x-kiriya-id"],
)
def test_a_device_noun_of_south_and_southeast_asia_names_a_header(
    engine: Engine, header: str
) -> None:
    example = {"url": "https://api.example-app.np/v1/home", "headers": {header: ANDROID_ID}}
    assert _device(engine, example), header


@pytest.mark.parametrize(
    "key",
    [
        "यन्त्र_आईडी",
        "उपकरण_नम्बर",
        "yantra_nambar",
        "උපාංග_අංකය",
        "upangaya_ankaya",
        "கருவி_எண்",
        "karuvi_adaiyalam",
        "சாதன_அடையாளம்",
        "စက်နံပါတ်",
        "ကိရိယာ_နံပါတ်",
    ],
)
def test_a_device_id_key_in_a_body(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example-app.lk/v2/s", "method": "POST", "json": {key: UUID}}
    assert _device(engine, example), key


def test_a_burmese_device_number_holding_an_imei(engine: Engine) -> None:
    example = {
        "url": "https://selfcare.example-net.mm/api/v1/register",
        "method": "POST",
        "json": {"စက်နံပါတ်": IMEI, "ဆင်းကတ်": 2},
    }
    assert _device(engine, example)


@pytest.mark.parametrize("key", ["anukramika_anka", "අනුක්‍රමික_අංකය", "வரிசை_எண்", "kram_sankhya"])
def test_a_serial_word_inside_a_device_object(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-tv.lk/v1/register",
        "method": "POST",
        "json": {"upakaranaya": {key: "SN7Q2K9X44108B"}},
    }
    assert _device(engine, example), key


@pytest.mark.parametrize("header", ["x-box-id", "x-stb-sn", "x-iptv-box-id", "x-decodeur-id"])
def test_a_tv_box_names_itself_in_a_header(engine: Engine, header: str) -> None:
    example = {"url": "https://stats.example-iptv.net/v1/zap", "headers": {header: ANDROID_ID}}
    assert "device_id.header_box_id" in _device(engine, example), header


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://api.example-tele.fr/v3/box/historique", "numeroSerie"),
        ("https://api.example-tv.de/v1/stb/status", "seriennummer"),
        ("https://api.example-tv.es/v2/decodificador/registro", "numero_de_serie"),
    ],
)
def test_a_box_sends_its_own_serial(engine: Engine, url: str, key: str) -> None:
    example = {"url": url, "method": "POST", "json": {key: "QXB7K-4471920385", "canal": 5}}
    assert "device_id.box_own_serial" in _device(engine, example), url


@pytest.mark.parametrize(
    "target",
    [
        {"destino": {"tipo": "tvbox", "serial": "TBX9920417KQ"}},
        {"target": {"type": "chromecast", "sn": "CC4K8820193QX"}},
        {"cible": {"type": "smart_tv", "numero_serie": "TV55Q8820193K"}},
    ],
)
def test_a_cast_target_typed_as_a_home_device(engine: Engine, target: dict) -> None:
    example = {
        "url": "https://api.example-radio.com/v1/listen",
        "method": "POST",
        "json": {"station": "FM 98", "seconds": 300, **target},
    }
    assert "device_id.typed_device_serial" in _device(engine, example), target


def test_a_consent_sdk_user_id_beside_the_tc_string(engine: Engine) -> None:
    example = {
        "url": "https://api.example-cmp.org/v1/events",
        "method": "POST",
        "json": {
            "type": "consent.given",
            "user": {"id": UUID, "country": "BE", "tcfcs": "CQB2zYAQB2zYAAGABCENBPFgAP_AAH"},
        },
    }
    assert "device_id.consent_sdk_user_id" in _device(engine, example)


def test_an_id_map_with_the_ada_advertising_code(engine: Engine) -> None:
    example = {
        "url": "https://ws.example-push.com/a/1.6/KEY/st",
        "method": "POST",
        "json": {"ids": {"ada": UUID, "idv": ANDROID_ID, "lang": "fr"}},
    }
    assert _device(engine, example)


def test_the_round_negatives_report_nothing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 12
    for line in lines:
        example = json.loads(line)
        found = engine.analyse(example_exchange(example))
        assert not found, (example["note"], [f.signature for f in found])
