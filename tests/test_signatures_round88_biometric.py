"""Round 34 (set 88 precision), biometric: an avatar editor is not a face analysis.

A cartoon avatar's chosen face shape and sliders (`eyeSize`, `noseWidth`, `jawWidth`)
beside a chosen gender look like face-analysis groups; `face_attributes` in
exfilwatch/detect/structures/faces.py now drops an object with 2+ face-part sliders
and no analyser-only output (landmarks, face box, age range, emotions, head pose).
Hard negatives: tests/fixtures/negatives/negatives_round88_biometric.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

BIO = {"biometric"}
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round88_biometric.jsonl"


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_avatar_editors_are_not_face_analysis(engine: Engine, example: dict) -> None:
    assert not signatures_found(engine, example, BIO)


@pytest.mark.parametrize(
    "body",
    [
        {
            "FaceDetails": [
                {
                    "AgeRange": {"Low": 26, "High": 43},
                    "Gender": {"Value": "Male"},
                    "Beard": {"Value": True},
                    "Pose": {"Roll": 1.2, "Yaw": -3.4, "Pitch": 5.6},
                }
            ]
        },
        {
            "face": {
                "faceShape": "oval",
                "eyeSize": 0.4,
                "noseWidth": 0.5,
                "landmarks": [[814, 713], [1104, 829], [832, 937], [704, 1030], [1017, 1133]],
                "age": 31,
                "gender": "female",
                "glasses": False,
            }
        },
    ],
)
def test_real_face_analysis_stays_found(engine: Engine, body: dict) -> None:
    example = {
        "url": "https://api.example-app.com/v1/photo-insights",
        "method": "POST",
        "json": body,
    }
    assert signatures_found(engine, example, BIO)
