"""Round 61 (sets 61-62), biometric: a smart home's familiar-face events (a doorbell
reports `face_recognized` with the known face's id and a confidence / box), the
pattern of Nest / Eufy / Ring / Arlo / Aqara "familiar faces". The look-alikes stay
quiet: motion, person, package and pet detections, a face detected with nobody
named, the face-recognition setting, a watch face, songs, plates and speech
recognised, and a doorstep delivery photo."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.biometric_events import (
    face_recognition_code,
    face_recognition_event,
)
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round61_biometric.jsonl"
RULE = "biometric.face_recognition.camera_event"

POSITIVES = [
    {
        "url": "https://cloud.example-home.ae/v1/events",
        "method": "POST",
        "json": {
            "deviceSn": "DB1",
            "type": "face_recognized",
            "face": {"knownFaceId": "1d2a4a3d8d79", "confidence": 0.7, "box": [1, 2, 3, 4]},
        },
    },
    {
        "url": "https://api.example-cam.io/v2/alerts",
        "method": "GET",
        "response": {"json": {"alerts": [{"kind": "KNOWN_FACE", "personId": "p9", "score": 88.5}]}},
    },
    {
        "url": "https://api.example-casa.es/eventos",
        "method": "POST",
        "json": {"tipo": "rostro_reconocido", "personName": "Abuela", "confidence": 0.91},
    },
    {
        "url": "https://api.example-home.de/ereignisse",
        "method": "POST",
        "json": {"recognizedFace": {"memberName": "Oma", "bbox": [1, 2, 3, 4]}},
    },
]

NESTED_PROFILES = [
    {
        "url": "https://api.example-beaute.fr/v1/profil/analyse",
        "method": "POST",
        "json": {
            "analyseDePeau": {"rides": 0.1, "pores": 0.4, "rougeurs": 0.8, "agePeau": 27},
            "formeVisage": "coeur",
            "source": "selfie",
        },
    },
    {
        "url": "https://api.example-skin.com/v2/scan",
        "method": "POST",
        "json": {
            "skin": {"wrinkles": 0.2, "acne": 0.1, "skinAge": 33},
            "faceShape": "oval",
            "scanId": "s1",
        },
    },
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["url"][:50])
def test_round61_face_events_are_found(engine: Engine, example: dict) -> None:
    assert RULE in biometric(engine, example)


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_round61_look_alikes_are_quiet(engine: Engine, line: str) -> None:
    assert biometric(engine, json.loads(line)) == []


@pytest.mark.parametrize(
    ("code", "named"),
    [
        ("face_recognized", True),
        ("FAMILIAR_FACE", True),
        ("known_face_event", True),
        ("yuz_tanindi", True),
        ("face_detected", False),
        ("face_recognition_enabled", False),
        ("watchface_installed", False),
        ("song_recognized", False),
        ("Face cream", False),
    ],
)
def test_codes_pair_a_face_with_a_recognition(code: str, named: bool) -> None:
    assert face_recognition_code(code) is named


def test_event_needs_who_and_a_sighting() -> None:
    face = {"knownFaceId": "k1", "confidence": 0.9}
    assert face_recognition_event({"type": "face_recognized", "face": face})
    assert face_recognition_event({"type": "face_recognized", "face": {"confidence": 0.9}}) is None
    assert face_recognition_event({"type": "face_recognized", "userId": "u", "score": 1}) is None
    assert face_recognition_event({"type": "face_recognized", "personId": "p"}) is None


@pytest.mark.parametrize("example", NESTED_PROFILES, ids=lambda p: p["url"][:50])
def test_round61_nested_skin_analysis_is_found(engine: Engine, example: dict) -> None:
    """A face analyser's skin scores grouped apart from the face's shape."""
    assert "biometric.face_analysis_profile" in biometric(engine, example)
