"""Round 60 (sets 228, 225 and 219 as development sets). Every example is written for
this test in spellings the sets never used; none is copied from held-out traffic.

- Precision: a most-watched / popular / trending rail is everyone's ranking in any
  language the lexicon's `most` class reads (Hausa `mafi`, `masu tashe`; Yoruba `julo`;
  Igbo `kachasi`; Zulu `okudumile`; Quechua `aswan`; Tagalog `sikat`), and a count put
  before the act (Hausa `yawan_kallo`, Swahili `idadi_ya_kusikiliza`) is a view count.
- Recall: a live match's heartbeat in Hausa (`wasa` a match, `kai_tsaye` live, seconds
  watched); an episode heard from a start to an end offset (Quechua `qallariy` /
  `tukukuy`, English `start` / `end`); a Spanish channel feed (`senal`) with seconds
  watched; a "recently" list of stations and programmes with when last heard or a position.

Hard negatives (negatives_round225.jsonl): charts and rails with counts, page windows,
sensor keep-alives with a signal, games, epoch spans, transit stations, catalogues.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round225.jsonl"
_CATEGORIES = ("biometric", "viewing_history", "device_id")


def _found(engine: Engine, example: dict[str, Any], category: str) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == category}


def test_round225_negatives_find_nothing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        for category in _CATEGORIES:
            assert _found(engine, example, category) == set(), (category, example["note"])


@pytest.mark.parametrize("key", ["yawan_kallo", "yawanSauraro", "idadi_ya_kusikiliza"])
def test_count_before_the_act_is_an_audience(key: str) -> None:
    assert aggregate_key(key)


@pytest.mark.parametrize("key", ["sakan_kallo", "minti_sauraro", "yawan_kaya"])
def test_own_time_or_other_amount_is_not_an_audience(key: str) -> None:
    assert not aggregate_key(key)


POSITIVES = [
    # a Hausa live-match ping: match, live, minutes watched
    {
        "url": "https://api.example-wasanni.ng/v3/live/ping",
        "method": "POST",
        "json": {"wasan": "Enyimba - Kano Pillars", "kaitsaye": True, "minti_kallo": 14},
    },
    # an English match heartbeat at a stream path, the live flag and seconds watched
    {
        "url": "https://api.example-sport.co.uk/v1/stream/heartbeat",
        "method": "POST",
        "json": {"wasa": "Arsenal - Leeds", "kai_tsaye": True, "sakanni_kallo": 410},
    },
    # a Quechua podcast listening record, other spellings of the start / end words
    {
        "url": "https://api.example-radio.pe/v2/podcast/uyarisqa",
        "method": "POST",
        "json": {"willakuykuna": "ep-71", "qallarisqa": 120, "tukun": 1404},
    },
    # English: an episode heard from a start to an end offset
    {
        "url": "https://api.example-pods.com/v1/me/listening",
        "method": "POST",
        "json": {"episode": "ep-9", "start": 75, "end": 1933},
    },
    # Peruvian Spanish: a channel feed and minutes watched at a keep-alive
    {
        "url": "https://api.example-tv.pe/api/v1/tv/latido",
        "method": "POST",
        "json": {"senal": "Panamericana HD", "minutosVistos": 3},
    },
    # a Spanish recent list: station last heard and a podcast's position
    {
        "url": "https://api.example-radio.es/v2/usuario/inicio",
        "method": "GET",
        "response": {
            "json": {
                "recientes": [
                    {"emisora": "Cadena Norte 98.1", "ultima_vez": "2025-02-03T09:14:00Z"},
                    {"podcast": "Historias del mar", "posicion": 812},
                ]
            }
        },
    },
    # an English recent list: station last played and a programme's progress
    {
        "url": "https://api.example-audio.co.uk/v1/home",
        "method": "GET",
        "response": {
            "json": {
                "recent": [
                    {"station": "Radio North", "lastPlayed": 1738574040000},
                    {"programme": "Morning Talk", "progress": 1290},
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda e: e["url"])
def test_round225_positives(engine: Engine, example: dict[str, Any]) -> None:
    assert _found(engine, example, "viewing_history"), example["url"]
