"""Round 41 (biometric, held-out sets 111-114).

- Set 111: a multi-angle selfie (the face straight ahead, turned left and right) sent
  base64 inside a JSON body (`center-photo-data`) rather than as files: the head-pose
  capture rule now has a JSON twin, with pose words in several languages.
- Set 114: a time clock re-enrols a co-worker's face from the phone (a photo posted to a
  face path that names enrolment): a face word in any language followed by an
  enrolment, registration, verification or login word (`/twarz/rejestracja`).
- Precision set 112: an anatomy atlas's 3-D models. A mesh's `faces` beside its
  `vertices` are polygons (vertex indices), not a face's landmarks; and an anatomy
  atlas's or textbook's model of the head is no one's face (the subject veto now knows
  anatomy, as it knows animals, artworks and instruments).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.subjects import ANATOMY, PERSON, text_subject
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round114_biometric.jsonl"
JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIs"
    "IxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAAQABABAREA/8QAFgABAQEAAAAAAAAAAAAAAAAAAAUG/8QAIhAA"
    "AQMDBAMAAAAAAAAAAAAAAQIDBAAFEQYSITETQVH/2gAIAQEAAD8A"
)


def _points(seed: int, count: int = 68) -> list[list[float]]:
    rng = random.Random(seed)
    return [
        [round(rng.uniform(150, 450), 1), round(rng.uniform(150, 600), 1)] for _ in range(count)
    ]


def _flat_floats(seed: int, count: int) -> list[float]:
    rng = random.Random(seed)
    return [round(rng.uniform(-0.1, 0.1), 5) for _ in range(count)]


def _biometric(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


POSE_CAPTURES = [
    pytest.param(
        {
            "url": "https://api.example-verify.com/v1/inquiries/inq_31/verifications/selfie",
            "method": "POST",
            "json": {
                "data": {
                    "type": "verification/selfie",
                    "attributes": {"center-photo-data": JPEG, "right-photo-data": JPEG},
                }
            },
        },
        id="json-api-three-poses",
    ),
    pytest.param(
        {
            "url": "https://kyc.example-banco.cl/api/v2/liveness/capturas",
            "method": "POST",
            "json": {"fotoIzquierda": JPEG, "fotoCentro": JPEG, "sesion": "s-2"},
        },
        id="spanish-poses-liveness",
    ),
    pytest.param(
        {
            "url": "https://app.example-pinjam.co.id/api/verifikasi/wajah",
            "method": "POST",
            "json": {"foto_kiri": JPEG, "foto_kanan": JPEG},
        },
        id="indonesian-poses-face-path",
    ),
    pytest.param(
        {
            "url": "https://id.example-bank.fr/api/identite/selfie",
            "method": "POST",
            "json": {"photo_gauche_base64": JPEG},
        },
        id="french-pose-base64-suffix",
    ),
]


@pytest.mark.parametrize("example", POSE_CAPTURES)
def test_head_pose_selfies_sent_as_base64(engine: Engine, example: dict) -> None:
    assert "biometric.selfie_pose_captures_base64" in _biometric(engine, example)


FACE_ENROLMENT = [
    pytest.param(
        "https://api.example-klok.nl/v3/ploeg/gezicht/herinschrijven",
        "foto",
        id="dutch-re-enrol",
    ),
    pytest.param(
        "https://rcp.example-magazyn.pl/api/pracownik/7/twarz/rejestracja",
        "zdjecie",
        id="polish-register",
    ),
    pytest.param(
        "https://acces.example-usine.fr/api/badges/42/visage/enrolement",
        "photo",
        id="french-enrol",
    ),
    pytest.param(
        "https://asistencia.example-planta.mx/api/rostro/verificacion",
        "imagen",
        id="spanish-verify",
    ),
    pytest.param(
        "https://zeit.example-lager.de/api/gesicht/neu-anlernen",
        "bild",
        id="german-re-train",
    ),
]


@pytest.mark.parametrize(("url", "key"), FACE_ENROLMENT)
def test_a_photo_posted_to_a_face_enrolment_path(engine: Engine, url: str, key: str) -> None:
    example = {"url": url, "method": "POST", "json": {key: JPEG, "badge": "40117"}}
    assert "biometric.face_image.enrolment_path_multilingual" in _biometric(engine, example)


def test_a_persons_face_mesh_is_still_read_beside_its_polygons(engine: Engine) -> None:
    """The polygon reading drops `faces` only: a face-named mesh's vertices still count."""
    example = {
        "url": "https://api.example-filters.com/v1/sessions/9/frames",
        "method": "POST",
        "json": {
            "faceMesh": {"vertices": _flat_floats(1, 1220 * 3), "faces": list(range(300))},
            "frame": 41,
        },
    }
    assert _biometric(engine, example)


def test_face_landmarks_under_faces_are_still_read(engine: Engine) -> None:
    example = {
        "url": "https://api.example-photos.com/v2/albums/3/analysis",
        "method": "POST",
        "json": {"faces": [{"landmarks": _points(2)}], "photo_id": "p-8"},
    }
    assert _biometric(engine, example)


def test_models_anatomy_and_look_alikes_are_quiet(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _biometric(engine, example), example["note"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("anatomy", ANATOMY),
        ("anatomie", ANATOMY),
        ("anatomischesModell", ANATOMY),
        ("anatomia_twarzy", ANATOMY),
        ("user_anatomy", PERSON),
        ("muscles_face", None),
        ("face", None),
    ],
)
def test_the_subject_a_key_names(text: str, subject: str | None) -> None:
    assert text_subject(text) == subject
