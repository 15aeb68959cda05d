"""Round 38 (biometric, set 100): MFCC means sent with a pronunciation exercise
(phoneme scores, accuracy / fluency scores, the text read aloud) are speech
analysis, not a speaker model; MFCCs beside a speaker or an enrolment stay read.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round100_biometric.jsonl"
MFCC = [-312.4, 101.2, -12.5, 30.1, -8.8, 12.2, -4.1, 6.6, -3.3, 2.9, -1.1, 0.7, 0.2]
RULE = "biometric.voice_features.mfcc"


def _biometric(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


@pytest.mark.parametrize(
    "body",
    [
        {"speaker": "u1", "mfcc_mean": MFCC},
        {"enrollmentId": "e-9", "mfccMean": MFCC},
        {"verify": {"userId": "u-3"}, "mfcc_mean": MFCC},
    ],
)
def test_speaker_mfcc_still_read(engine: Engine, body: dict) -> None:
    example = {"url": "https://api.example-voice.com/v1/voiceprint", "json": body}
    assert RULE in _biometric(engine, example)


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _biometric(engine, example), example["note"]
