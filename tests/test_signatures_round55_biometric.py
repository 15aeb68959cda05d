"""Round 55 (sets 55-56), biometric: a headset's face tracking in OpenXR spelling
(`XR_FACE_EXPRESSION2_BROW_LOWERER_L_FB` name/weight rows or keys) and packed as one
float32 vector whose length is a face-expression set's size (52 ARKit, 63 / 70 for
XR_FB_face_tracking / XR_FB_face_tracking2). The VR and ordinary look-alikes (hand and
body tracking, gaze rays, haptics, mixer gains, softmax scores, NPC expression presets,
emoji reactions, dice and font faces) stay quiet. Set 52's leftovers: an age estimated
from the face under a face-age key, and a speaker x-vector under `spk_xvec`; a plot's
`xvec`, a loudspeaker's EQ, a watch face's or a road surface's age stay quiet."""

import base64
import json
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.biometric_vectors import face_weight_vector
from exfilwatch.detect.structures.faces import BLENDSHAPE_NAMES, _blendshape_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round55_biometric.jsonl"
_XR = [
    "BROW_LOWERER_L", "BROW_LOWERER_R", "CHEEK_PUFF_L", "JAW_DROP", "LIP_CORNER_PULLER_R",
    "TONGUE_OUT", "TONGUE_RETREAT",
]  # fmt: skip
XVEC = [round(((i * 53 % 97) - 48) / 61, 4) for i in range(64)]
WEIGHTS = [0.0 if i % 3 == 0 else round(0.05 + (i * 37 % 89) / 100, 3) for i in range(70)]


def packed(values: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


POSITIVES = [
    (
        "biometric.blendshapes",
        {
            "url": "https://sync.example-vr.net/avatar/v2/state/batch",
            "json": {
                "schema": "XR_FB_face_tracking2",
                "frames": [
                    {
                        "ts": 1764489658787,
                        "expressions": [
                            {"expression": f"XR_FACE_EXPRESSION2_{n}_FB", "weight": 0.1 + i / 20}
                            for i, n in enumerate(_XR)
                        ],
                    }
                ],
            },
        },
    ),
    (
        "biometric.blendshapes",
        {
            "url": "https://relay.example-avatar.com/v1/face",
            "json": {f"XR_FACE_EXPRESSION_{n}_FB": 0.2 + i / 30 for i, n in enumerate(_XR[:5])},
        },
    ),
    (
        "biometric.face_tracking.packed_weights",
        {
            "url": "https://sync.example-vr.net/avatar/v3/face",
            "json": {"fmt": "f32le", "faceTrackingWeights": packed(WEIGHTS), "n": 70},
        },
    ),
    (
        "biometric.face_tracking.packed_weights",
        {
            "url": "https://relay.example-avatar.com/v1/frame",
            "json": {"t": 1, "expressionWeights": WEIGHTS[:63]},
        },
    ),
    (
        "biometric.face_tracking.tagged_weights",
        {
            "url": "https://sync.example-vr.net/a/f",
            "json": {"w": packed(WEIGHTS), "set": "face_tracking2"},
        },
    ),
    (
        "biometric.face_age.estimate_object",
        {
            "url": "https://api.agecheck.example.co.uk/v1/sessions/result",
            "json": {"faceAge": {"estimatedAge": 22.7, "stDev": 2.3, "liveness": "REAL"}},
        },
    ),
    (
        "biometric.face_age.estimate_object",
        {
            "url": "https://api.example-social.com/v2/age",
            "json": {"user": "u1", "face_age_estimate": {"age_estimation": 31}},
        },
    ),
    (
        "biometric.voiceprint.key",
        {
            "url": "https://consult.example-pharmacy.co.uk/api/v2/prechk",
            "body": "spk_xvec="
            + packed(XVEC).replace("+", "%2B").replace("/", "%2F")
            + "&t=1733122844481",
            "headers": {"content-type": "application/x-www-form-urlencoded"},
        },
    ),
    (
        "biometric.voiceprint.key",
        {"url": "https://api.example-voice.com/v1/enrol", "json": {"speakerXvec": XVEC}},
    ),
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize(("rule", "example"), POSITIVES, ids=lambda p: str(p)[:60])
def test_round55_shapes_are_found(engine: Engine, rule: str, example: dict) -> None:
    assert rule in biometric(engine, example)


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_round55_look_alikes_are_quiet(engine: Engine, line: str) -> None:
    assert biometric(engine, json.loads(line)) == []


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("XR_FACE_EXPRESSION2_BROW_LOWERER_L_FB", True),
        ("XR_FACE_EXPRESSION_JAW_DROP_FB", True),
        ("FaceExpression2LipFunnelerLBFB", True),
        ("XR_FACE_EXPRESSION2_TONGUE_TIP_ALVEOLAR_FB", True),
        ("BrowLowererL", True),
        ("XR_FACE_EXPRESSION2_COUNT_FB", False),
        ("faceExpression", False),
        ("happy", False),
    ],
)
def test_openxr_expression_names(name: str, known: bool) -> None:
    assert (_blendshape_key(name) in BLENDSHAPE_NAMES) is known


@pytest.mark.parametrize(
    ("value", "found"),
    [
        (WEIGHTS, True),
        (packed(WEIGHTS[:63]), True),
        (packed([0.0] * 70), False),
        ([1 / 63] * 63, False),
        ([100.0 + i for i in range(70)], False),
        (WEIGHTS[:64], False),
    ],
)
def test_face_weight_vector(value: object, found: bool) -> None:
    assert bool(face_weight_vector(value)) is found
