"""Round 35: an installation id under the bare installation noun (any language),
a connected thing's printed serial under a key that is only the thing's name, and
the device lexicon's classes filled for every language of the list.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import LANGUAGES, load, raw
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.validators import is_bare_serial
from exfilwatch.engine import Engine

UUID = "3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c"
ANDROID_ID = "7be220e818b2c8fc"
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round35_device.jsonl"

# Classes whose words other rules read by language; `platform`, `mac`, `iccid`,
# `imsi`, `imei` hold acronyms every language writes the same way.
FILLED = ("device", "phone", "terminal", "hardware", "machine", "instance", "identifier",
          "attribute", "advertising", "vendor", "fingerprint", "address")  # fmt: skip


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    "key",
    ["installation", "install", "instalacion", "installasjon", "kurulum", "asennus",
     "namestitev", "instalacija", "quraşdırma", "ornatish", "nasb"],
)  # fmt: skip
def test_a_bare_installation_noun_with_a_machine_id_is_an_install_id(
    engine: Engine, key: str
) -> None:
    example = {"url": "https://api.example.org/v1/sync", "json": {"items": [], key: ANDROID_ID}}
    assert "device_id.bare_install_noun" in _device(engine, example), key


@pytest.mark.parametrize(
    "body",
    [{"installation": "fresh"}, {"installation": "42"},
     {"installation": UUID, "meter_id": "M-1", "installation_date": "2023-05-02"},
     {"installasjon": UUID, "adresse": "Storgata 1"}, {"instalacija": UUID, "adresa": "Ilica 12"}],
)  # fmt: skip
def test_building_installations_and_non_ids_are_quiet(engine: Engine, body: dict) -> None:
    example = {"url": "https://api.example.org/v1/x", "json": body}
    assert "device_id.bare_install_noun" not in _device(engine, example)


def test_a_camera_named_by_its_serial_alone(engine: Engine) -> None:
    example = {
        "url": "https://cloud.example-cam.org/api/v1/events",
        "json": {"camera": "VV234220CEF898", "type": "face_detected", "score": 0.9},
    }
    assert "device_id.bare_thing_serial" in _device(engine, example)


@pytest.mark.parametrize(
    "value", ["DCS8000LHV2", "FRONT01", "C920HDPRO", "2024110607003967", "IPHONE15PROMAX"]
)
def test_model_names_and_labels_are_not_bare_serials(value: str) -> None:
    assert not is_bare_serial(value)


def test_printed_serials_are_bare_serials() -> None:
    assert is_bare_serial("VV234220CEF898")
    assert is_bare_serial("HSC68937E96EFF5")


@pytest.mark.parametrize("cls", FILLED)
def test_the_device_classes_cover_every_language_of_the_list(cls: str) -> None:
    langs = {"no" if k is False else str(k) for k in raw("device")["classes"][cls]}
    assert not set(LANGUAGES) - langs, sorted(set(LANGUAGES) - langs)


def test_new_words_keep_their_classes() -> None:
    lexicon = load("device")
    assert lexicon.word("paatelaite") == "terminal"
    assert lexicon.word("riistvara") == "hardware"
    assert lexicon.word("hirdetes") == "advertising"
    assert lexicon.word("uredjaj") == "device"


def test_the_negatives_file_is_quiet(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _device(engine, example), example["note"]
