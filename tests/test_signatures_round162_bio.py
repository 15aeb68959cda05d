"""Round 49 (biometric, held-out sets 158, 160, 161, 162): an animal named by a kind
field's value or a pet's transponder number, blink and smile signals in the app's
language, a face compared with an identity document named in the path, iProov's
camera frames, and a KYC report's face comparison whose score sits in its properties.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round162_bio.jsonl"
_RNG = random.Random(49158)


def _jpeg(size: int = 480) -> str:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + bytes(_RNG.getrandbits(8) for _ in range(size))).decode()


def _floats(count: int = 128) -> list[float]:
    return [round(_RNG.uniform(-0.2, 0.2), 5) for _ in range(count)]


def _bio(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


POSITIVES = {
    "ro: face analysis with a blink and a smile in Romanian beside bare angles": (
        {
            "url": "https://api.example-identitate.ro/v1/verificare/rezultat",
            "json": {"analiza": {"yaw": 4.1, "pitch": -2.2, "clipire": True, "zambet": 0.64}},
        },
        "biometric.face_tracking.telemetry",
    ),
    "es: a liveness sample with parpadeo and sonrisa": (
        {
            "url": "https://api.example-banco.mx/v2/prueba/muestra",
            "json": {"muestra": {"parpadeo": 2, "sonrisa": 0.71, "frame": 12}},
        },
        "biometric.face_tracking.telemetry",
    ),
    "ro: a selfie sent to a path comparing the face with the ID chip": (
        {
            "url": "https://api.example-eid.ro/v3/control/fata-vs-cip",
            "json": {"poza": _jpeg(), "sesiune": "a-19"},
        },
        "biometric.face_image.compared_with_document_path",
    ),
    "tr: a live capture compared with the passport (canli-ile-pasaport)": (
        {
            "url": "https://api.example-banka.com.tr/v1/dogrulama/canli-ile-pasaport",
            "json": {"goruntu": _jpeg()},
        },
        "biometric.face_image.compared_with_document_path",
    ),
    "iProov frames on a claim validation": (
        {
            "url": "https://us.rp.secure.iproov.me/api/v2/claim/enrol/validate",
            "json": {"token": "9a8b7c6d5e4f", "frames": [_jpeg(), _jpeg()]},
        },
        "biometric.face_frames.iproov",
    ),
    "Onfido-style report: face comparison score under properties": (
        {
            "url": "https://api.example-kyc.io/v3/reports/5c1e",
            "method": "GET",
            "response": {
                "json": {
                    "name": "facial_similarity_video",
                    "breakdown": {
                        "face_comparison": {"result": "consider", "properties": {"score": 0.41}}
                    },
                }
            },
        },
        "biometric.face_match.outcome",
    ),
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_positive(engine: Engine, name: str) -> None:
    example, rule = POSITIVES[name]
    assert rule in _bio(engine, example), name


# An animal's record and its person twin: the same face data, one field apart, so
# the veto (not a missing shape) is what silences the animal's.
ANIMAL_TWINS = [
    ({"espece": "chat"}, {"espece": "humain"}),
    ({"race": "berger australien"}, {"race": ""}),
    ({"microchip": "250268500012345"}, {"microchip": "not-read"}),
    ({"gatunek": "kot"}, {"gatunek": "czlowiek"}),
    ({"tipo": "pastor aleman"}, {"tipo": "pastor"}),  # a church pastor is a person
]


@pytest.mark.parametrize(("animal", "person"), ANIMAL_TWINS)
def test_animal_veto_reads_kind_values_and_chip_numbers(
    engine: Engine, animal: dict, person: dict
) -> None:
    embedding = _floats()
    url = "https://api.example-recherche.fr/v1/correspondance/visage"
    assert not _bio(engine, {"url": url, "json": {**animal, "face_embedding": embedding}})
    assert _bio(engine, {"url": url, "json": {**person, "face_embedding": embedding}})


def test_person_chip_is_not_an_animal_chip(engine: Engine) -> None:
    """An ID card's chip read beside a selfie stays the person's."""
    example = {
        "url": "https://api.example-eid.ro/v3/control/fata-vs-cip",
        "json": {"cip": "DG2", "selfie": _jpeg()},
    }
    assert _bio(engine, example)


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _bio(engine, example), example["note"]


def test_negatives_cover_each_mechanism() -> None:
    notes = [json.loads(line)["note"] for line in NEGATIVES.read_text("utf-8").splitlines()]
    assert len(notes) >= 15


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [("biometric", "zambet", "smile"), ("biometric", "sonrisa", "smile"),
     ("identity_capture", "clipit", "blink"), ("subject", "chat", "kind_animal"),
     ("subject", "puce", "chip_number"), ("subject", "berger", "kind_animal")],
)  # fmt: skip
def test_round49_words(lexicon: str, word: str, cls: str) -> None:
    assert load(lexicon).words.get(word) == cls
