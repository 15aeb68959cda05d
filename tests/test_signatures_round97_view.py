"""Round 97 (set 97), viewing history in Catalan and Galician, and a GA4 audio event:

- Catalan watch and listen logs (`vist`, `capitol`, `posicio`, `temps_vist`, `escoltat`)
  and Galician ones (`escoitado_seg` beside an `emisora`), read through the Catalan and
  Galician words added to lexicon/viewing.yaml;
- a continue-watching rail at a resume endpoint named in the app's language
  (`/usuari/reprendre` answering rows of a title and a position);
- a position or a second reached written to a resume / progress path naming the item
  (`/retomar/<id> posicion=`, `/progres/<id> segon=`), and an episode's progress record
  with a finished flag (`{episodio, posicion, completado}`);
- a watch history whose rows name a programme (`visto: [{programa, posicion, duracion}]`);
- a Firebase / GA4 `audio_progress` event with `audio_title` / `audio_current_time`.

E-book and course progress, station lists and schedules, a message "seen" (`vist`,
`visto`), an order's or a delivery's progress, podcast catalogues with durations, a
second surname (`segon cognom`), the weather (`temps`), an upload resumed at a byte
offset, a CV, a wizard's step, charts and a call's, a recorder's or a game's audio
events stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round97_view.jsonl"

POSITIVES = [
    {
        "note": "ca watch log (capitol, posicio, temps_vist)",
        "url": "https://api.example-tv.cat/v2/usuari/vist",
        "json": {
            "usuari": "p3-208158337",
            "capitol": {"id": "4138105", "programa": "El foraster", "temporada": 1, "num": 7},
            "posicio": 462,
            "durada": 2047,
            "temps_vist": 450,
            "acabat": False,
            "data": "2024-11-30T08:01:05.723Z",
        },
    },
    {
        "note": "ca resume rail response (reprendre, items posicio)",
        "url": "https://api.example-tv.cat/v2/usuari/reprendre?limit=12",
        "method": "GET",
        "response": {
            "json": {
                "items": [
                    {"id": "9747804", "titol": "Crackovia T6 C16", "posicio": 1098},
                    {"id": "5835389", "titol": "Com si fos ahir T4 C10", "posicio": 649},
                ]
            }
        },
    },
    {
        "note": "es resume rail response (continuar-viendo, items posicion)",
        "url": "https://api.example-tv.es/v2/usuario/continuar-viendo?limit=12",
        "method": "GET",
        "response": {
            "json": {
                "items": [
                    {"id": "9747804", "titulo": "Serie T6 C16", "posicion": 1098},
                    {"id": "5835389", "titulo": "Otra T4 C10", "posicion": 649},
                ]
            }
        },
    },
    {
        "note": "ca progress form (progres, segon)",
        "url": "https://api.example-tv.cat/v2/progres/1574325",
        "method": "PUT",
        "form": {"progres": "0.233", "segon": "1536"},
    },
    {
        "note": "es progress form (progreso, segundo)",
        "url": "https://api.example-tv.es/v2/progreso/1574325",
        "method": "PUT",
        "form": {"progreso": "0.233", "segundo": "1536"},
    },
    {
        "note": "ca podcast listen (episodi, posicio_s, escoltat_s)",
        "url": "https://api.example-pod.cat/v3/podcast/escoltat",
        "form": {
            "episodi": "ep64525",
            "podcast": "Euskal Kantuen Orena",
            "posicio_s": "4319",
            "escoltat_s": "130",
        },
    },
    {
        "note": "gl radio listen (emisora, escoitado_seg)",
        "url": "https://api.example-radio.gal/radio/v1/escoitado",
        "json": {
            "emisora": "rg-musica",
            "programa": "Informativo",
            "escoitado_seg": 467,
            "inicio": "2024-11-30T08:00:41.276Z",
            "directo": True,
        },
    },
    {
        "note": "gl watch history (visto[] posicion, data)",
        "url": "https://api.example-tv.gal/v1/historial",
        "json": {
            "visto": [
                {
                    "id": "tvg603080",
                    "programa": "Fariña",
                    "posicion": 2316,
                    "duracion": 4736,
                    "data": "2024-11-30T08:00:13.145Z",
                }
            ]
        },
    },
    {
        "note": "es watch history (visto[] posicion, fecha)",
        "url": "https://api.example-tv.es/v1/historial",
        "json": {
            "visto": [
                {
                    "id": "tvg603080",
                    "programa": "Fariña",
                    "posicion": 2316,
                    "duracion": 4736,
                    "fecha": "2024-11-30T08:00:13.145Z",
                }
            ]
        },
    },
    {
        "note": "gl podcast progress (episodio, posicion, completado)",
        "url": "https://api.example-tv.gal/podcast/v1/progreso",
        "method": "PUT",
        "json": {
            "episodio": "pod-2661",
            "serie": "Pensando en ti",
            "posicion": 1401,
            "completado": False,
        },
    },
    {
        "note": "gl resume form (retomar, posicion)",
        "url": "https://api.example-tv.gal/v1/retomar/tvg889592",
        "form": {"posicion": "3735", "ts": "1732953643783"},
    },
    {
        "note": "es resume form (reanudar, posicion)",
        "url": "https://api.example-tv.es/v1/reanudar/tvg889592",
        "form": {"posicion": "3735", "ts": "1732953643783"},
    },
    {
        "note": "a GA4 audio_progress event (audio_title, audio_current_time)",
        "url": "https://app-measurement.com/a",
        "method": "POST",
        "json": {
            "1": {
                "1": 1,
                "2": {
                    "1": [
                        {"1": "audio_title", "2": "Zea Mays - kanta"},
                        {"1": "audio_current_time", "3": 156},
                        {"1": "audio_duration", "3": 300},
                    ],
                    "2": "audio_progress",
                    "3": 1732953686623,
                },
            }
        },
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round97_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round97_reading_courses_stations_receipts_and_uploads_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert engine.analyse(example_exchange(example)) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("posicio", "position"),
        ("vist", "watched"),
        ("escoltat", "listened"),
        ("escoitado", "listened"),
        ("durada", "duration"),
        ("segon", "seconds"),
        ("acabat", "finished"),
        ("titol", "title"),
        ("emissora", "channel"),
    ],
)
def test_round97_lexicon_reads_catalan_and_galician_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls
