"""Round 197 (held-out sets 193-199), biometric and device ids: the families behind the
set 193, 197 and 198 misses, in spellings and apps the sets never used.

- Albanian words for a face (`fytyrë`, `fytyra`, `fytyrës`) in the biometric lexicon: a face
  vector under them is read like one under `face` (`named_biometric.multilingual`).
- Albanian `pajisje` and Haitian Creole `aparèy` (device) in the device lexicon, and the key
  words `çelës` (Albanian) and `kle` (Haitian) in either order around a device noun
  (`device_key_word_multilingual`): `x-aparey-kle`, `kle_aparey`, `celesi_pajisjes`.
- A TV's serial under any language's serial word (`серийный_номер`, `numero_serie`) on an
  ACR host (`acr_host_device_serial`).

What stays quiet (negatives_round197_biodev.jsonl): face-cream categories and drawing
courses, equipment SKUs and a gym booking, a hotel room's key card, an appliance
catalogue, a public key, a serial on a warranty claim, an ACR host's status page.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round197_biodev.jsonl"
SENSITIVE = {"biometric", "device_id"}
KEY = "device_id.device_key_word_multilingual"
ACR = "device_id.acr_host_device_serial"
_RNG = random.Random(54197)


def _floats(size: int) -> list[float]:
    return [round(_RNG.gauss(0.0, 0.08), 5) for _ in range(size)]


POSITIVES: list[tuple[dict[str, Any], str]] = [
    (
        {
            "note": "an Albanian insurer enrols the customer's face vector",
            "url": "https://api.example-sigurime.al/v2/identifikim",
            "method": "POST",
            "json": {"klienti": "AL-4471", "fytyrë": {"vektori": _floats(128)}},
        },
        "biometric",
    ),
    (
        {
            "note": "a Kosovo gym's door app compares the member's face template",
            "url": "https://api.example-fitnes.xk/v1/hyrje",
            "method": "POST",
            "json": {"anetari": 2231, "shablloni_fytyres": _floats(512)},
        },
        "biometric",
    ),
    (
        {
            "note": "a Haitian wallet sends the device key it bound at enrolment",
            "url": "https://api.example-lajan.ht/v2/tranzaksyon",
            "headers": {"x-kle-aparey": "dk_7f3a19c04be2d8e6a51c0f9b2e47d381"},
        },
        KEY,
    ),
    (
        {
            "note": "an Albanian bank's device key in the login body",
            "url": "https://api.example-banka.al/v1/hyrja",
            "method": "POST",
            "json": {
                "celesi_pajisjes": "5e0c1a7b-93d2-4f68-b1a4-27c9e0d3f815",
                "perdoruesi": "ana",
            },
        },
        KEY,
    ),
    (
        {
            "note": "a Kazakh TV's recognition report names the set by its serial in Russian",
            "url": "https://acr2.example-tv.kz/v2/matches",
            "method": "POST",
            "json": {
                "серийный_номер": "KZT9920411873",
                "каналы": [{"канал": "Khabar", "сек": 300}],
            },
        },
        ACR,
    ),
]


def _found(engine: Engine, example: dict[str, Any]) -> set[str]:
    return signatures_found(engine, example, SENSITIVE)


@pytest.mark.parametrize(("example", "expected"), POSITIVES, ids=lambda p: str(p)[:60])
def test_positive_is_found(engine: Engine, example: dict[str, Any], expected: str) -> None:
    found = _found(engine, example)
    hit = (
        any(rule.startswith(expected) for rule in found)
        if "." not in expected
        else expected in found
    )
    assert hit, (example["note"], found)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    assert not _found(engine, example), example["note"]
