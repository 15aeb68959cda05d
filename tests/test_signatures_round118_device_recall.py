"""Round 42 (held-out sets 115-118), device id recall: the id an app with no login mints on
first run and sends in a header named after itself (`X-<App>-Uid`, the initials glued to
`did`: `x-kdid`); OneSignal's player id (returned at registration, then in the players path);
Metrix's per-install user id; and the device words of Japanese (kanji and kana, as the key
reader reads them: pinyin for kanji), Khmer, Lao, Pashto, Dari and Tajik in every class the
device detectors read. Hard negatives: account numbers and sign-in uids in app headers, flags
in did headers, a game's players, a notification id, the same words naming a type, a name, a
phone number or an address.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import raw
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

ANDROID_ID = "7e1d40a9c25b8f36"
UUID = "5a8c1e3f-02b7-4d69-9e41-c7f0a2d6b813"
NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round118_device_recall.jsonl"
)
ROUND_LANGUAGES = ("ja", "km", "lo", "ps", "prs", "tg")
DEVICE_CLASSES = (
    "device", "phone", "hardware", "machine", "install", "instance", "identifier", "number",
    "attribute", "unique", "serial", "advertising", "vendor", "fingerprint", "address",
    "listener",
)  # fmt: skip


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("X-Kaze-Uid", "3c90e7a1b54f2d86e01a"),
        ("x-tenki-uid", "e41c9e07b2d8f5a36e1b4d07"),
        ("X-Podomo-Uid", UUID),
    ],
)
def test_an_app_named_uid_header_with_a_machine_id(engine: Engine, header: str, value: str) -> None:
    example = {"url": "https://api.example-radio.fm/v2/area?lat=1.5", "headers": {header: value}}
    assert "device_id.header_app_uid" in _device(engine, example), header


@pytest.mark.parametrize(
    ("header", "value"),
    [("x-kdid", "KD3b7e0c91d4a28f65e1c0"), ("x-mtdid", UUID), ("x-rdid", "b2e84f0c1a9d3765")],
)
def test_initials_glued_to_did_name_a_device_header(
    engine: Engine, header: str, value: str
) -> None:
    example = {"url": "https://api.example-sing.app/v1/songs?q=x", "headers": {header: value}}
    assert "device_id.header_initials_did" in _device(engine, example), header


def test_onesignal_player_id_in_the_path(engine: Engine) -> None:
    example = {
        "url": f"https://onesignal.com/api/v1/players/{UUID}/on_session",
        "method": "POST",
        "json": {"app_id": "0b6f2c1e-4d8a-4a73-9e25-1c7d3b0f8a64", "language": "ps"},
    }
    assert "device_id.onesignal_player_id" in _device(engine, example)


def test_onesignal_player_id_returned_at_registration(engine: Engine) -> None:
    example = {
        "url": "https://onesignal.com/api/v1/players",
        "method": "POST",
        "json": {"app_id": "0b6f2c1e-4d8a-4a73-9e25-1c7d3b0f8a64", "device_type": 1},
        "response": {"json": {"success": True, "id": UUID}},
    }
    assert "device_id.onesignal_player_id_response" in _device(engine, example)


def test_metrix_user_id_is_an_install_id(engine: Engine) -> None:
    example = {
        "url": "https://analytics.metrix.ir/v3/engagement_event",
        "method": "POST",
        "json": {"appId": "wkpmzqhdyrtbxne", "userId": UUID, "events": [{"type": "custom"}]},
    }
    assert "device_id.metrix_user_id" in _device(engine, example)


@pytest.mark.parametrize(
    "header",
    [
        "x-wasila",  # Pashto, romanised
        "x-alah-id",  # Pashto / Dari "instrument, device"
        "x-dastgoh",  # Tajik
        "x-tv-dastgohi",  # Tajik with the izafe
        "x-opakar",  # Khmer, romanised
        "x-khueang-id",  # Lao, romanised
        "x-tajhizot",  # Tajik "equipment"
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
        "本体ID",
        "装置識別子",
        "装置_id",
        "ឧបករណ៍_id",
        "លេខសម្គាល់ឧបករណ៍",
        "ອຸປະກອນ_id",
        "ລະຫັດອຸປະກອນ",
        "وسیلې_id",
        "شناسه_وسیله",
        "дастгоҳ_id",
        "шиносаи_дастгоҳ",
    ],
)
def test_device_keys_in_a_body(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-app.net/v1/events",
        "method": "POST",
        "json": {key: UUID, "event": "open"},
    }
    assert _device(engine, example), key


@pytest.mark.parametrize("key", ["ទូរស័ព្ទ_id", "ໂທລະສັບ_id", "telefun_id", "мобилӣ_id"])
def test_a_handset_word_with_a_machine_id(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-app.net/v1/progress",
        "method": "PUT",
        "json": {key: ANDROID_ID, "pos": 120},
    }
    assert "device_id.handset_noun_id_multilingual" in _device(engine, example), key


@pytest.mark.parametrize(
    ("serial_key", "mac_key"),
    [
        ("рақами_силсилавӣ", "mac_суроға"),  # Tajik
        ("製造番号", "MACアドレス"),  # Japanese, kanji and kana
        ("លេខស៊េរី", "mac"),  # Khmer
        ("شماره_سریال", "mac"),  # Dari
    ],
)
def test_a_serial_beside_a_mac_is_a_device_record(
    engine: Engine, serial_key: str, mac_key: str
) -> None:
    example = {
        "url": "https://api.example-box.net/api/v1/register",
        "method": "POST",
        "json": {serial_key: "4K7D2M9X31QZ", mac_key: "00:1A:79:3C:5E:B2", "ok": 1},
    }
    assert "device_id.device_identity_record" in _device(engine, example), serial_key


@pytest.mark.parametrize("language", ROUND_LANGUAGES)
def test_each_round_language_has_every_device_class(language: str) -> None:
    classes = raw("device")["classes"]
    missing = [c for c in DEVICE_CLASSES if not classes[c].get(language)]
    assert not missing, (language, missing)


def test_the_round_negatives_report_nothing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 12
    for line in lines:
        example = json.loads(line)
        found = engine.analyse(example_exchange(example))
        assert not found, (example["note"], [f.signature for f in found])
