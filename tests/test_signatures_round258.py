"""Round 66 (set 258): Paraguayan apps keyed in Guaraní and jopara, in spellings the set never used.

The readings were there; the words were not (exfilwatch/detect/lexicon/*.yaml, `gn`):

- Guaraní viewing words: `hecha` "see" (`ohecha`, `hechapyre`; a match's `segundosHecha`),
  `ñemaẽ` / `ñemaẽkuéra` "view(s)" and `ma'ẽ` "look", which apps write `mae` without marks
  (listed under `watched`, it now reads before Sinhala's `mae` fragment under `recently`: both
  are viewing words); `hendu` "hear" (`ohendu`, `ohendúva` what was heard) as listened;
  `purahéi` "song"; `aravo` "hour, time"; `ára` "day, time" as a moment word beside a watched or
  heard word (`hechaAra`, `henduAra`); `opáma` "already over" as finished;
- Guaraní `tova` "face" (`tovaPlantilla`, a face template) and `tekove` "life" as liveness
  (`tekoveScore`);
- Guaraní `pumbyry` "telephone" as a phone word (a cookie `pumbyry=<id>`);
- a list of faces each with an estimated age (a TV's audience camera, `rostros: [{edadEstimada,
  generoEstimado, atencion}]`): structures/face_estimates.py read one face object only.

Precision: tests/fixtures/negatives/negatives_round258.jsonl (a shop's purchases `compraHecha`, a
to-do list's `hecha`, a Brazilian form's `nome_mae`, a Turkish shop's `ara` search, a dictionary's
`hendu`, a songbook shop's priced `purahéi`, a phone shop and a typed phone number under
`pumbyry`, a photo editor's aged-look faces, a museum's portraits with sitters' ages, a Hebrew
name Tova, a life insurance `tekoveScore`, a spa's timetable `aravo`).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round258.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 128) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 41 + seed * 13) % 89 - 44) / 380 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("hechaSeg", ("watched",)),
        ("mae_seg", ("watched",)),
        ("ñemaẽkuéra", ("watched",)),
        ("ohendúva", ("listened",)),
        ("henduAra", ("listened", "at")),
        ("purahéiId", ("song", "id")),
        ("opáma", ("finished",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


VIEWING_POSITIVES = [
    # a set-top box's channel change with the seconds the channel was seen
    {
        "url": "https://mw.example-cable.com.py/api/v2/registro",
        "method": "POST",
        "json": {"accion": "cambio", "canalId": 31, "canal": "Unicanal", "hechaSeg": 745},
    },
    # a football app's live match heartbeat, seconds watched last
    {
        "url": "https://stats.example-deportes.com.py/v1/directo/latido",
        "method": "POST",
        "json": {
            "partidoId": 4410,
            "partido": "Libertad vs Guaraní",
            "segundosHecha": 960,
            "aravo": "2025-04-06T19:30:00Z",
        },
    },
    # a live channel's seconds watched as a form, `ma'ẽ` written without its marks
    {
        "url": "https://stats.example-deportes.com.py/v1/directo/canal",
        "method": "POST",
        "form": {"canal": "Telefuturo", "mae_seg": "45", "ts": "1743960000000"},
    },
    # a radio app's song heard with the seconds listened
    {
        "url": "https://api.example-polca.com.py/v3/registro",
        "method": "POST",
        "json": {
            "purahéiId": "pc-77",
            "artista": "Los Alfonsinos",
            "tema": "Mi dicha lejana",
            "hendu_seg": 203,
        },
    },
    # a TV app's watch history (`ñemaẽkuéra`) with when each title was seen
    {
        "url": "https://api.example-cable.com.py/v1/che/historial",
        "method": "GET",
        "response": {
            "json": {
                "ñemaẽkuéra": [
                    {
                        "programaId": "x1",
                        "titulo": "Polémica en el Fútbol",
                        "hechaAra": "2025-04-05T21:00:00Z",
                    },
                    {
                        "programaId": "x2",
                        "titulo": "Ñane Mba'e",
                        "hechaAra": "2025-04-04T21:00:00Z",
                    },
                ]
            }
        },
    },
    # a radio app's recently heard songs (`ohendúva`) with when each was heard
    {
        "url": "https://api.example-polca.com.py/v3/che/recientes",
        "method": "GET",
        "response": {
            "json": {
                "ohendúva": [
                    {
                        "purahéiId": "pc-1",
                        "artista": "Berta Rojas",
                        "tema": "Choro da saudade",
                        "henduAra": "2025-04-06T08:00:00Z",
                    },
                    {
                        "purahéiId": "pc-2",
                        "artista": "Rolando Chaparro",
                        "tema": "Che pycasumi",
                        "henduAra": "2025-04-06T07:50:00Z",
                    },
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_guarani_viewing_and_listening_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


FACE_POSITIVES = [
    # a bank's face login: a template under `tova` (face) and a liveness score under `tekove`
    {
        "url": "https://app.example-financiera.com.py/api/v2/acceso/rostro",
        "method": "POST",
        "json": {"cliente": "55012", "tovaPlantilla": _template_b64(3), "tekoveScore": 0.93},
    },
    # a smart TV's audience camera: every face seen with an estimated age and gender
    {
        "url": "https://api.example-televisores.com/v3/camara/audiencia",
        "method": "POST",
        "json": {
            "ts": 1743960000000,
            "rostros": [
                {"edadEstimada": 38, "generoEstimado": "F", "atencion": 0.72},
                {"edadEstimada": 11, "generoEstimado": "M", "atencion": 0.31},
            ],
        },
    },
    # the same in English, faces from a kiosk's camera with an estimated age
    {
        "url": "https://api.example-signage.com/v1/camera/viewers",
        "method": "POST",
        "json": {
            "faces": [{"estimatedAge": 27, "gender": "M"}, {"estimatedAge": 54, "gender": "F"}]
        },
    },
]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_guarani_face_words_and_face_lists_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


DEVICE_POSITIVES = [
    # a kids' app's cookie naming the phone (`pumbyry`) with its Android id
    {
        "url": "https://api.example-infantil.com.py/v2/perfil/ninho/progreso",
        "method": "GET",
        "headers": {"Cookie": "pumbyry=5c1e8a0f3b7d9e24; idioma=gn-PY"},
    },
    # the same id in JSON
    {
        "url": "https://api.example-infantil.com.py/v2/registro",
        "method": "POST",
        "json": {"pumbyryId": "a07b3c9d2e4f6181", "idioma": "gn"},
    },
]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_a_guarani_phone_id_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
