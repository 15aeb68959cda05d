"""Round 8, biometric: families generalised from the misses of held-out sets 8-10.

Each family is tested in spellings the sets never used (other vendors, other
key styles), with the look-alikes that must stay silent. The sets themselves
are gated in tests/test_heldout_sets.py (development sets now: passing there
says the rules cover them, not that they generalise; the spelling tests do that).
"""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

from exfilwatch.detect.signatures import SignatureSet, example_exchange, load_signatures
from exfilwatch.detect.structures import STRUCTURES
from exfilwatch.engine import Engine
from exfilwatch.model import Destination

RNG = random.Random(808)


def _points(n: int) -> list[list[float]]:
    return [[round(RNG.uniform(100, 900), 1), round(RNG.uniform(100, 1200), 1)] for _ in range(n)]


def _unit(n: int) -> list[float]:
    v = [RNG.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 5) for x in v]


def _trace(n: int = 90) -> list[float]:
    return [round(130 + RNG.gauss(0, 0.5), 3) for _ in range(n)]


class _NoAttribution:
    def destination(self, host: str, server_ip: str | None = None) -> Destination:
        return Destination(host=host)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(signatures=SignatureSet(load_signatures()), attributor=_NoAttribution())  # type: ignore[arg-type]


def _biometric(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {
        f.signature for f in engine.analyse(example_exchange(example)) if f.category == "biometric"
    }


# -- detectors, across spellings ----------------------------------------------------

TRACKING_YES = [
    {"facePresent": True, "headPose": {"yaw": 3.0, "pitch": 1.0, "roll": 0.2}},
    {"head_yaw": -31.5, "eye_aspect_ratio": 0.21, "face_detected": True},
    {"gazeVector": [0.1, -0.2, 0.97], "faceVisible": True},
    {"perclos": 0.31, "yawning": True, "headPitchDeg": -22.0},
    {"lookAtPoint": [0.02, -0.1, 0.9], "faceCount": 1},
    {"emotions": {"happy": 0.1, "neutral": 0.8}, "num_faces": 2},
    {"EYES_CLOSED": True, "HEAD_ROLL": 12.0},
]
TRACKING_NO = [
    {"faceTrackingEnabled": True, "gazeCorrectionEnabled": True},
    {"minFacePresenceConfidence": 0.5, "minFaceDetectionConfidence": 0.5},
    {"hmd": {"yaw": 1.0, "pitch": 2.0, "roll": 3.0}, "controllers": 2},
    {"emotion": "happy", "expression": "calm"},
    {"watchFaceCount": 4, "watchFaceAngle": 90},
    {"cameraYaw": 10.0, "cameraPitch": 2.0, "lookSensitivity": 1.0},
    {"headline": "Face tracking explained", "gazeArticleId": "a1"},
]


@pytest.mark.parametrize("value", TRACKING_YES)
def test_face_tracking_reads_key_words_in_any_spelling(value: dict[str, Any]) -> None:
    assert STRUCTURES["face_tracking"](value)


@pytest.mark.parametrize("value", TRACKING_NO)
def test_face_tracking_ignores_settings_thresholds_and_other_faces(value: dict[str, Any]) -> None:
    assert STRUCTURES["face_tracking"](value) is None


def test_face_verification_needs_an_outcome_and_face_output() -> None:
    detect = STRUCTURES["face_verification"]
    assert detect({"compareScore": 88.1, "face_rect": [1, 2, 3, 4]})
    assert detect({"livenessScore": 0.97, "faceQuality": 0.8})
    assert detect({"antiSpoofScore": 0.02, "headYaw": 4.0})
    assert detect({"similarity": 0.8, "profilePhotoUrl": "https://x.example/p.jpg"}) is None
    assert detect({"liveness": {"status": "UP", "uptimeSeconds": 9}, "faceApi": {"ms": 3}}) is None
    assert detect({"similarity": 0.97, "docBox": [0, 0, 1, 1]}) is None


def test_face_record_recognises_detector_structs_not_paths() -> None:
    detect = STRUCTURES["face_record"]
    mesh = [
        [round(RNG.random(), 4), round(RNG.random(), 4), round(RNG.random(), 4)] for _ in range(468)
    ]
    assert detect(
        {"points_array": [{"x": x, "y": y} for x, y in _points(106)], "yaw": 1.0, "pitch": 2.0}
    )
    assert detect(
        {
            "landmark2d": [c for p in _points(68) for c in p],
            "pose": {"yaw": 1, "pitch": 2, "roll": 3},
        }
    )
    assert detect({"vertices": mesh, "euler": 1, "headPose": {"yaw": 1.0, "pitch": 0.5}})
    assert detect({"faceBox": [1, 2, 3, 4], "pts": _points(98)})
    assert detect({"path": _points(106), "yaw": 1.0, "pitch": 2.0, "altitude": 100}) is None
    assert detect({"corners": _points(68), "yaw": 1.0, "pitch": 2.0, "roll": 0.0}) is None
    assert detect({"points": _points(106), "rect": [0, 0, 9, 9]}) is None


def test_face_measurements_need_a_part_and_a_measure() -> None:
    detect = STRUCTURES["face_measurements"]
    assert detect({"JawWidthRatio": 0.8, "eyeSpacingRatio": 0.46})
    assert detect({"interpupillary_distance": 63, "nose_bridge_angle": 31})
    assert detect({"jawWidth": 0.6, "eyeSize": 0.5, "noseWidth": 0.4}) is None
    assert detect({"face_aspect_ratio": 1.0, "face_angle": 90}) is None


def test_face_vitals_and_roi_traces() -> None:
    assert STRUCTURES["face_vitals"]({"pulseRate": 71, "respiratoryRate": 14})
    assert STRUCTURES["face_vitals"]({"hrv": 41, "systolic": 118, "bpm": 120})
    assert STRUCTURES["face_vitals"]({"bpm": 128, "energy": 0.9}) is None
    traces = {"forehead": {"g": _trace()}, "cheek_left": {"g": _trace()}}
    assert STRUCTURES["face_roi_traces"](traces)
    assert STRUCTURES["face_roi_traces"]({"forehead": "mesh_1", "cheek": "mesh_2"}) is None


def test_minutiae_need_positions_and_directions() -> None:
    rows = [[RNG.randint(0, 400), RNG.randint(0, 500), RNG.randint(0, 359)] for _ in range(24)]
    assert STRUCTURES["minutiae"](rows)
    assert STRUCTURES["minutiae"]([{"X": x, "Y": y, "Angle": a} for x, y, a in rows])
    assert STRUCTURES["minutiae"]([{"x": x, "y": y} for x, y, _ in rows]) is None
    assert STRUCTURES["minutiae"](rows[:4]) is None


# -- rules, on requests no set contained ------------------------------------------------

POSITIVES = [
    (
        "driver-monitoring camera batch",
        {
            "url": "https://dms.example-trucks.com/v1/cabin/events",
            "json": {"vin": "x", "samples": [{"ts": 1, "head_yaw": -35.0, "perclos": 0.4}]},
        },
        "biometric.face_tracking.telemetry",
    ),
    (
        "video-call engagement analytics",
        {
            "url": "https://analytics.example-meet.com/v2/engagement",
            "json": {"participant": "p1", "expressions": {"happy": 0.7}, "eyeContactRatio": 0.6},
        },
        "biometric.face_tracking.telemetry",
    ),
    (
        "face login answer forwarded to analytics",
        {
            "url": "https://log.example-bank.com/collect",
            "json": {"event": "face_login", "face_verification": {"score": 0.93, "passed": True}},
        },
        "biometric.face_match.outcome",
    ),
    (
        "ByteDance-effect style face struct",
        {
            "url": "https://api.example-camera.com/v2/effects/sync",
            "json": {
                "face_info": [
                    {
                        "rect": {"left": 1, "top": 2, "right": 3, "bottom": 4},
                        "points_array": _points(106),
                        "yaw": 1.0,
                        "pitch": 2.0,
                        "roll": 0.5,
                    }
                ]
            },
        },
        "biometric.face_landmarks.detector_record",
    ),
    (
        "eyewear try-on measurements",
        {
            "url": "https://api.example-glasses.com/v1/fit",
            "json": {"face_metrics": {"pupillary_distance": 62, "nose_bridge_angle": 30}},
        },
        "biometric.face_measurements",
    ),
    (
        "camera vitals answer",
        {
            "url": "https://api.example-clinic.com/v3/face-vitals/measure",
            "json": {"videoId": "v1"},
            "response": {"json": {"pulse": 70, "respiration_rate": 13, "spo2": 98}},
        },
        "biometric.face_scan.vitals",
    ),
    (
        "door lock fingerprint minutiae",
        {
            "url": "https://api.example-lock.com/v2/fingers",
            "json": {
                "fp_minutiae_points": [
                    {"x": RNG.randint(0, 300), "y": RNG.randint(0, 300), "direction": 12}
                    for _ in range(30)
                ]
            },
        },
        "biometric.fingerprint.minutiae",
    ),
    (
        "people-album centroid on a faces path",
        {
            "url": "https://api.example-gallery.com/v3/faces/groups",
            "json": {"groups": [{"groupId": "g1", "meanVector": _unit(512)}]},
        },
        "biometric.face_embedding.endpoint_words",
    ),
]


@pytest.mark.parametrize(("note", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_family_rules_fire_on_unseen_spellings(
    engine: Engine, note: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _biometric(engine, example), note


# The development sets themselves are gated in tests/test_heldout_sets.py.
