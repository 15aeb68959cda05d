"""Round 97 (device): device words of Catalan, Basque and Galician, read by the
multilingual device-id key pattern in JSON keys and cookie names (`gailu_id`,
`begira_gailua`), and the Basque words that look like them but are not
(`gailurra`, a summit).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load, raw
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

HEX = "7be220e818b2c8fc"
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round97_device.jsonl"
RULE = "device_id.device_id_multilingual"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "key", ["gailu_id", "gailuaren_id", "gailua", "id_dispositiu", "dispositiu_id", "aparello_id"]
)
def test_iberian_device_keys_in_json(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example.eus/v1/erregistroa", "json": {key: HEX, "hizk": "eu"}}
    assert RULE in _device(engine, example), key


@pytest.mark.parametrize("cookie", ["begira_gailua", "app_gailu_id", "dispositiu"])
def test_a_device_word_in_a_cookie_name(engine: Engine, cookie: str) -> None:
    example = {
        "url": "https://api.example.eus/zuzenean/egoera",
        "method": "GET",
        "headers": {"cookie": f"{cookie}={HEX}; onespena=1"},
    }
    assert RULE in _device(engine, example), cookie


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _device(engine, example), example["note"]


def test_summit_is_not_a_device_word() -> None:
    lex = load("device")
    assert lex.word("gailua") == "device"
    assert lex.word("gailurra") != "device"
    assert lex.word("gailur") != "device"


def test_iberian_languages_are_listed() -> None:
    classes = raw("device")["classes"]
    for cls in ("device", "identifier", "attribute"):
        assert {"ca", "eu", "gl"} <= set(classes[cls]), cls
