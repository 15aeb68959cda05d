"""Round 59 (set 216 as a development set, with two known false positives of
`viewing_history.endpoint.playback_record`): the families behind them, tested in
spellings and apps the set never used.

- Precision: a GAME named by a key (`jogoId`, `gameId`, the viewing lexicon's `game`
  class) at a heartbeat, with no key saying stream, broadcast, live or watching, is a
  player in a game: its position or progress is a place in the game, and only a time
  with a unit (`posicaoSeg`) or a watched time still makes a playback record.
- Precision: idle or away time (`idle_seconds`, `segundos_inactivo`, `leerlauf`; the
  lexicon's `idle` class) is a chat client's presence, read like time online, never a
  time into a piece.
- Recall: Bengali words for playing (`chalano`, `somprochar`), a programme
  (`anushthan`) and starting (`shuru`, `arambho`), so a satellite box's play log at a
  Bengali path is read as a playback record.
- Recall: `fp` after a word for the device (`device_fp`, `deviceFp`, `hw_fp`) is the
  device fingerprint (`device_id.device_fingerprint_uuid`) when it holds a machine-made id.

Hard negatives (negatives_round216.jsonl): game heartbeats in eight languages, chat
presence pings in seven, a Bengali car's, generator's and hotline's `chalano` logs, a
device's numeric precision, a finger's print, a frame rate and a file's fingerprint.
Every example is written for this test; none is copied from held-out traffic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.endpoints import endpoint_playback_record
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round216.jsonl"
_CATEGORIES = ("biometric", "viewing_history", "device_id")


def _found(engine: Engine, example: dict[str, Any], category: str) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == category}


def test_round216_negatives_find_nothing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        for category in _CATEGORIES:
            assert _found(engine, example, category) == set(), (category, example["note"])


@pytest.mark.parametrize(
    "value",
    [
        {"gameId": "g-1", "title": "Kart Frenzy", "position": 4},
        {"juegoId": "j-1", "titulo": "Isla", "posicion": 2, "iniciadoEn": 1741420850555},
        {"channel": "random", "idle_seconds": 120},
        {"kanal": "allgemein", "leerlauf_sekunden": 42},
    ],
)
def test_round216_game_and_idle_records_are_not_playback(value: dict[str, Any]) -> None:
    assert endpoint_playback_record(value) is None


@pytest.mark.parametrize(
    "value",
    [
        # a match watched: a unit says time, or a key says live or stream
        {"jogoId": "br-9", "titulo": "Vasco x Ceara", "posicaoSeg": 1440},
        {"jogoId": "br-9", "titulo": "Vasco x Ceara", "posicao": 1440, "aoVivo": True},
        {"gameId": "nba-1", "title": "LAL @ BOS", "position": 1834, "stream": "hls-main"},
        {"channel": "news-24", "secondsWatched": 600},
    ],
)
def test_round216_matches_watched_stay_playback(value: dict[str, Any]) -> None:
    assert endpoint_playback_record(value)


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://box.example-dth.com.bd/v2/chalano/itihas",
            "method": "POST",
            "json": {
                "chyanel": "Channel i",
                "onusthan": "Khobor",
                "arambho": 1733126434,
                "sekend": 1800,
            },
        },
        {
            "url": "https://stb.example-cable.com.bd/api/somprochar/report",
            "method": "POST",
            "json": {
                "kanal": "Somoy TV",
                "anusthan": "Sangbad",
                "shuru": "2025-01-04T20:00:00Z",
                "minit": 25,
            },
        },
        {
            "url": "https://iptv.example.in/api/chalano/log",
            "method": "POST",
            "json": {
                "channel_no": 114,
                "programme": "Khela",
                "started": 1733126434,
                "duration_sec": 640,
            },
        },
    ],
)
def test_round216_bengali_play_log_is_viewing(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history.endpoint.playback_record" in _found(engine, example, "viewing_history")


@pytest.mark.parametrize(
    "key",
    ["deviceFp", "DEVICE_FP", "hw_fp", "handset-fp", "jontro_fp", "geraet_fp"],
)
def test_round216_device_fp_key_is_device_id(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-pay.com.bd/v2/biometric/enrol",
        "method": "POST",
        "json": {"account": "w-0031", key: "9c41e0b27d5a8f36c1e04b9d2a7f53e8c6b1d04f"},
    }
    assert "device_id.device_fingerprint_uuid" in _found(engine, example, "device_id")
