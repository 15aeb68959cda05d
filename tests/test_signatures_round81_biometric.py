"""Round 81 (sets 81-84), biometric: FacePhi SelphID routes and counted landmark rows.

A FacePhi SelphID backend takes the selfie as an encrypted token (`tokenImage`) and the
face template (`templateRaw`, `faceTemplate`): the payload is opaque, so the route
(passive liveness, facial authentication) and the key name say what it is. A driver
app re-sends its face tracker's points as one row per point under a key that carries
the model's count (`lmk106`). Session tokens, tracking blobs, e-mail and document
templates, tour and map landmarks, body joints and quiz scores stay quiet. An SDK's
encrypted selfie is an opaque blob under a key that names the selfie; watch, font,
card and Facebook look-alikes do not."""

import base64
import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures import STRUCTURES
from exfilwatch.engine import Engine

FACEPHI = "biometric.face_image.facephi_selphid_service"
ROWS = "biometric.face_landmarks.counted_rows_face_url"
SEALED = "biometric.face_image.encrypted_selfie_blob"
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round81_biometric.jsonl"


def _blob(seed: int, size: int = 600) -> str:
    """An encrypted payload of selfie-token size: high-entropy base64."""
    return base64.b64encode(random.Random(seed).randbytes(size)).decode()


def _rows(seed: int, count: int, width: int) -> list[list[float]]:
    rng = random.Random(seed)
    return [[round(rng.uniform(0.3, 0.7), 4) for _ in range(width)] for _ in range(count)]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


FACEPHI_POSITIVES = [
    ("/api/v1/selphid/passive-liveness/evaluate/token", {"tokenImage": _blob(1)}),
    ("/api/v1/selphid/passive-liveness/evaluate", {"image": _blob(2), "extraData": _blob(3)}),
    ("/api/v1/selphid/authenticate-facial/templates", {"faceTemplate1": _blob(4)}),
    (
        "/api/v1/selphid/authenticate-facial/document/face-template",
        {"documentTemplate": _blob(5), "templateRaw": _blob(6)},
    ),
    ("/kyc/v2/face-liveness/check", {"bestImageTokenized": _blob(7)}),
]


@pytest.mark.parametrize(("path", "body"), FACEPHI_POSITIVES, ids=lambda p: str(p)[:40])
def test_facephi_selfie_tokens_and_templates_are_found(
    engine: Engine, path: str, body: dict
) -> None:
    example = {"url": "https://api.example-bank.cl" + path, "method": "POST", "json": body}
    assert FACEPHI in biometric(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        {"extraData": _blob(8)},
        {"sessionToken": _blob(9)},
        {"documentTemplate": _blob(10)},
        {"tokenImage": "tok_20241112_a81f"},
    ],
    ids=lambda b: next(iter(b)),
)
def test_facephi_routes_without_the_face_stay_quiet(engine: Engine, body: dict) -> None:
    url = "https://api.example-bank.cl/api/v1/selphid/authenticate-facial/document/face-template"
    assert FACEPHI not in biometric(engine, {"url": url, "method": "POST", "json": body})


def test_a_template_key_off_the_face_routes_is_not_a_face(engine: Engine) -> None:
    url = "https://api.example-mail.com/v1/templates/render"
    example = {"url": url, "method": "POST", "json": {"templateRaw": _blob(11)}}
    assert biometric(engine, example) == []


@pytest.mark.parametrize(("key", "count", "width"), [("lmk106", 106, 1), ("landmarks_68", 68, 2)])
def test_counted_landmark_rows_to_a_selfie_path_are_found(
    engine: Engine, key: str, count: int, width: int
) -> None:
    url = "https://driver-api.example-rides.com/v2/compliance/selfie/landmarks"
    body = {key: _rows(count, count, width), "attempt": 2, "img_w": 720, "img_h": 1280}
    assert ROWS in biometric(engine, {"url": url, "method": "POST", "json": body})


@pytest.mark.parametrize(
    ("url", "key", "count"),
    [
        ("https://api.example-city.com/v1/city/landmarks", "lmk106", 106),
        ("https://api.example-quiz.com/v1/face-off/round", "lmk30", 30),
        ("https://api.example-fonts.com/v1/typeface/glyphs", "lmk68", 68),
        ("https://api.example-cam.com/v1/selfie/stickers", "landmarks", 68),
        ("https://api.example-fit.com/v1/face-cam/pose", "lmk17", 17),
    ],
)
def test_rows_without_face_context_or_count_stay_quiet(
    engine: Engine, url: str, key: str, count: int
) -> None:
    example = {"url": url, "method": "POST", "json": {key: _rows(count, count, 1)}}
    assert ROWS not in biometric(engine, example)


def test_landmark_rows_need_a_model_count_and_one_row_width() -> None:
    rows = STRUCTURES["landmark_rows"]
    assert rows(_rows(1, 106, 1)) is not None
    assert rows(_rows(1, 68, 3)) is not None
    assert rows(_rows(1, 50, 2)) is None
    assert rows([*_rows(1, 67, 2), [0.1]]) is None
    assert rows([0.5] * 106) is None


@pytest.mark.parametrize(
    "key", ["encryptedSelfie", "selfieToken", "selfie_enc", "faceImageEncrypted"]
)
def test_an_encrypted_selfie_under_a_selfie_key_is_found(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example-bank.com/v1/onboarding/step3", "method": "POST"}
    assert SEALED in biometric(engine, {**example, "json": {key: _blob(12)}})


@pytest.mark.parametrize(
    "key", ["face", "faceIdToken", "facebookToken", "watchFaceData", "surfaceData", "fontFaceData"]
)
def test_face_look_alike_keys_over_a_blob_stay_quiet(engine: Engine, key: str) -> None:
    example = {"url": "https://api.example-app.com/v1/sync", "method": "POST"}
    assert SEALED not in biometric(engine, {**example, "json": {key: _blob(13)}})


def _negatives() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:50])
def test_round81_look_alikes_stay_quiet(engine: Engine, example: dict) -> None:
    assert biometric(engine, example) == []
