"""Round 62 (sets 226 and 236 as development sets): a live match player's keep-alive
naming the match and counting seconds, with no event word and no start time
(`viewing_history.live_match_heartbeat`), tested in languages and apps the sets never
used; the path must say live and heartbeat.

Hard negatives (negatives_round62_match.jsonl): a live score's clock, a scoreboard's
heartbeat with the score, a video game's heartbeat, an encoder's uptime on a live match,
a chat's heartbeat and a fixture list's kick-off at a live heartbeat path.
Every example is written for this test; none is copied from held-out traffic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round62_match.jsonl"
RULE = "viewing_history.live_match_heartbeat"

POSITIVES: list[dict[str, Any]] = [
    {  # Italian: diretta, battito, partita, secondi
        "url": "https://api.example-calcio.it/v2/diretta/battito",
        "method": "POST",
        "json": {"partitaId": "sa-301", "partita": "Inter - Milan", "secondi": 30},
    },
    {  # Portuguese: ao vivo as a path segment, heartbeat, partida, minutos
        "url": "https://api.example-bola.pt/v1/live/partida/77/heartbeat",
        "method": "POST",
        "json": {"partida": "Benfica x Porto", "minutos": 1},
    },
    {  # English, PUT, the count under `secs`
        "url": "https://api.example-cricket.in/v3/live/heartbeats",
        "method": "PUT",
        "json": {"match": "MI vs CSK", "secs": 45, "quality": "hd"},
    },
]


def _negatives() -> list[dict[str, Any]]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda e: e["url"].split("/")[2])
def test_live_match_heartbeat_found(engine: Engine, example: dict[str, Any]) -> None:
    assert RULE in signatures_found(engine, example, {"viewing_history"})


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_hard_negatives_give_nothing(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, {"viewing_history", "device_id", "biometric"})
    assert not found, found
