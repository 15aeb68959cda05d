"""Round 22 viewing rules (sets 59-60): an ACR report's programme rows in any
language (`canal`, `programa`, `inicio`, `duracao`) and fingerprint samples as
short records (`{t, a, v}`); a clip's watched time posted to
`/{media}/{id}/{watched}` in any language (`/clipes/{id}/assistido`); a
continue-watching row of items and percentages (`/continuar-a-ver`); a
schema-less protobuf resume point posted to a REST `playbackProgress` path. Hard
negatives are ordinary apps of the same shape (a TV guide grid, a parish's mass
schedule, an irrigation programme, TLS pins, read receipts, a product viewed, a
course's continue-learning row, download progress)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures import STRUCTURES
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round59_viewing.jsonl"
PROGRESS_PB = "Ch0KCnZvZF84ODQxMjAQmtncARjAidwDIODyiNmpMw=="


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return sorted({f.signature for f in found if f.category == "viewing_history"})


def test_round59_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == [], example["note"]


def test_fingerprint_sample_records() -> None:
    series = STRUCTURES["media_fingerprint_series"]
    samples = [
        {"t": 1763539326964 + i * 500, "a": "b4fc5fcbb4549ba7", "v": "774ed41a899e"}
        for i in range(4)
    ]
    assert series({"fingerprints": samples})
    pins = [{"alg": "sha256", "v": "774ed41a899eaf6bc9a39af1"} for _ in range(4)]
    assert series({"fingerprints": pins}) is None


def test_started_rows_need_a_start_and_a_duration() -> None:
    rows = STRUCTURES["started_content_rows"]
    assert rows(
        [{"canal": "Band", "programa": "Jornal", "inicio": "2025-11-19T08:01:44Z", "duracao": 1531}]
    )
    assert rows([{"canal": "Band", "programa": "Jornal", "duracao": 1531}]) is None
    registry = [
        {
            "tag": "v1",
            "digest": "sha256:1",
            "channel": "stable",
            "created": 1763539326,
            "duration": 3,
        }
    ]
    assert rows(registry) is None


def test_watched_amount_needs_a_number() -> None:
    amount = STRUCTURES["watched_amount"]
    assert amount({"tempo_assistido": "12", "percentual": "93", "quando": "2025-11-19T08:00:34Z"})
    assert amount({"watched": True, "rating": 4}) is None
    assert amount({"quando": "2025-11-19T08:00:34Z"}) is None


def test_item_percent_rows() -> None:
    rows = STRUCTURES["item_percent_rows"]
    assert rows([{"conteudo": "kp_1021", "percentagem": 14.1}])
    assert rows([{"curso": "c-101", "percentagem": 40}]) is None
    assert rows([{"conteudo": "kp_1021", "ativo": True}]) is None


@pytest.mark.parametrize(
    ("example", "signature"),
    [
        (
            {
                "url": "https://acr-xx.example-tv.com/acr/v1/matches",
                "json": {
                    "mac": "A0:62:FB:00:11:22",
                    "matches": [
                        {
                            "canal": "Band",
                            "programa": "Jornal",
                            "inicio": "2025-11-19T08:01:44Z",
                            "duracao": 1531,
                        }
                    ],
                },
            },
            "viewing_history.acr_started_content_rows",
        ),
        (
            {
                "url": "https://acr-xx.example-tv.com/acr/v1/fingerprints",
                "json": {
                    "sn": "TV-1",
                    "source": "HDMI1",
                    "fingerprints": [
                        {
                            "t": 1763539326964 + i * 500,
                            "a": "b4fc5fcbb4549ba7",
                            "v": "774ed41a899eaf6bc9a39af1",
                        }
                        for i in range(6)
                    ],
                },
            },
            "viewing_history.acr_fingerprint_series",
        ),
        (
            {
                "url": "https://api.example-gol.com.br/v4/clipes/88131-14/assistido",
                "form": {"tempo_assistido": "12", "percentual": "93"},
            },
            "viewing_history.path_item_watched_amount",
        ),
        (
            {
                "url": "https://api.example-play.ao/v1/utilizador/continuar-a-ver",
                "json": {
                    "lista": [
                        {"conteudo": "kp_1021", "percentagem": 14.1},
                        {"conteudo": "kp_4090", "percentagem": 61.4},
                    ]
                },
            },
            "viewing_history.continue_watching_percent_rows",
        ),
        (
            {
                "url": "https://mw.example-tv.com.br/api/v3/playbackProgress",
                "headers": {"content-type": "application/x-protobuf"},
                "body_base64": PROGRESS_PB,
            },
            "viewing_history.rest_protobuf_playback_progress",
        ),
    ],
)
def test_round59_positives(engine: Engine, example: dict, signature: str) -> None:
    assert signature in _viewing(engine, example)
