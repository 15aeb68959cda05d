"""Round 37 biometric mechanisms, each read without knowing the app's language: a
face analyser's output recognised by its traits (an estimated age or a facial
measurement among skin and shape traits) under any key, an image beside a
sibling field reporting a face detected on it, a webcam picture sent to a
proctoring service, and audio sent to an authentication path; with hard
negatives for each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures import STRUCTURES
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round37_biometric.jsonl"
_MULTIPART = {"Content-Type": "multipart/form-data; boundary=XB"}


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> str:
    out = []
    for name, filename, ctype, body in parts:
        head = f'--XB\r\nContent-Disposition: form-data; name="{name}"'
        if filename:
            head += f'; filename="{filename}"\r\nContent-Type: {ctype}'
        out.append(f"{head}\r\n\r\n{body}\r\n")
    return "".join(out) + "--XB--\r\n"


def _signatures(engine: Engine, example: dict) -> list[str]:
    return [f.signature for f in engine.analyse(example_exchange(example))]


# -- face analysis under any key -------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        {"face_shape": "oval", "estimated_age": 41, "skin_tone_ita": -30.8, "acne_score": 0.25},
        {
            "faceShape": "heart",
            "wrinkleScores": {"forehead": 0.4, "glabella": 0.2},
            "interPupillaryMm": 63.1,
            "estimatedSkinAge": 33,
        },
        {"apparentAge": 29, "jawSymmetry": 0.93, "poresScore": 41, "skinTone": "warm"},
    ],
)
def test_face_analysis_profile_reads_the_traits(value: dict) -> None:
    assert STRUCTURES["face_analysis_profile"](value)


@pytest.mark.parametrize(
    "value",
    [
        {"skin_type": "oily", "face_shape": "round", "age": 34, "skin_tone": "medium"},
        {"faceShape": "oval", "skinTone": 0.4, "wrinkles": 0.3, "eyeSize": 0.6},
        {"estimated_age": 30, "acne_products": 3, "gender": "f"},
        {"targetAge": 70, "faceShape": "round", "skinTone": 0.3, "wrinkles": 0.8},
        {"face_shape": "oval", "estimated_age": "unknown", "skin_tone": "light"},
    ],
)
def test_face_analysis_profile_skips_choices_and_sliders(value: dict) -> None:
    assert STRUCTURES["face_analysis_profile"](value) is None


def test_face_analysis_under_a_foreign_key_is_found(engine: Engine) -> None:
    example = {
        "url": "https://api.example-cam.app/v3/analysis/wajah",
        "json": {
            "wajah": {
                "face_shape": "round",
                "estimated_age": 27,
                "skin_tone_ita": 12.5,
                "acne_score": 0.1,
            },
            "gambar": "9a1c",
        },
    }
    assert "biometric.face_analysis_profile" in _signatures(engine, example)


# -- an image beside a face-detection outcome ------------------------------------


@pytest.mark.parametrize("flag", ["faceDetected", "face_found", "isFacePresent", "wajahDetected"])
def test_image_beside_a_face_outcome_is_a_face_capture(engine: Engine, flag: str) -> None:
    example = {
        "url": "https://api.example-exam.com/v1/captures",
        "headers": _MULTIPART,
        "body": _multipart(
            [(flag, None, None, "true"), ("cam", "c1.jpg", "image/jpeg", "JFIF-bytes")]
        ),
    }
    assert "biometric.upload.multipart_context" in _signatures(engine, example)


def test_face_outcome_key_needs_a_true_or_false_value(engine: Engine) -> None:
    example = {
        "url": "https://api.example-photos.com/v1/upload",
        "headers": _MULTIPART,
        "body": _multipart(
            [
                ("faceDetectedLabel", None, None, "see the help page for details"),
                ("file", "p.jpg", "image/jpeg", "JFIF-bytes"),
            ]
        ),
    }
    assert not [s for s in _signatures(engine, example) if s.startswith("biometric")]


# -- proctoring and authentication paths -----------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://proctor.example-exam.in/v1/snapshot",
        "https://api.example-lms.com/v2/proctoring/sessions/9/frames",
        "https://api.example-exam.ro/e-proctoring/poze",
    ],
)
def test_webcam_picture_to_proctoring_is_a_face(engine: Engine, url: str) -> None:
    example = {
        "url": url,
        "headers": _MULTIPART,
        "body": _multipart([("foto", "f.jpg", "image/jpeg", "JFIF-bytes")]),
    }
    assert "biometric.face_image.proctoring_capture" in _signatures(engine, example)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-wallet.com.my/auth/v2/suaraku/daftar",
        "https://api.example-bank.co.ke/kyc/sauti/sajili",
        "https://api.example-bank.ng/mfa/ohun",
    ],
)
def test_audio_to_an_auth_path_is_a_voice_sample(engine: Engine, url: str) -> None:
    example = {
        "url": url,
        "headers": _MULTIPART,
        "body": _multipart([("rec", "r.wav", "audio/wav", "RIFF-bytes")]),
    }
    assert "biometric.voice_sample.auth_path" in _signatures(engine, example)


# -- hard negatives ---------------------------------------------------------------


def test_hard_negatives_give_no_finding(engine: Engine) -> None:
    dirty = []
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        found = [
            f.signature
            for f in engine.analyse(example_exchange(example))
            if f.category in ("biometric", "device_id", "viewing_history")
        ]
        if found:
            dirty.append((example["note"], found))
    assert not dirty, dirty
