"""Round 43 biometric: face-analysis profiles and voiceprints in other languages.

A skin report in French (`ageDePeau`, `formeDuVisage`, per-zone `rides` /
`taches`) is a face analyser's output like its English twin: the trait words are
read through the lexicon, and per-zone condition scores count as one measured
trait. A Portuguese `impressao_vocal` holding opaque bytes is a voiceprint. The
negatives (negatives_round43_biometric.jsonl) are the same words stated, set or
averaged: questionnaires, avatar sliders, catalogues, filters, clinic statistics.
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round43_biometric.jsonl"
_RNG = random.Random(4343)


def _signatures(engine: Engine, example: dict) -> set[str]:
    return {f.signature for f in engine.analyse(example_exchange(example))}


def _blob(n: int) -> str:
    return base64.b64encode(bytes(_RNG.getrandbits(8) for _ in range(n))).decode()


def _zones(names: list[str], conditions: list[str]) -> dict:
    return {z: {c: round(_RNG.random(), 2) for c in conditions} for z in names}


@pytest.mark.parametrize(
    "profile",
    [
        {
            "zones": _zones(["front", "nez", "menton"], ["rides", "pores", "acne", "taches"]),
            "ageDePeau": 31,
            "formeDuVisage": "ovale",
        },
        {
            "zonas": _zones(["testa", "naso"], ["rughe", "pori", "macchie"]),
            "etaPelleStimata": 29,
            "formaViso": "ovale",
        },
        {"idadeDaPeleEstimada": 36, "rugas": 0.4, "manchas": 0.3, "formaDoRosto": "redondo"},
    ],
)
def test_face_analysis_profile_in_other_languages(engine: Engine, profile: dict) -> None:
    example = {"url": "https://api.example-derm.test/v1/report", "json": {"p": "u1", "a": profile}}
    assert "biometric.face_analysis_profile" in _signatures(engine, example)


@pytest.mark.parametrize("key", ["impressao_vocal", "huellaVocal", "stimmabdruck"])
def test_opaque_voiceprint_under_a_foreign_key(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example-bank.test/v1/verify", "json": {key: _blob(256)}}
    assert "biometric.voiceprint.multilingual_blob" in _signatures(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text("utf-8").splitlines() if line]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:50])
def test_stated_set_or_averaged_traits_are_not_biometric(engine: Engine, example: dict) -> None:
    found = [f for f in engine.analyse(example_exchange(example)) if f.category == "biometric"]
    assert not found, [f.signature for f in found]
