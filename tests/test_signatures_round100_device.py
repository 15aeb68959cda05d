"""Round 38 (device, sets 99-100): the Armenian and Georgian words for device
(`sarq_id`, `mowyobiloba_id`, native script too), and a device LENT by a library or
school (`/leihgeraete/ausgabe`, `dispositivi-in-prestito`): the lender's unit, not
the tester's phone.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

HEX = "5b0c7e21d94fa386"
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round100_device.jsonl"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "key",
    ["sarq_id", "sarqId", "սարք_id", "mowyobiloba_id", "motsqobiloba_id", "მოწყობილობის_id"],
)
def test_caucasian_device_keys(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example.am/v1/dititum", "json": {key: HEX, "lezu": "hy"}}
    assert "device_id.device_id_multilingual" in _device(engine, example), key


def test_caucasian_device_object(engine: Engine) -> None:
    example = {"url": "https://api.example.ge/v1/seansi", "json": {"mowyobiloba": {"id": HEX}}}
    assert "device_id.device_object_id_multilingual" in _device(engine, example)


def test_own_device_object_still_read_beside_lending_words_elsewhere(engine: Engine) -> None:
    """Bare lending (an e-book loan app on the borrower's own phone) is not a loaned device."""
    example = {
        "url": "https://api.example-onleihe.de/v2/ausleihe/ebook",
        "method": "POST",
        "json": {"geraet": {"udid": "798633230efada23176fef77f42aab3e81e24cfa"}, "titel": "x"},
    }
    assert _device(engine, example)


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _device(engine, example), example["note"]


def test_words() -> None:
    lex = load("device")
    assert lex.word("mowyobiloba") == "device"
    assert lex.word("sarq") == "device"
    assert lex.word("sarki") != "device"
