"""Round 19 viewing rules: Snowplow media tracking (media events and the media player
entity, also inside base64 `cx` / `ue_px`) and history rows of an item with minutes
watched are found; a video editor's timeline autosave, export / render / transcode
progress, a slideshow, a music app's arrangement and a screen recorder are not
(making media is not watching it; the next held-out set is a precision stress set)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round53_viewing.jsonl"


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


def _b64(value: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def test_snowplow_media_event_in_base64_contexts_found(engine: Engine) -> None:
    """The tp2 payload hides the media event and entity in base64 `ue_px` / `cx`."""
    event = {
        "schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
        "data": {
            "schema": "iglu:com.snowplowanalytics.snowplow.media/pause_event/jsonschema/1-0-0",
            "data": {},
        },
    }
    contexts = {
        "schema": "iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1",
        "data": [
            {
                "schema": "iglu:com.snowplowanalytics.snowplow/media_player/jsonschema/2-0-0",
                "data": {
                    "currentTime": 801.2,
                    "duration": 2089,
                    "paused": True,
                    "label": "Het Journaal",
                },
            }
        ],
    }
    example = {
        "url": "https://sp.example-tv.be/com.snowplowanalytics.snowplow/tp2",
        "method": "POST",
        "json": {
            "schema": "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4",
            "data": [{"e": "ue", "ue_px": _b64(event), "cx": _b64(contexts)}],
        },
    }
    assert "viewing_history.snowplow_media" in _viewing(engine, example)


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-futbol.co/v2/usuarios/me/historial",
            "method": "PUT",
            "json": {
                "historial": [
                    {
                        "match": "colo-udch-2024-f30",
                        "watchedMin": 87,
                        "lastSeen": "2024-11-20T08:02:39Z",
                    },
                    {
                        "match": "nac-mill-2024-f4",
                        "watchedMin": 16,
                        "lastSeen": "2024-11-20T08:02:39Z",
                    },
                ]
            },
        },
        {
            "url": "https://api.example-futebol.pt/v1/me/jogos",
            "method": "PUT",
            "json": {
                "data": [
                    {"partida": "ben-por-2025-j20", "minutosAssistidos": 60},
                    {"partida": "spo-bra-2025-j21", "minutosAssistidos": 45},
                ]
            },
        },
    ],
)
def test_history_rows_with_minutes_watched_found(engine: Engine, example: dict) -> None:
    assert _viewing(engine, example)


@pytest.mark.parametrize("line", NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_making_media_and_look_alike_rows_not_viewing(engine: Engine, line: str) -> None:
    example = json.loads(line)
    assert not _viewing(engine, example), example["note"]
