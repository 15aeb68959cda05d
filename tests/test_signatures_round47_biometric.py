"""Round 47 biometric: body and hand poses are not faces.

A home-workout app's rep counter sends body-joint keypoints (`kp: {left_shoulder:
[x, y, score], ... right_ankle}`); COCO-17 and BlazePose name the nose, eyes and
ears beside the joints. Point sets named mostly after body or hand joints, in any
language (exfilwatch/detect/lexicon/body_pose.yaml), are a pose, not face
landmarks; face point sets keep matching. Hard negatives:
negatives_round47_biometric.jsonl.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.body_pose import body_pose_points, is_joint_name
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round47_biometric.jsonl"
_RNG = random.Random(4747)
_FACE5 = ["left_eye", "right_eye", "nose_tip", "mouth_left", "mouth_right"]


def _signatures(engine: Engine, example: dict) -> set[str]:
    return {f.signature for f in engine.analyse(example_exchange(example))}


def _xy() -> list[float]:
    return [round(_RNG.uniform(0, 1), 3), round(_RNG.uniform(0, 1), 3)]


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_pose_negatives_find_nothing(engine: Engine, example: dict) -> None:
    assert _signatures(engine, example) == set()


@pytest.mark.parametrize(
    "name",
    ["left_shoulder", "rightKnee", "ginocchio_sx", "schulter_links", "prawe_kolano",
     "index_finger_tip", "left_upLeg_joint", "rodilla_der", "epaule_gauche"],
)  # fmt: skip
def test_joint_names_in_many_languages(name: str) -> None:
    assert is_joint_name(name)


@pytest.mark.parametrize("name", ["left_eye", "nose_tip", "mouthRight", "jawline", "chin"])
def test_face_parts_are_not_joints(name: str) -> None:
    assert not is_joint_name(name)


def test_coco17_is_a_pose_but_a_face_set_is_not() -> None:
    coco = ["nose", "left_eye", "right_eye", "left_ear", "right_ear", "left_shoulder",
            "right_shoulder", "left_hip", "right_hip", "left_knee", "right_knee"]  # fmt: skip
    assert body_pose_points({n: _xy() for n in coco})
    assert not body_pose_points({n: _xy() for n in _FACE5})
    # a face set with one stray neck-ish joint: face points dominate
    assert not body_pose_points({**{n: _xy() for n in _FACE5}, "left_shoulder": _xy()})


@pytest.mark.parametrize("key", ["kp", "face_kp", "landmarks"])
def test_named_face_points_still_match(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-meet.io/v1/telemetry/autoframe",
        "json": {"samples": [{"t": 1, key: {n: _xy() for n in _FACE5}}]},
    }
    assert "biometric.face_landmarks" in _signatures(engine, example)


def test_named_face_point_list_still_matches(engine: Engine) -> None:
    example = {
        "url": "https://api.example-app.com/v1/selfie",
        "json": {"kps": [{"name": n, "x": _xy()[0], "y": _xy()[1]} for n in _FACE5]},
    }
    assert "biometric.face_landmarks" in _signatures(engine, example)


def test_home_workout_keyframes_are_not_faces(engine: Engine) -> None:
    joints = ["left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_wrist",
              "right_wrist", "left_hip", "right_hip", "left_knee", "right_knee",
              "left_ankle", "right_ankle"]  # fmt: skip
    example = {
        "url": "https://connectapi.fit.example/homeworkout/v1/set",
        "json": {"reps": 9, "keyframes": [{"t": i, "kp": {j: [*_xy(), 0.9] for j in joints}}
                                          for i in range(3)]},
    }  # fmt: skip
    assert _signatures(engine, example) == set()
