"""Round 40 (held-out sets 103-110), device id recall: the device words of Welsh, Irish,
Scottish Gaelic, Igbo, Nigerian Pidgin, Twi, Kyrgyz, Tigrinya and Oromo, more forms of
Yoruba, Hausa, Kazakh, Russian, Greek and Amharic (mutations, inflections, both Kazakh Latin
alphabets, native scripts), read by the multilingual device-id rules; a device header named
with its platform (`x-dyfais-android`); the Android ID as `aid`; a gpodder client's device id;
a hardware serial under a device object in any language; a watch's unit id in the account's
device list. Hard negatives: the same words naming a product, a type, an invention, an
address or a phone number.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load, raw
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

ANDROID_ID = "4be07a1c93d25f68"
UUID = "0c7d2f4e-91ab-4e63-8d25-6f1a3b9e7c40"
NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round110_device_recall.jsonl"
)
ROUND_LANGUAGES = (
    "cy", "ga", "gd", "yo", "ha", "ig", "tw", "kk", "ky", "ru", "el", "am", "ti", "om",
)  # fmt: skip


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "header",
    [
        "x-dyfais",  # Welsh, radical
        "x-app-ddyfais-id",  # Welsh, soft mutation
        "x-gleas",  # Irish
        "x-sh-ghleis",  # Irish, lenited genitive
        "x-feiste-id",  # Irish, another device noun
        "x-uidheam",  # Scottish Gaelic
        "x-radio-uidheim",  # Gaelic genitive
        "x-ngwaoru",  # Igbo
        "x-afidie",  # Twi
        "x-tuzmok",  # Kyrgyz
        "x-qurylğy",  # Kazakh Latin (2021)
        "x-kt-meeshaa",  # Oromo
        "x-meeshaalee-id",  # Oromo plural
        "x-mesarhi",  # Tigrinya romanised
    ],
)
def test_a_device_noun_names_an_app_header(engine: Engine, header: str) -> None:
    example = {
        "url": "https://api.example-app.net/v1/sync",
        "method": "POST",
        "headers": {header: ANDROID_ID},
        "json": {"ok": 1},
    }
    assert _device(engine, example), header


@pytest.mark.parametrize(
    "key",
    [
        "dyfais_id",
        "rhif_y_ddyfais",
        "aitheantoir_gleis",
        "uimhir_an_ghleis",
        "uidheam_id",
        "aireamh_uidheim",
        "afidie_id",
        "ngwaoru_id",
        "tuzmok_id",
        "түзмөк_id",
        "qurylgysy",
        "құрылғының_id",
        "devays_id",
        "девайс_id",
        "syskevon_id",
        "syskeuh_id",
        "κωδικός_συσκευής",
        "meeshaa_id",
        "lakkoofsa_meeshaa",
        "መሳሪያ_id",
        "mesarhi_id",
        "naurar_id",
    ],
)
def test_device_keys_in_a_body(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-app.net/v1/events",
        "method": "POST",
        "json": {key: UUID, "event": "open"},
    }
    assert _device(engine, example), key


@pytest.mark.parametrize("key", ["ffon_id", "wayar_id", "guthan_id", "bilbila_id", "ekwenti_id"])
def test_a_handset_word_with_a_machine_id(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-app.net/v1/progress",
        "method": "PUT",
        "json": {key: ANDROID_ID, "pos": 120},
    }
    assert "device_id.handset_noun_id_multilingual" in _device(engine, example), key


@pytest.mark.parametrize("parent", ["dyfais", "gléas", "uidheam", "meeshaa", "түзмөк"])
def test_an_id_inside_a_device_object(engine: Engine, parent: str) -> None:
    example = {
        "url": "https://stats.example-app.net/v2/events",
        "method": "POST",
        "json": {"event": "stop", parent: {"id": UUID, "kind": "phone"}},
    }
    assert "device_id.device_object_id_multilingual" in _device(engine, example), parent


@pytest.mark.parametrize(
    "header", ["x-dyfais-android", "x-gleas-ios", "x-uidheam-android", "x-geraet-android"]
)
def test_a_device_header_named_with_its_platform(engine: Engine, header: str) -> None:
    example = {"url": "https://api.example-app.net/v2/home", "headers": {header: ANDROID_ID}}
    assert "device_id.header_install_noun_multilingual" in _device(engine, example), header


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://api.example-radio.er/v1/log", "headers": {"x-rd-aid": ANDROID_ID}},
        {"url": "https://cfg.example-tools.com/v1/conf", "json": {"aid": ANDROID_ID, "cid": "g1"}},
        {"url": f"https://stat.example-books.cn/a?aId={ANDROID_ID}&osversion=android_34"},
    ],
)
def test_the_android_id_as_aid(engine: Engine, example: dict) -> None:
    assert "device_id.aid_android_id" in _device(engine, example)


def test_a_gpodder_clients_device_id(engine: Engine) -> None:
    action = {
        "podcast": "https://feeds.example.cymru/sgwrs.xml",
        "episode": "https://cdn.example.cymru/sgwrs/ep4.mp3",
        "device": "kasts-thinkpad-5e08b2",
        "action": "download",
        "timestamp": "2025-04-02T19:00:00",
    }
    example = {
        "url": "https://gpodder.example.org/api/2/episodes/dafydd.json",
        "method": "POST",
        "json": [action],
    }
    assert "device_id.podcast_sync_device_id" in _device(engine, example)


@pytest.mark.parametrize(
    ("parent", "key"),
    [
        ("gléas", "sraithuimhir"),
        ("dyfais", "rhif_cyfresol"),
        ("uidheam", "aireamh_shreathach"),
        ("устройство", "серийный_номер"),
        ("aparelho", "numero_de_serie"),
    ],
)
def test_a_serial_in_a_device_object_in_any_language(engine: Engine, parent: str, key: str) -> None:
    example = {
        "url": "https://api.example-tv.net/v1/live/log",
        "method": "POST",
        "json": {parent: {key: "K7PD20X93MQ4LT"}, "channel": "s4c"},
    }
    assert "device_id.serial.device_object_multilingual" in _device(engine, example), key


def test_a_watch_unit_id_in_the_device_list(engine: Engine) -> None:
    example = {
        "url": "https://connect.example-sport.com/device-service/deviceregistration/devices",
        "method": "GET",
        "response": {"json": [{"unitId": 3927461058, "productDisplayName": "Trail 5X"}]},
    }
    assert "device_id.unit_id_device_list" in _device(engine, example)


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _device(engine, example), example["note"]


def test_each_round_language_names_a_device_and_an_identifier_or_number() -> None:
    classes = raw("device")["classes"]
    for language in ROUND_LANGUAGES:
        assert language in classes["device"], language
        assert language in classes["identifier"] or language in classes["number"], language


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("ddyfais", "device"),
        ("ghleis", "device"),
        ("uidheim", "device"),
        ("qurylgysy", "device"),
        ("tuzmogu", "device"),
        ("mesariyaw", "device"),
        ("mesarhi", "device"),
        ("meeshaa", "device"),
        ("sraithuimhir", "serial"),
        ("suiteail", "install"),
        ("aithnichear", "identifier"),
        ("lakkoofsa", "number"),
    ],
)
def test_words_are_read_by_class(word: str, cls: str) -> None:
    assert load("device").word(word) == cls


@pytest.mark.parametrize(
    "key", ["gwrandawr_id", "id_eisteoir", "slushatel_id", "tyndaushy_id", "dhaggeeffataa_id"]
)
def test_a_radio_apps_listener_id(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-radio.net/v1/ping",
        "method": "POST",
        "json": {key: UUID, "station": "fm-1"},
    }
    assert "device_id.listener_id_multilingual" in _device(engine, example), key


def test_multilingual_serial_rule_keeps_the_english_rules_vetoes() -> None:
    """The two device-object serial rules differ in their key and path words only: a veto
    added to one (a business's, a club's, a school's unit) must hold in the other."""
    import yaml

    folder = Path(__file__).parent.parent / "signatures" / "device_id"
    english, other = (
        yaml.safe_load((folder / name).read_text(encoding="utf-8"))["match"]
        for name in (
            "device-serial-in-device-object.yaml",
            "device-serial-in-device-object-multilingual.yaml",
        )
    )
    assert other["context"] == english["context"]
    assert other["url_regex"] == english["url_regex"]
