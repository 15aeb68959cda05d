"""Round 13, biometric: families generalised from the misses of held-out sets 13-14.

The families: landmark sets under the short names face SDKs and lens engines
use (`kps`, `kp5`, `lm68`, `lmk106`) and detector records whose face is named by
a count or an id rather than a box; the five detector keypoints beside a face
box and a head pose (auto-framing); facial-expression class scores under an
expression-named key or beside smiles / gaze counted off a camera (analytics
event properties); base64 voice samples as the generic payload of an audio
object or as raw PCM beside its format fields, or beside a spoken passphrase /
voiceprint reference; face images sent
to face-merge and face-swap paths and to face-API hosts under those APIs' own
field names. Each is tested in spellings the sets never used, with the
look-alikes that must stay silent; sets 13 and 14 are a regression gate at the end.
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures import STRUCTURES
from exfilwatch.engine import Engine

RNG = random.Random(1314)
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round13_biometric.jsonl"
CATEGORIES = {"biometric", "device_id", "viewing_history"}
JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4n"
    "ICIsIxwcKDcpLDA0NDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA"
)
OGG = "T2dnUwACAAAAAAAAAADqnjMlAAAAAAyjBzYBE09wdXNIZWFkAQE4AYC7AAAAAAAAT2dnUwAAAAAAAAAAAADqnjMl"
PCM = base64.b64encode(bytes(random.Random(9).randrange(256) for _ in range(600))).decode()
WAV = "UklGRmQGAABXQVZFZm10IBAAAAABAAEAgD4AAAB9AAACABAAZGF0YUAGAACqmq+MKvAbqH7DvzzDrkPllB8hjPUX"


def _points(n: int) -> list[list[float]]:
    return [[round(RNG.uniform(80, 400), 1), round(RNG.uniform(80, 400), 1)] for _ in range(n)]


_found = signatures_found


# -- detectors, across spellings ----------------------------------------------------


def test_face_record_keypoints_need_box_and_pose_together() -> None:
    record = STRUCTURES["face_record"]
    pose = {"yaw": 3.1, "pitch": -2.0, "roll": 0.4}
    assert record({"face_bbox": [1, 2, 3, 4], "head_pose": pose, "kpts": _points(5)})
    assert record({"faceRect": {"x": 1, "y": 2, "w": 3, "h": 4}, "pose": pose, "pts": _points(5)})
    assert not record({"face_bbox": [1, 2, 3, 4], "kpts": _points(5)})
    assert not record({"bbox": [1, 2, 3, 4], "head_pose": pose, "kpts": _points(5)})


def test_face_record_dense_points_beside_a_face_count_or_id() -> None:
    record = STRUCTURES["face_record"]
    assert record({"faceId": "f1", "shape": _points(106)})
    assert record({"numFaces": 1, "landmarks": _points(68)})
    assert not record({"faces": 6, "shape": _points(68)})  # a die's faces
    assert not record({"faceCount": 2, "path": _points(68)})  # drawn, not measured
    triples = [[RNG.randint(0, 60) for _ in range(3)] for _ in range(68)]
    assert not record({"faces": triples, "faceCount": 68, "name": "bunny"})


def test_expression_scores_across_vendor_spellings() -> None:
    scores = STRUCTURES["expression_scores"]
    assert scores({"HAPPINESS": 0.7, "SADNESS": 0.1, "ANGER": 0.1, "NEUTRAL": 0.1})
    assert scores([{"label": "fear", "score": 0.1}, {"label": "joy", "score": 0.8},
                   {"label": "disgust", "score": 0.1}])  # fmt: skip
    assert scores({"contempt": 2.0, "surprise": 10.5, "neutral": 87.5})
    assert not scores({"joy": 0.8, "sadness": 0.2})  # two classes only
    assert not scores({"happy": 1, "sad": 1, "angry": 1, "x": 1, "y": 2, "z": 3, "w": 4})


def test_face_affect_needs_a_measured_face_signal() -> None:
    affect = STRUCTURES["face_affect"]
    emotions = {"happy": 0.6, "neutral": 0.3, "sad": 0.05, "angry": 0.05}
    assert affect({"smileCount": 3, "emotions": emotions})
    assert affect({"gaze_on_screen": 0.82, "mood_scores": emotions})
    assert affect({"blinkRate": 14.2, "affect": emotions})
    assert not affect({"face_url": "https://cdn.example.com/a.png", "emotions": emotions})
    assert not affect({"text": "a tweet", "emotions": emotions})
    assert not affect({"emoji_smiles": 3, "emotions": emotions})


# -- the family rules on spellings the sets never used ----------------------------------

POSITIVES = [
    ("InsightFace kps under a detections list",
     {"url": "https://api.example-door.com/v1/events",
      "json": {"detections": [{"bbox": [1, 2, 3, 4], "kps": _points(5), "det_score": 0.9}]}},
     "biometric.face_landmarks"),
    ("dense set under lmk106 in a beauty SDK's frame log",
     {"url": "https://log.example-beauty.com/v2/frames",
      "json": {"frames": [{"ts": 1, "lmk106": _points(106)}]}},
     "biometric.face_landmarks"),
    ("68 points beside a face id in a gallery sync",
     {"url": "https://api.example-gallery.com/v1/sync",
      "json": {"items": [{"photoId": "p1", "faceId": "fc_9", "shape": _points(68)}]}},
     "biometric.face_landmarks.detector_record"),
    ("auto-framing sample in snake case",
     {"url": "https://api.example-conf.com/v2/camera/framing",
      "json": {"samples": [{"face_box": [1.0, 2.0, 3.0, 4.0],
                            "head_pose": {"yaw": 1.5, "pitch": 2.5, "roll": 0.1},
                            "points": _points(5)}]}},
     "biometric.face_landmarks.detector_record"),
    ("facial expression scores in an Amplitude event",
     {"url": "https://api2.amplitude.com/2/httpapi",
      "json": {"events": [{"event_type": "lesson_end", "event_properties": {
          "facialExpression": {"happiness": 0.5, "neutral": 0.4, "surprise": 0.05,
                               "sadness": 0.05}}}]}},
     "biometric.facial_expression.scores"),
    ("Rekognition-style emotions beside a smile count in a Mixpanel event",
     {"url": "https://api.mixpanel.com/track",
      "json": [{"event": "ad_test", "properties": {"smile_frames": 41, "emotions": [
          {"Type": "HAPPY", "Confidence": 80.1}, {"Type": "CALM", "Confidence": 15.0},
          {"Type": "CONFUSED", "Confidence": 4.9}]}}]},
     "biometric.facial_expression.with_face_signals"),
    ("voice sample as voice.data to a voice-biometric path",
     {"url": "https://api.example-telco.com/voice-auth/v2/check",
      "json": {"msisdn_ref": "r1", "voice": {"format": "ogg", "data": OGG}}},
     "biometric.speaker_recognition.audio_json"),
    ("voice sample with a voiceprint id to a generic path",
     {"url": "https://api.example-insure.com/v1/claims/c9/confirm",
      "json": {"voiceprintId": "vp_77", "recording": {"bytes": WAV}}},
     "biometric.speaker_recognition.passphrase_audio"),
    ("raw PCM beside its sample rate, to a speaker-verification path",
     {"url": "https://api.example-telco.com/speaker/v1/verify",
      "json": {"clip": {"sample_rate": 8000, "encoding": "pcm_s16le", "payload": PCM}}},
     "biometric.speaker_recognition.audio_object"),
    ("raw PCM with a voiceprint reference to a generic path",
     {"url": "https://api.example-insure.com/v1/claims/c9/confirm",
      "json": {"voiceprintRef": "vp_1", "audio": {"sampleRateHertz": 16000, "data": PCM}}},
     "biometric.speaker_recognition.audio_object_passphrase"),
    ("a face-swap path under a non-image key",
     {"url": "https://api.example-swap.app/v3/swapface",
      "json": {"template": "t1", "source_image": JPEG}},
     "biometric.face_image.endpoint_base64"),
    ("Face++ compare with numbered image fields",
     {"url": "https://api-cn.faceplusplus.com/facepp/v3/compare",
      "form": {"api_key": "k", "image_base64_1": JPEG, "image_base64_2": JPEG}},
     "biometric.face_api.image_base64"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_family_rules_fire_on_unseen_spellings(
    engine: Engine, note: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _found(engine, example, {"biometric"}), note


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_look_alikes_stay_silent(engine: Engine, example: dict[str, Any]) -> None:
    assert not _found(engine, example, CATEGORIES), example["note"]


# The development sets themselves are gated in tests/test_heldout_sets.py.
