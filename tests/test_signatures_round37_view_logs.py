"""Round 37 (held-out sets 37-40), viewing history B: in-house watch and listen logs
read by SHAPE in any language. An item (an id, or an object with an id and a title)
with two numbers in one time unit, the smaller inside a media length; a titled
series episode with the share of it played; a karaoke log of the songs sung. Own
small payloads in invented languages and spellings, not the held-out sets'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round37_view_logs.jsonl"


def _exchange(url: str, body: dict) -> Exchange:
    req = Request("POST", url, [("content-type", "application/json")], json.dumps(body).encode())
    resp = Response(200, [("content-type", "application/json")], b"{}")
    return Exchange("t", "1", req, resp)


POSITIVES = [
    # a shared unknown-language suffix in seconds, the item as a nested object
    (
        "https://api.example-vod.lk/v1/naraba/lipi",
        {
            "user": "u1",
            "vastuva": {"id": "VK-2231", "nama": "Sanda Eliya"},
            "balu_tatpara": 640,
            "mulu_tatpara": 2580,
        },
    ),
    # the same with `_sec` and the id flat, in rows under a word no lexicon holds
    (
        "https://api.example-music.np/v1/sunieko",
        {
            "geetharu": [
                {"geet_id": "G88120", "naam": "Resham Firiri", "suneko_sec": 95, "jamma_sec": 241}
            ]
        },
    ),
    # milliseconds
    (
        "https://api.example-pod.ke/v1/sikiliza",
        {
            "kipindi_id": "EP40021",
            "jina": "Habari Za Jioni",
            "nafasi_ms": 600000,
            "urefu_ms": 1800000,
        },
    ),
    # an unknown shared suffix needs both an id and a title (Hokkien-ish keys)
    (
        "https://api.example-tv.tw/api/khoann",
        {"phinn_id": "TW7781", "phinn_mia": "Sea Of Stars", "khoann_kau": 1200, "tng_kau": 2700},
    ),
    # Emby / Jellyfin ticks
    (
        "https://media.example.org/Sessions/Playing/Progress",
        {
            "ItemId": "e783645a435b176c",
            "Name": "Pilot",
            "PositionTicks": 12000000000,
            "RunTimeTicks": 27000000000,
        },
    ),
    # continue-watching rows
    (
        "https://api.example-vod.gh/v2/continue",
        {
            "rows": [
                {
                    "cid": "GH-001",
                    "title": "Ananse Stories",
                    "ep": 4,
                    "progress_pct": 35,
                    "last_seen": "2024-11-05T08:00:00Z",
                }
            ]
        },
    ),
    # karaoke
    (
        "https://api.example-ktv.ph/v1/record",
        {"songId": "KP1001", "songName": "Dadalhin", "singer": "Regine", "sungSec": 180},
    ),
    (
        "https://api.example-ktv.ph/v1/history",
        {"recentlySung": [{"id": "KP1001", "n": "Dadalhin", "t": 1730793000000}]},
    ),
]


@pytest.mark.parametrize(("url", "body"), POSITIVES)
def test_watch_logs_by_shape(engine: Engine, url: str, body: dict) -> None:
    found = {f.category for f in engine.analyse(_exchange(url, body))}
    assert "viewing_history" in found


def _negative_rows() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("row", _negative_rows(), ids=lambda row: row["note"])
def test_hard_negatives_find_nothing(engine: Engine, row: dict) -> None:
    assert engine.analyse(example_exchange(row)) == []
