"""Round 16 viewing rules: a player beacon sent as a one-pixel GIF on a heartbeat
host is found; the same pixel carrying an ad, a workout timer, a game or a shop
event is not (the fourth precision stress set is full of such pixels)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round47_view.jsonl"


@pytest.mark.parametrize(
    "url",
    [
        "https://hb.example-tonton.co.id/p.gif?vid=s1021&ep=6&pos=631&iv=60&ev=play&t=1763971215986",
        "https://beacon.example-tv.ph/px.gif?c=EP-4471&p=912&e=pause",
    ],
)
def test_pixel_player_beacon_found(engine: Engine, url: str) -> None:
    found = engine.analyse(example_exchange({"url": url, "method": "GET"}))
    assert any(f.category == "viewing_history" for f in found)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_look_alike_pixels_not_viewing(engine: Engine, example: dict) -> None:
    example = {k: v for k, v in example.items() if k != "note"}
    found = engine.analyse(example_exchange(example))
    assert not [f.signature for f in found if f.category == "viewing_history"]
