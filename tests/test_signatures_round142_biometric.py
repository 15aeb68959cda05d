"""Round 46 (biometric, held-out sets 136, 137, 139, 141): print compounds in the
key reader's spelling of Arabic script and Ukrainian Cyrillic, Egyptian Arabizi
voiceprints, a voice enrolment's several takes, the voice as an adjective in a
biometric path, a face's pose nested per frame, a face model's landmarks per frame,
and an age a model estimated from a face.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round142_biometric.jsonl"
_RNG = random.Random(46142)


def _wav(size: int = 400) -> str:
    header = b"RIFF\xb4\x01\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00"
    return base64.b64encode(header + bytes(_RNG.getrandbits(8) for _ in range(size))).decode()


def _float32(count: int = 128) -> str:
    numbers = [_RNG.uniform(-0.2, 0.2) for _ in range(count)]
    return base64.b64encode(struct.pack(f"<{count}f", *numbers)).decode()


def _floats(count: int = 128) -> list[float]:
    return [round(_RNG.uniform(-0.2, 0.2), 5) for _ in range(count)]


def _points(count: int) -> list[list[float]]:
    return [
        [round(_RNG.uniform(80, 420), 1), round(_RNG.uniform(80, 420), 1)] for _ in range(count)
    ]


def _multipart_audio(url: str, field: str) -> dict:
    body = (
        '--VB\r\nContent-Disposition: form-data; name="customer"\r\n\r\n5521\r\n'
        f'--VB\r\nContent-Disposition: form-data; name="{field}"; filename="phrase.wav"\r\n'
        "Content-Type: audio/wav\r\n\r\nRIFF....WAVEfmt " + "z" * 300 + "\r\n--VB--\r\n"
    )
    return {
        "url": url,
        "method": "POST",
        "headers": {"Content-Type": "multipart/form-data; boundary=VB"},
        "body": body,
    }


def _frame(yaw: float) -> dict:
    return {"face": {"box": [120, 80, 200, 240], "headPose": {"yaw": yaw, "pitch": -2.0}}}


def _bio(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


POSITIVES = {
    "Arabic script face print (بصمة الوجه) as base64 float32": (
        {
            "url": "https://api.example-wallet.eg/v1/login",
            "json": {"رقم": "C1", "بصمة_الوجه": _float32()},
        },
        "biometric.embedding.ambiguous_word",
    ),
    "Arabic script face print as a float list": (
        {"url": "https://api.example-bank.ma/v2/auth", "json": {"بصمة_الوجه": _floats()}},
        "biometric.embedding.ambiguous_word",
    ),
    "Ukrainian Cyrillic face template (шаблон обличчя)": (
        {"url": "https://api.example-derzh.ua/v1/kep", "json": {"шаблон_обличчя": _floats()}},
        "biometric.reference_template_vector",
    ),
    "Ukrainian Cyrillic face print (відбиток обличчя)": (
        {"url": "https://api.example-derzh.ua/v1/vhid", "json": {"відбиток_обличчя": _floats()}},
        "biometric.named_biometric.multilingual",
    ),
    "Egyptian Arabizi voiceprint (bsmet el sot)": (
        {"url": "https://api.example-tel.eg/v1/khedma", "json": {"bsmet_el_sot": _wav()}},
        "biometric.named_biometric.multilingual",
    ),
    "a voice enrolment's three takes under a sample key": (
        {
            "url": "https://api.example-tel.com/v1/enrol",
            "json": {"voiceSamples": [_wav(), _wav(), _wav()]},
        },
        "biometric.voice_sample_verification",
    ),
    "Arabizi voice samples (3ayenat sot) as a list": (
        {"url": "https://api.example-tel.eg/v2/x", "json": {"3ayenat_sot": [_wav(), _wav()]}},
        "biometric.voice_sample_verification",
    ),
    "Polish voice biometrics with the voice as an adjective": (
        _multipart_audio("https://m.example-bank.pl/api/biometria-glosowa/wzorzec", "nagranie"),
        "biometric.voice_sample_path_multilingual",
    ),
    "Russian voice biometrics, adjective first, reference (etalon)": (
        _multipart_audio("https://m.example-bank.ru/api/golosovaya-biometriya/etalon", "zapis"),
        "biometric.voice_sample_path_multilingual",
    ),
    "head pose nested under the face found in each frame": (
        {
            "url": "https://api.example-id.io/v1/check",
            "json": {"session": "s-9", "frames": [_frame(-12.0), _frame(3.0), _frame(15.0)]},
        },
        "biometric.liveness_head_pose_frames",
    ),
    "Vietnamese face landmarks per liveness action frame": (
        {
            "url": "https://api.example-vi.vn/v1/xac-thuc",
            "json": {
                "khung": [
                    {"buoc": "trai", "diem_moc": _points(68)},
                    {"buoc": "phai", "diem_moc": _points(68)},
                ]
            },
        },
        "biometric.face_landmarks_per_frame",
    ),
    "English 106-point face landmarks per frame": (
        {
            "url": "https://api.example-cam.com/v1/track",
            "json": {
                "frames": [
                    {"t": 0, "landmarks": _points(106)},
                    {"t": 40, "landmarks": _points(106)},
                ]
            },
        },
        "biometric.face_landmarks_per_frame",
    ),
    "an estimated age under a face analysis object": (
        {
            "url": "https://api.example-chat.com/v1/safety/age",
            "json": {
                "faceAnalysis": {"estimatedAge": 27, "confidence": 0.8},
                "source": "front_camera",
            },
        },
        "biometric.face_age_estimate",
    ),
    "an estimated age beside the face box": (
        {
            "url": "https://api.example-games.com/v1/age",
            "json": {"predictedAge": 16, "faceBox": [0.3, 0.3, 0.4, 0.5]},
        },
        "biometric.face_age_estimate",
    ),
    "Vietnamese estimated age under the face": (
        {"url": "https://api.example-vi.vn/v1/tuoi", "json": {"khuon_mat": {"tuoi_uoc_tinh": 24}}},
        "biometric.face_age_estimate",
    ),
    "German estimated age range under the face": (
        {
            "url": "https://api.example-spiele.de/v1/alter",
            "json": {"gesicht": {"geschaetztes_alter": {"min": 19, "max": 25}}},
        },
        "biometric.face_age_estimate",
    ),
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_positive(engine: Engine, name: str) -> None:
    example, rule = POSITIVES[name]
    assert rule in _bio(engine, example), name


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _bio(engine, example), example["note"]


def test_negatives_cover_each_mechanism() -> None:
    notes = [json.loads(line)["note"] for line in NEGATIVES.read_text("utf-8").splitlines()]
    assert len(notes) >= 12


@pytest.mark.parametrize(
    ("word", "cls"),
    [("oblichchya", "face"), ("vidbitok", "print"), ("bsmet", "print"), ("tasgeel", "enrol"),
     ("lwjh", "ambiguous_face"), ("tuoi", "trait_age"), ("geschaetztes", "trait_estimated")],
)  # fmt: skip
def test_round46_words(word: str, cls: str) -> None:
    assert load("biometric").word(word) == cls
