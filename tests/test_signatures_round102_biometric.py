"""Round 39 (biometric, sets 101-102).

- Set 101: a bank forwarded a selfie SDK's raw face template (`templateRaw`) beside
  the capture's liveness result, on a path that names biometrics (`biometria`). A
  template word alone names e-mail and page templates too; beside a liveness
  measure, or on a biometrics path as a float32 embedding, it is a face template.
- Set 102: a veterinarian's apps sent a dog's face embedding, a cat's nose-print
  template and a bark's MFCCs. Biometric data is a natural person's (GDPR art.
  4(14)); one veto that every biometric rule honours (`detect/subjects.py`) drops
  a finding whose subject the exchange names as an animal, in its keys, its
  record's kind fields or its URL path, in many languages. A person named nearer
  the data (an owner, a login, a selfie, `species: human`) keeps it a person's.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.subjects import ANIMAL, PERSON, text_subject
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round102_biometric.jsonl"
JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIs"
    "IxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAAQABABAREA/8QAFgABAQEAAAAAAAAAAAAAAAAAAAUG/8QAIhAA"
    "AQMDBAMAAAAAAAAAAAAAAQIDBAAFEQYSITETQVH/2gAIAQEAAD8A"
)


def _vector(seed: int, size: int = 128) -> list[float]:
    rng = random.Random(seed)
    values = [rng.gauss(0, 1) for _ in range(size)]
    norm = sum(x * x for x in values) ** 0.5
    return [round(x / norm, 5) for x in values]


def _float32_b64(seed: int) -> str:
    values = _vector(seed)
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def _opaque_b64(seed: int, size: int = 600) -> str:
    rng = random.Random(seed)
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(size))).decode()


def _biometric(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


TEMPLATE_BESIDE_LIVENESS = [
    {
        "url": "https://api.example-banco.mx/app/v2/identidad/captura",
        "json": {
            "templateRaw": _float32_b64(1),
            "datosExtraccion": {"liveness": 0.93},
            "dispositivo": "a1b2c3",
        },
    },
    {
        "url": "https://id.example-lender.ng/onboard/face",
        "json": {"template": _opaque_b64(2), "result": {"livenessScore": 0.9}},
    },
    {
        "url": "https://api.example-banca.it/kyc/cattura",
        "json": {"modello": _opaque_b64(3), "provaDiVita": True, "vivacidad": 0.88},
    },
]


@pytest.mark.parametrize("example", TEMPLATE_BESIDE_LIVENESS)
def test_a_template_beside_a_liveness_measure_is_a_face_template(
    engine: Engine, example: dict
) -> None:
    assert "biometric.face_template.liveness_beside" in _biometric(engine, example)


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("https://api.example-banco.gt/movil/biometria/validar", {"plantillaRaw": _float32_b64(4)}),
        ("https://api.example-bank.ro/v1/biometrie/inrolare", {"templateData": _float32_b64(5)}),
        ("https://api.example-bank.com.tr/v2/biyometrik/kayit", {"sablon": _float32_b64(6)}),
    ],
)
def test_an_embedding_under_a_template_word_on_a_biometrics_path(
    engine: Engine, url: str, body: dict
) -> None:
    found = _biometric(engine, {"url": url, "json": body})
    assert "biometric.face_template_path_multilingual" in found


def test_a_template_word_without_a_face_context_stays_quiet(engine: Engine) -> None:
    for example in (
        {
            "url": "https://api.example-mail.com/v1/templates",
            "json": {"templateRaw": _opaque_b64(7)},
        },
        {
            "url": "https://api.example-cms.com/v2/pages/render",
            "json": {"template": _opaque_b64(8), "isLive": True},
        },
    ):
        assert not _biometric(engine, example), example["url"]


PEOPLE_IN_PET_APPS = [
    pytest.param(
        {
            "url": "https://api.example-pets.app/v3/pets/owner/selfie-login",
            "json": {"faceImage": JPEG},
        },
        id="owner-selfie-login-on-a-pets-path",
    ),
    pytest.param(
        {
            "url": "https://api.example-pets.app/v3/pets/register",
            "json": {"owner": {"faceEmbedding": _vector(9)}, "pet": {"species": "dog"}},
        },
        id="owner-face-beside-the-pet-record",
    ),
    pytest.param(
        {
            "url": "https://api.example-pets.app/v3/me",
            "json": {"faceImage": JPEG, "pets": [{"species": "cat", "name": "Mia"}]},
        },
        id="profile-with-a-list-of-pets",
    ),
    pytest.param(
        {
            "url": "https://api.example-pets.app/v3/adoptions/apply",
            "headers": {"content-type": "multipart/form-data; boundary=qq7"},
            "body": (
                '--qq7\r\nContent-Disposition: form-data; name="pet"\r\n'
                "Content-Type: application/json\r\n\r\n"
                '{"species": "dog", "name": "Rex"}\r\n'
                '--qq7\r\nContent-Disposition: form-data; name="selfie"; filename="me.jpg"\r\n'
                "Content-Type: image/jpeg\r\n\r\nJFIFDATA\r\n--qq7--\r\n"
            ),
        },
        id="adopter-selfie-beside-the-pet-part",
    ),
    pytest.param(
        {
            "url": "https://api.example-lab.org/v1/face/embeddings",
            "json": {"species": "human", "faceEmbedding": _vector(10)},
        },
        id="species-human",
    ),
    pytest.param(
        {
            "url": "https://api.example-vetclinic.es/v1/mascotas/usuario/selfie",
            "json": {"faceImage": JPEG},
        },
        id="spanish-user-selfie-on-a-pets-path",
    ),
]


@pytest.mark.parametrize("example", PEOPLE_IN_PET_APPS)
def test_a_persons_face_in_a_pet_app_is_still_read(engine: Engine, example: dict) -> None:
    assert _biometric(engine, example)


def test_animals_biometrics_are_no_persons(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _biometric(engine, example), example["note"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("dogFaceEmbedding", ANIMAL),
        ("pets", ANIMAL),
        ("nose-print", ANIMAL),
        ("mascotas", ANIMAL),
        ("kopek_yuzu", ANIMAL),
        ("Haustierfoto", ANIMAL),
        ("chongwu", ANIMAL),
        ("dogOwnerSelfie", PERSON),
        ("selfie-login", PERSON),
        ("usuario", PERSON),
        ("category", None),
        ("catalog", None),
        ("watchdog", None),
        ("tier", None),
        ("chat", None),
        ("created_at", None),
        ("it", None),
    ],
)
def test_the_subject_a_key_names(text: str, subject: str | None) -> None:
    assert text_subject(text) == subject


def test_common_english_keys_name_no_animal() -> None:
    lexicon = load("subject")
    for word in ("offset", "session", "message", "pattern", "catalogue", "pigment", "cowork"):
        assert lexicon.word(word) != ANIMAL, word
