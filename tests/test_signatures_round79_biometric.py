"""Round 79 (sets 79-80), biometric: an opaque face template named only by its path.

Face-recognition services keep their template format private, so the template
travels as a long base64 blob under a generic key and only the path says what
it is (Innovatrics DIS `GET /api/v1/faces/{id}/face-template` -> `{data: ...}`).
Watch, clock, font, card, AR-lens and avatar "face templates", document and
e-mail templates, a template id without the template, and the ordinary voice
and face traffic beside them (speech-to-text, pronunciation scores, meeting
transcripts, voice notes, karaoke, photo filters) stay quiet."""

import base64
import json
import math
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

RULE = "biometric.face_template_path_opaque"
VECTOR_RULE = "biometric.face_template_path_vector"
HEX_RULE = "biometric.face_template_path_hex"
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round79_biometric.jsonl"


def _blob(seed: int, size: int = 400) -> str:
    """A high-entropy blob of template size, like a vendor's private template."""
    rng = random.Random(seed)
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(size))).decode()


POSITIVES = [
    {
        "url": "https://dis.example-id.com/api/v1/faces/4f2cf18a-9d0c-42d6-8165-f6b29e211381/face-template",
        "method": "GET",
        "response": {"json": {"data": _blob(1, 520), "version": "1.44"}},
    },
    {
        "url": "https://api.example-gym.com/v1/members/88/faceTemplate",
        "method": "PUT",
        "json": {"content": _blob(2)},
    },
    {
        "url": "https://api.example-access.com/v2/employees/e-4/face_templates",
        "method": "GET",
        "response": {"json": {"items": [{"id": "t1", "blob": _blob(3)}]}},
    },
    {
        "url": "https://api.example-bank.es/v1/clientes/9/plantilla-facial",
        "method": "POST",
        "json": {"datos": _blob(4)},
    },
    {
        "url": "https://api.example-bank.cz/v1/klienti/9/sablona-obliceje",
        "method": "POST",
        "json": {"data": _blob(5)},
    },
    {
        "url": "https://api.example-door.com/v1/users/3/faceprint",
        "method": "POST",
        "json": {"value": _blob(6)},
    },
    {
        "url": "https://id.example-kyc.com/api/v2/faces/abc123/template",
        "method": "GET",
        "response": {"json": {"template": _blob(7)}},
    },
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["url"][8:60])
def test_round79_path_named_face_templates_are_found(engine: Engine, example: dict) -> None:
    assert RULE in biometric(engine, example)


def _negatives() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:50])
def test_round79_look_alikes_stay_quiet(engine: Engine, example: dict) -> None:
    assert biometric(engine, example) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-watch.com/v1/watch-faces/1/face-template",
        "https://api.example-fonts.com/v1/typeface-template/serif",
        "https://api.example-cnc.com/v1/surface-templates/12",
        "https://api.example-mail.com/v1/templates/welcome",
        "https://api.example-slides.com/v1/layouts/title-face/template",
    ],
)
def test_the_path_must_name_a_persons_face_template(engine: Engine, url: str) -> None:
    example = {"url": url, "method": "GET", "response": {"json": {"data": _blob(9)}}}
    assert RULE not in biometric(engine, example)


def _embedding(seed: int, size: int = 128) -> list[float]:
    """A near-unit float vector of embedding size."""
    rng = random.Random(seed)
    raw = [rng.gauss(0, 1) for _ in range(size)]
    norm = math.sqrt(sum(x * x for x in raw))
    return [round(x / norm, 4) for x in raw]


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://dis.example-id.com/api/v1/faces/f9/face-template",
            "method": "GET",
            "response": {"json": {"data": _embedding(11)}},
        },
        {
            "url": "https://api.example-bank.pl/v1/klienci/9/szablon-twarzy",
            "method": "POST",
            "json": {"dane": _embedding(12, 512)},
        },
    ],
    ids=lambda p: p["url"][8:60],
)
def test_round79_path_named_face_embeddings_are_found(engine: Engine, example: dict) -> None:
    assert VECTOR_RULE in biometric(engine, example)


def test_scores_on_a_face_template_path_are_no_embedding(engine: Engine) -> None:
    example = {
        "url": "https://dis.example-id.com/api/v1/faces/f1/face-template",
        "method": "GET",
        "response": {"json": {"data": [0.91, 0.88, 0.95], "version": "1.44"}},
    }
    assert biometric(engine, example) == []


def test_a_short_template_reference_is_not_the_template(engine: Engine) -> None:
    example = {
        "url": "https://dis.example-id.com/api/v1/faces/f1/face-template",
        "method": "GET",
        "response": {"json": {"data": "tmpl_8f14e45fceea167a"}},
    }
    assert RULE not in biometric(engine, example)


def test_a_hex_template_is_found_but_not_a_digest(engine: Engine) -> None:
    rng = random.Random(13)
    url = "https://api.example-door.com/v2/residents/42/face-template"
    template = bytes(rng.getrandbits(8) for _ in range(300)).hex()
    digest = bytes(rng.getrandbits(8) for _ in range(64)).hex()
    found = {"url": url, "method": "GET", "response": {"json": {"data": template}}}
    quiet = {"url": url, "method": "GET", "response": {"json": {"data": digest}}}
    assert HEX_RULE in biometric(engine, found)
    assert biometric(engine, quiet) == []
