"""Round 31 (viewing history, sets 79-80): a music app's per-play batch (`ms_played`
beside the track's title and when it ended), a Czech player ping at a `/player/`
endpoint (`porad`, `pozice`), a schema-less gRPC position with a numeric programme id,
Pocket Casts' JSON episode update and a "continue watching" write in Portuguese;
charts, lobby music, catalogue durations, games and reading stay unflagged."""

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round79_view.jsonl"

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "viewing_history.playback_record",
        {
            "url": "https://api.example-music.pl/events/v1/plays",
            "method": "POST",
            "json": {
                "plays": [
                    {"track": "Artysta - Piosenka", "ms_played": 103448, "ts": 1764576006452},
                    {"track": "Inny - Utwor", "ms_played": 114806, "ts": 1764576106452},
                ]
            },
        },
    ),
    (
        "viewing_history.playback_record",
        {
            "url": "https://api.example-audio.pl/podcasts/progress",
            "method": "POST",
            "form": {"episode": "838487", "listened": "124", "completed": "false"},
        },
    ),
    (
        "viewing_history.playback_record",
        {
            "url": "https://api.example-tv.cz/v1/prehravac",
            "method": "POST",
            "json": {"episode": "ep-4411", "watched": 1320, "dokonceno": False},
        },
    ),
    (
        "viewing_history.endpoint.playback_record",
        {"url": "https://api.example-tv.cz/player/ping?porad=9673&pozice=1572&stav=prehrava"},
    ),
    (
        "viewing_history.grpc_watch_progress",
        {
            "url": "https://api.example-tv.cz/grpc/example.player.v1.PlaybackService/UlozitPozici",
            "method": "POST",
            "headers": {"content-type": "application/grpc-web+proto"},
            "body_base64": "AAAAABIKBjMyNjUyNxDsCBjsyrnHrTM=",
        },
    ),
    (
        "viewing_history.episode_update_position_json",
        {
            "url": "https://api.example-podcasts.com/sync/update_episode",
            "method": "POST",
            "json": {
                "uuid": "a7ef5199-bdd0-48e6-9537-eeb08b04bd5a",
                "podcast": "a278119c-d9af-4239-ab4a-aac436c3eafb",
                "position": "1302",
                "duration": "2357",
                "status": 2,
            },
        },
    ),
    (
        "viewing_history.listening_history_sync",
        {
            "url": "https://api.example-podcasts.com/history/sync",
            "method": "POST",
            "json": {
                "version": 2,
                "changes": [
                    {
                        "action": 1,
                        "episode": "643508bf-42b2-4880-addd-28cf26416481",
                        "podcast": "9f7b91b0-f63b-4d7a-9a46-8760dec6b91d",
                        "modifiedAt": "1764576117626",
                    }
                ],
            },
        },
    ),
    (
        "viewing_history.continue_watching_title_position",
        {
            "url": "https://api.example-vod.pt/v2/me/continuar-a-ver/serie_Vale_s01e03",
            "method": "PUT",
            "json": {"posicaoSeg": 2261, "terminado": False},
        },
    ),
]


@pytest.mark.parametrize(
    "rule,example", POSITIVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(POSITIVES)]
)
def test_positives(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in rules_found(engine, example)


@pytest.mark.parametrize(
    "example",
    [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()],
    ids=lambda e: e["note"][:40],
)
def test_hard_negatives(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" not in categories_found(engine, example)
