"""Round 11, biometric: families generalised from the misses of held-out sets 11-12.

The families: a face check's outcome under a face-named object, emotion scores
beside the face box they were read from, landmark regions named after face
parts, acoustic voice descriptors and MFCCs, face / voice prints of any size
under a print-named key or packed into a protobuf field of a print-named call,
blendshape arrays tagged with their scheme, and camera / microphone recordings
sent with the analysis to run. Each is tested in spellings the sets never used
(other vendors and libraries, other key styles), with the look-alikes that must
stay silent; sets 11 and 12 are a regression gate at the end.
"""

from __future__ import annotations

import base64
import json
import math
import random
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures import STRUCTURES
from exfilwatch.engine import Engine

RNG = random.Random(1112)
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round11_biometric.jsonl"
CATEGORIES = {"biometric", "device_id", "viewing_history"}


def _floats(n: int, scale: float = 1.0) -> list[float]:
    return [round(RNG.gauss(0, scale), 4) for _ in range(n)]


def _unit(n: int) -> list[float]:
    v = [RNG.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [x / norm for x in v]


def _points(n: int) -> list[list[float]]:
    return [[round(RNG.uniform(80, 400), 1), round(RNG.uniform(80, 400), 1)] for _ in range(n)]


def _weights(n: int = 52) -> list[float]:
    return [round(RNG.betavariate(1.2, 6), 4) for _ in range(n)]


def _pb_bytes(field: int, data: bytes) -> bytes:
    def varint(n: int) -> bytes:
        out = b""
        while True:
            low, n = n & 0x7F, n >> 7
            if not n:
                return out + bytes([low])
            out += bytes([low | 0x80])

    return varint((field << 3) | 2) + varint(len(data)) + data


def _grpc(message: bytes) -> str:
    return base64.b64encode(b"\x00" + len(message).to_bytes(4, "big") + message).decode()


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> str:
    out = ""
    for name, filename, ctype, data in parts:
        out += f'--XB\r\nContent-Disposition: form-data; name="{name}"'
        out += f'; filename="{filename}"\r\n' if filename else "\r\n"
        out += f"Content-Type: {ctype}\r\n" if ctype else ""
        out += f"\r\n{data}\r\n"
    return out + "--XB--\r\n"


_found = signatures_found


# -- detectors, across spellings ----------------------------------------------------


def test_face_check_needs_a_match_or_liveness_score() -> None:
    check = STRUCTURES["face_check"]
    assert check({"similarity_score": 0.91, "faceId": "f1"})
    assert check({"MATCH_CONFIDENCE": 93.1})
    assert check({"liveness": {"score": 0.97, "passed": True}})
    assert not check({"confidence": 0.99, "label": "person"})
    assert not check({"matchThreshold": 0.8, "livenessEnabled": True})
    assert not check({"liveness": {"status": "UP"}})


def test_face_emotions_need_scores_and_a_face_box() -> None:
    emotions = STRUCTURES["face_emotions"]
    azure = {
        "faceRectangle": {"top": 54, "left": 120, "width": 80, "height": 80},
        "emotion": {"anger": 0.0, "happiness": 0.92, "neutral": 0.07, "sadness": 0.01},
    }
    assert emotions(azure)
    assert emotions({"bbox": [1, 2, 3, 4], "expressions": [{"label": "joy", "prob": 0.8}] * 3})
    assert not emotions({"emotions": {"happy": 3, "sad": 1, "angry": 0}, "box": "inbox"})
    assert not emotions({"emotion": "happy", "box": [0, 0, 1, 1]})
    assert not emotions({"emotions": {"joy": 0.9, "anger": 0.1, "fear": 0.0}, "text": "ok"})


def test_face_regions_read_vision_mlkit_and_dlib_spellings() -> None:
    regions = STRUCTURES["face_regions"]
    dlib = {  # face_recognition.face_landmarks() output
        "chin": _points(17),
        "left_eyebrow": _points(5),
        "right_eyebrow": _points(5),
        "nose_bridge": _points(4),
        "left_eye": _points(6),
        "right_eye": _points(6),
        "top_lip": _points(12),
    }
    assert regions(dlib)
    mlkit = [
        {"type": t, "points": [{"x": p[0], "y": p[1]} for p in _points(5)]}
        for t in ("LEFT_EYE", "RIGHT_EYEBROW_TOP", "UPPER_LIP_BOTTOM")
    ]
    assert regions(mlkit)
    assert not regions({"character": "fox", "leftEye": _points(6), "mouth": _points(6),
                        "nose": _points(3)})  # fmt: skip
    assert not regions({"eyes": _points(6), "lips": _points(6), "nose": _points(6)})  # no side
    assert not regions({"lips": [{"sku": "L1"}], "eyes": [{"sku": "E1"}], "cheeks": []})


def test_voice_features_need_a_speech_only_descriptor() -> None:
    voice = STRUCTURES["voice_features"]
    openwillis = {"f0_mean": 180.2, "f0_stddev": 20.1, "hnr_mean": 12.0, "jitter": 0.01}
    praat = {"meanPitchHz": 201.3, "localJitter": 0.012, "localShimmer": 0.041,
             "meanHarmonicsToNoiseRatio": 14.2}  # fmt: skip
    assert voice(openwillis)
    assert voice(praat)
    assert not voice({"jitter": 0.004, "jitterBufferDelay": 1.2, "packetsLost": 3})
    assert not voice({"shimmerDurationMs": 1200, "jitter": 0.1})
    assert not voice({"pitchMean": 1.2, "pitchStd": 0.4, "jitter": 0.02})


def test_mfcc_print_and_packed_vectors() -> None:
    mfcc, prints, packed = (
        STRUCTURES["mfcc_frames"],
        STRUCTURES["print_vector"],
        STRUCTURES["packed_float_vector"],
    )
    assert mfcc([_floats(20, 10) for _ in range(5)])
    assert mfcc(_floats(13, 10))
    assert not mfcc(13)
    assert not mfcc([[1.0, 2.0]])
    assert prints(_floats(24, 0.1))
    assert not prints([round(RNG.uniform(0, 1), 3) for _ in range(24)])  # all positive
    assert not prints([12, 40, 33, 2, 9, 17, 21, 8])  # counts
    assert packed(struct.pack("<192f", *_floats(192, 0.3)))
    assert packed(struct.pack("<128f", *_unit(128)))
    assert not packed(struct.pack("<128f", *[RNG.uniform(1, 99) for _ in range(128)]))
    assert not packed(b"\x00" * 130)


# -- the family rules, on spellings the sets never used --------------------------------

_W = _weights()
POSITIVES = [
    (
        "face auth outcome in snake case",
        {"url": "https://api.example-bank.com/v2/login/face",
         "json": {"faceAuth": {"similarity_score": 0.91, "requestId": "r1"}}},
        "biometric.face_check.outcome",
    ),
    (
        "upper-case face result from a kiosk",
        {"url": "https://kiosk.example-hotel.com/api/checkin",
         "json": {"FACE_RESULT": {"MATCH_CONFIDENCE": 93.1, "GUEST": "g1"}}},
        "biometric.face_check.outcome",
    ),
    (
        "Azure-style emotion with its faceRectangle",
        {"url": "https://api.example-classroom.com/v1/frames", "json": {"faces": [{
            "faceRectangle": {"top": 54, "left": 120, "width": 80, "height": 80},
            "emotion": {"anger": 0.0, "happiness": 0.92, "neutral": 0.07, "sadness": 0.01}}]}},
        "biometric.face_emotions.scores",
    ),
    (
        "dlib / face_recognition landmark dict",
        {"url": "https://api.example-makeup.com/v1/try-on", "json": {"landmarks": [{
            "chin": _points(17), "left_eyebrow": _points(5), "right_eyebrow": _points(5),
            "left_eye": _points(6), "right_eye": _points(6), "top_lip": _points(12)}]}},
        "biometric.face_landmarks.regions",
    ),
    (
        "Praat voice report from a voice-health app",
        {"url": "https://api.example-voicecare.com/v1/recordings/r1/report", "json": {
            "meanPitchHz": 201.3, "localJitter": 0.012, "localShimmer": 0.041,
            "meanHarmonicsToNoiseRatio": 14.2}},
        "biometric.voice_features.acoustic",
    ),
    (
        "MFCC matrix upper-case key",
        {"url": "https://api.example-karaoke.com/v1/singers/identify",
         "json": {"MFCC": [_floats(20, 10) for _ in range(4)], "sr": 16000}},
        "biometric.voice_features.mfcc",
    ),
    (
        "voiceprint centroid of any size",
        {"url": "https://api.example-assistant.com/v1/household/members/m2",
         "json": {"voiceprintCentroid": _floats(40, 0.2)}},
        "biometric.print_vector.key",
    ),
    (
        "face print with a version suffix",
        {"url": "https://api.example-photos.com/v2/people/p1",
         "json": {"face_print_v2": _floats(32, 0.05)}},
        "biometric.print_vector.key",
    ),
    (
        "face embedding packed in a gRPC enrol call",
        {"url": "https://bio.example-gate.com/gate.v2.FaceEmbeddingService/Enroll",
         "headers": {"content-type": "application/grpc"},
         "body_base64": _grpc(_pb_bytes(1, b"user-7")
                              + _pb_bytes(4, struct.pack("<512f", *_unit(512))))},
        "biometric.print_vector.protobuf",
    ),
    (
        "MediaPipe scores tagged by format",
        {"url": "https://api.example-vtuber.com/v1/frames",
         "json": {"format": "mediapipe_blendshapes", "scores": _W}},
        "biometric.blendshapes.tagged_vector",
    ),
    (
        "ARKit weights under their own key",
        {"url": "https://api.example-vtuber.com/v1/frames", "json": {"arkitWeights": _W}},
        "biometric.blendshapes.vector",
    ),
    (
        "voice sample sent for speaker verification",
        {"url": "https://api.example-bank.com/v1/callback/voice",
         "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
         "body": _multipart([("purpose", None, None, "speaker_verification"),
                             ("sample", "s.wav", "audio/wav", "RIFF-bytes")])},
        "biometric.media.analysis_requested",
    ),
    (
        "base64 voice sample with the analysis named",
        {"url": "https://api.example-telco.com/v1/ivr/voice-id",
         "json": {"purpose": "speaker_verification",
                  "sample": "UklGRugDAABXQVZFZm10IAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"}},
        "biometric.media.analysis_requested_base64",
    ),
    (
        "exam proctoring video with the analyses named",
        {"url": "https://api.example-exam.com/v1/sessions/s1/clips",
         "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
         "body": _multipart([("meta", None, "application/json",
                              json.dumps({"checks": ["gaze_tracking", "head_pose"]})),
                             ("clip", "c.webm", "video/webm", "WEBM-bytes")])},
        "biometric.media.analysis_requested",
    ),
    (
        "audio whose answer reports prosody",
        {"url": "https://api.example-coach.com/v1/pitches",
         "headers": {"Content-Type": "audio/mp4"}, "body": "M4A-bytes",
         "response": {"json": {"prosody": {"confidence": 0.7, "pace": "fast"}}}},
        "biometric.voice.analysis_keys",
    ),
    (
        "selfie upload with Hume's facs model",
        {"url": "https://api.example-research.com/v1/jobs",
         "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
         "body": _multipart([("json", None, "application/json",
                              json.dumps({"models": {"facs": {}}})),
                             ("file", "s.jpg", "image/jpeg", "JFIF-bytes")])},
        "biometric.media.face_model_config",
    ),
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
