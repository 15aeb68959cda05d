"""Round 45, viewing history. Precision: a mock exam's countdown beside its elapsed
time, a game's levels with when each was last played, an ad viewability report and a
video editor's export progress have the shapes of watch logs but are none. Recall:
Spanish and Portuguese logs read by what any reader sees (`seguirViendo` rows of an
id and a share played, `vistoHasta` / `ouvidoAte` "watched / listened until", a radio
`emissora` with listening seconds). Own small payloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round45_view.jsonl"
CATEGORIES = {"viewing_history", "biometric", "device_id"}


def _exchange(url: str, body: object, method: str = "POST", response: object = None) -> Exchange:
    raw = json.dumps(body).encode() if body is not None else b""
    answer = json.dumps(response).encode() if response is not None else b""
    return Exchange(
        "t",
        "1",
        Request(method, url, [("content-type", "application/json")], raw),
        Response(200, [("content-type", "application/json")], answer),
    )


def _viewing(engine: Engine, exchange: Exchange) -> set[str]:
    return {f.signature for f in engine.analyse(exchange) if f.category == "viewing_history"}


POSITIVES = [
    _exchange(
        "https://api.example-tv.es/v2/home/seguir-viendo",
        None,
        "GET",
        {
            "seguirViendo": [
                {"idContenido": "pelicula-la-isla", "tipo": "pelicula", "progreso": 0.81},
                {"idContenido": "serie-costa-ep-4", "tipo": "episodio", "progreso": 0.25},
            ]
        },
    ),
    _exchange(
        "https://api.example-futbol.ar/usuario/partidos",
        {
            "vistos": [
                {"partido": "river-racing-2025-f3", "vistoHasta": 61, "fecha": 1747900844058},
                {"partido": "velez-lanus-2025-f3", "vistoHasta": 12, "fecha": 1747900844058},
            ]
        },
    ),
    _exchange(
        "https://api.example-radio.pt/v1/historico",
        {"faixa": "Saudade Azul", "artista": "Mariza", "ouvidoAte": 141, "quando": 1747900840212},
    ),
    _exchange(
        "https://api.example-radio.pt/v1/sessao",
        {"emissora": "antena2", "tempoOuvindoSeg": 1320, "inicio": 1747900283061},
    ),
    _exchange(  # Azerbaijani `ad` is "name", not an advert
        "https://api.example-kino.az/v3/profil/davam-et",
        None,
        "GET",
        {
            "davam_et": [
                {"film_id": "f1001", "ad": "Qala", "baxilib_san": 888, "son_baxis": "2024-11-05"},
                {"film_id": "f1002", "ad": "Sahil", "baxilib_san": 120, "son_baxis": "2024-11-06"},
            ]
        },
    ),
    _exchange(
        "https://api.example-kijk.nl/v1/geschiedenis",
        [
            {"aflevering": "wc-2025-ep7", "gekekenTot": 1800, "datum": 1747900844058},
            {"aflevering": "wc-2025-ep8", "gekekenTot": 240, "datum": 1747900845058},
        ],
    ),
]


@pytest.mark.parametrize("exchange", POSITIVES)
def test_positives_found(engine: Engine, exchange: Exchange) -> None:
    assert _viewing(engine, exchange)


def _negatives() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negatives_silent(engine: Engine, example: dict) -> None:
    found = [f.signature for f in engine.analyse(example_exchange(example))]
    assert not [s for s in found if s.split(".")[0] in CATEGORIES], found


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("seguirViendo", ("continue", "watching")),
        ("ouvidoAte", ("listened", "position")),
        ("vistoHasta", ("watched", "position")),
        ("emissora", ("channel",)),
    ],
)
def test_romance_keys_read(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words
