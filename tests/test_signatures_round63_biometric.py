"""Round 63 (sets 63-64), biometric: a selfie-mask game sends a decimated face mesh
(120 vertices of MediaPipe's canonical face model) under a Spanish key that says
"face" and "mesh" (`mallaFacial`). Any count of 30+ 3-D vertices under a
face-and-mesh key is face geometry; surface, terrain, facade, watch-face and font
meshes, a few points, or a mask's style settings stay quiet."""

import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.biometric_mesh import face_mesh_key, face_mesh_named
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round63_biometric.jsonl"
RULE = "biometric.face_mesh.named_any_count"


def _vertices(n: int, seed: int = 3) -> list[list[float]]:
    rng = random.Random(seed)
    return [
        [round(rng.random(), 4), round(rng.random(), 4), round(rng.uniform(-0.1, 0.1), 4)]
        for _ in range(n)
    ]


POSITIVES = [
    {
        "url": "https://api.example-mask.mx/v2/selfie/malla",
        "method": "POST",
        "json": {
            "sesion": "s1",
            "mallaFacial": {"topologia": "canonical_face_model", "vertices": _vertices(120)},
        },
    },
    {
        "url": "https://api.example-filtro.com.br/v1/quadro",
        "method": "POST",
        "json": {"malhaFacial": [{"x": p[0], "y": p[1], "z": p[2]} for p in _vertices(64)]},
    },
    {
        "url": "https://api.example-effets.fr/v1/frame",
        "method": "POST",
        "json": {"maillageVisage": [x for p in _vertices(50) for x in p]},
    },
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["url"][:50])
def test_round63_face_meshes_are_found(engine: Engine, example: dict) -> None:
    assert RULE in biometric(engine, example)


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_round63_look_alikes_are_quiet(engine: Engine, line: str) -> None:
    assert biometric(engine, json.loads(line)) == []


@pytest.mark.parametrize(
    ("key", "named"),
    [
        ("mallaFacial", True),
        ("faceMesh", True),
        ("maillage_visage", True),
        ("surfaceMesh", False),
        ("watchFaceMesh", False),
        ("typefaceMesh", False),
        ("mallaTerreno", False),
        ("facial", False),
    ],
)
def test_key_must_name_face_and_mesh(key: str, named: bool) -> None:
    assert face_mesh_key(key) is named


def test_mesh_needs_dozens_of_3d_vertices() -> None:
    assert face_mesh_named({"faceMesh": _vertices(30)})
    assert face_mesh_named({"faceMesh": _vertices(29)}) is None
    assert face_mesh_named({"faceMesh": [p[:2] for p in _vertices(60)]}) is None


AVATAR_RULE = "biometric.avatar_from_photo.body_type"


def test_selfie_for_a_photo_avatar_is_found(engine: Engine) -> None:
    """A mirror selfie posted beside an avatar body type (set 23's from-photo)."""
    example = {
        "url": "https://avatars.example-vr.net/v2/avatars/from-photo",
        "method": "POST",
        "json": {
            "base64Image": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD" + "A" * 400,
            "bodyType": "halfbody",
        },
    }
    found = biometric(engine, example)
    assert AVATAR_RULE in found, found
