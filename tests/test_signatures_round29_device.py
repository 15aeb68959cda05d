"""Round 29: device-identity words as data (lexicon/device.yaml), by language.

The keys below are written in languages of the lexicon's list, in shapes a
developer of that language would use; none is copied from held-out traffic."""

from __future__ import annotations

import pytest

from exfilwatch.detect.lexicon import LANGUAGES, load
from exfilwatch.detect.lexicon.patterns import alternation, entries, expand
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

UUID = "3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c"
HEX = "9774d56d682e549c1a2b"


def _signatures(engine: Engine, example: dict) -> set[str]:
    return {f.signature for f in engine.analyse(example_exchange(example))}


@pytest.mark.parametrize("cls", ["device", "install", "identifier"])
def test_the_core_classes_cover_every_language_of_the_list(cls: str) -> None:
    from importlib import resources

    import yaml

    text = resources.files("exfilwatch.detect.lexicon").joinpath("device.yaml").read_text()
    langs = set(map(str, yaml.safe_load(text)["classes"][cls]))
    missing = set(LANGUAGES) - langs - ({"yo", "am"} if cls == "install" else set())
    assert not missing, missing


def test_english_spellings_are_left_out_where_asked() -> None:
    assert "installation" in entries("device", ("install",))
    assert "installation" not in entries("device", ("install",), ("en",))
    assert "kurulum" in entries("device", ("install",), ("en",))


def test_a_placeholder_becomes_an_alternation() -> None:
    assert expand("^(?#lex:device.imei)$") == "^(?:imei)$"
    assert alternation("device", ("device",)).startswith("(?:")
    assert expand("^id$") == "^id$"


@pytest.mark.parametrize(
    "key",
    [
        "laitteen_tunnus",  # fi
        "eszkoz_azonosito",  # hu
        "taekis_audkenni",  # is
        "seadme_id",  # et
        "naprava_id",  # sl
        "qurylgy_id",  # kk
        "qurilma_id",  # uz
        "qurgu_id",  # az
        "mezahe_mahshir",  # he
        "shenase_dastgah",  # fa
        "mesariya_id",  # am
        "kitambulisho_kifaa",  # sw
        "sadhanam_id",  # ta
        "parikaram_id",  # te
        "shebeiBiaoshi",  # zh
        "citbei_id",  # yue
        "syskevi_anagnoristiko",  # el
        "ustrojstvo_id",  # bg
        "id_dispozitiv",  # ro
        "identifikator_zarizeni",  # cs
        "irenginio_identifikatorius",  # lt
        "ierices_identifikators",  # lv
        "dibaiseu_id",  # ko
    ],
)
def test_a_device_id_key_in_many_languages(engine: Engine, key: str) -> None:
    found = _signatures(engine, {"url": "https://api.example.com/v1/s", "json": {key: UUID}})
    assert "device_id.device_id_multilingual" in found


@pytest.mark.parametrize(
    "key",
    [
        "asennuksen_tunniste",  # fi
        "uppsetning_id",  # is
        "namestitev_id",  # sl
        "hatkana_id",  # he
        "identificator_instalare",  # ro
        "anzhuang_biaoshi",  # zh
        "vstanovlennya_id",  # uk
        "paigalduse_id",  # et
    ],
)
def test_an_install_id_key_in_many_languages(engine: Engine, key: str) -> None:
    found = _signatures(engine, {"url": "https://api.example.com/v1/e", "json": {key: UUID}})
    assert "device_id.install_id_multilingual" in found


def test_a_device_object_in_another_language(engine: Engine) -> None:
    example = {"url": "https://api.example.ee/v1/seanss", "json": {"seade": {"id": HEX}}}
    assert "device_id.device_object_id_multilingual" in _signatures(engine, example)


def test_a_serial_number_phrase_makes_an_identity_record(engine: Engine) -> None:
    example = {
        "url": "https://api.example.es/v1/equipos",
        "json": {"aparato": {"numero_de_serie": "R58N12ABCDE", "mac": "a4:5e:60:c2:11:9f"}},
    }
    assert "device_id.device_identity_record" in _signatures(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        {"serie_id": UUID, "temporada": 2},  # es: a TV series
        {"laitteen_nimi": "Olohuone"},  # fi: a device name
        {"tanggal_pemasangan": "2025-03-14"},  # id: an install date
    ],
)
def test_words_that_collide_are_not_device_ids(engine: Engine, body: dict) -> None:
    found = _signatures(engine, {"url": "https://api.example.com/v1/x", "json": body})
    assert not {s for s in found if s.startswith("device_id.")}


def test_the_lexicon_loads_with_every_language() -> None:
    assert set(LANGUAGES) <= load("device").languages
