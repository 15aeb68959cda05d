"""Round 53 (sets 53-54), biometric: a face vector beside the face model's name, voice
audio sent to a path joining a biometric and a voice word, landmark points under a face
key carrying the point count, and voice samples uploaded to build a cloned voice. The
ordinary look-alikes (text and music embeddings, speech-to-text, voice notes, podcasts,
text-to-speech, a model named in settings) stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.biometric_records import face_model_name
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round53_biometric.jsonl"
VECTOR = [0.0884 if i % 3 else -0.0884 for i in range(128)]
WAV = "UklGRugDAABXQVZFZm10IAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSo="
MULTIPART = (
    '--XB\r\nContent-Disposition: form-data; name="name"\r\n\r\nMijn stem\r\n'
    '--XB\r\nContent-Disposition: form-data; name="files"; filename="s1.wav"\r\n'
    "Content-Type: audio/wav\r\n\r\nRIFF-bytes\r\n--XB--\r\n"
)

POSITIVES = [
    (
        "biometric.face_embedding_model_family",
        {
            "url": "https://app.example-gym.cl/acceso/v1/torniquete/validar",
            "json": {"sede": "Centro", "modelo": "arcface-r50-int8", "embedding": VECTOR},
        },
    ),
    (
        "biometric.face_embedding_model_family",
        {
            "url": "https://api.example-kantor.pl/v1/wejscie",
            "json": {"model": "buffalo_l", "wektor": VECTOR},
        },
    ),
    (
        "biometric.speaker_recognition.audio_json",
        {
            "url": "https://apimovil.example-telco.mx/biometria-voz/v1/verificar",
            "json": {"msisdn": "+525500000000", "audioBase64": WAV},
        },
    ),
    (
        "biometric.speaker_recognition.audio_json",
        {
            "url": "https://api.example-bank.de/stimme-biometrie/v1/pruefen",
            "json": {"kunde": "K-77", "audio": WAV},
        },
    ),
    (
        "biometric.face_landmarks.counted_face_key",
        {
            "url": "https://api.example-beauty.nl/v2/fx/render",
            "json": {
                "effect": "glow",
                "face": {"landmarks76": [[0.4 + i / 200, 0.5 - i / 300] for i in range(76)]},
            },
        },
    ),
    (
        "biometric.voice_clone.samples",
        {
            "url": "https://api.elevenlabs.io/v1/voices/add",
            "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
            "body": MULTIPART,
        },
    ),
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize(("rule", "example"), POSITIVES, ids=lambda p: str(p)[:60])
def test_round53_shapes_are_found(engine: Engine, rule: str, example: dict) -> None:
    assert rule in biometric(engine, example)


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_round53_look_alikes_are_quiet(engine: Engine, line: str) -> None:
    assert biometric(engine, json.loads(line)) == []


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("arcface-r50-int8", "arcface"),
        ("Facenet512", "facenet512"),
        ("buffalo_l", "buffalol"),
        ("dlib_face_recognition_resnet_model_v1", "dlib"),
        ("Buffalo", ""),
        ("surface-net", ""),
        ("all-MiniLM-L6-v2", ""),
        ("interface", ""),
    ],
)
def test_face_model_names(text: str, model: str) -> None:
    assert face_model_name(text) == model
