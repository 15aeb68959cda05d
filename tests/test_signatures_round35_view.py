"""Round 35, viewing history: SHAPES read in any language. Rows that say when or
how long each item was watched under a key that says nothing; a TV's channel and
programme with the time into it named in the lexicon's words (ACR match lists);
analytics events named for audio playback; live-TV pings and continue-watching
rows at a watching endpoint. Own small payloads, not the held-out sets'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round35_view.jsonl"


def _categories(engine: Engine, exchange: Exchange) -> set[str]:
    return {f.category for f in engine.analyse(exchange)}


def _exchange(url: str, body: dict | None = None, response: dict | None = None) -> Exchange:
    req = Request(
        "POST" if body is not None else "GET",
        url,
        [("content-type", "application/json")],
        json.dumps(body).encode() if body is not None else b"",
    )
    resp = Response(
        200, [("content-type", "application/json")], json.dumps(response or {}).encode()
    )
    return Exchange("t", "1", req, resp)


POSITIVES = [
    # rows under a neutral key, each with when it was watched (English, Persian, Uzbek)
    (
        "https://api.example-vod.com/v2/me/items",
        None,
        {"data": [{"id": 1, "title": "A", "last_watched": "2025-01-02T10:00:00Z"}]},
    ),
    (
        "https://api.example-film.ir/v1/profile",
        None,
        {"list": [{"shenase": 5, "onvan": "x", "akharin_tamasha": 1733122808}]},
    ),
    (
        "https://api.example-kino.uz/v1/me",
        None,
        {"items": [{"film_id": "f1", "nomi": "Kino", "korilgan_vaqt": 1733122808}]},
    ),
    # a podcast app's plays under a neutral key
    (
        "https://api.example-pod.com/v1/sync",
        {"items": [{"episode_uuid": "e-1", "title": "Ep", "listened_at": 1733122808}]},
        None,
    ),
    # a TV's channel + programme + offset in ms, under any list key
    (
        "https://api.example-tv.bg/v1/report",
        {"log": [{"kanal": "BNT1", "program": "Po sveta", "offsetMs": 61000}]},
        None,
    ),
    # a Slovenian playback event: content, position and length in the lexicon's words
    (
        "https://api.example-tv.si/api/v1/dogodki",
        {"vsebina": {"id": "v-1", "naslov": "Film"}, "polozaj": 893, "dolzina": 2580},
        None,
    ),
    # a Croatian radio listen: station, song (artist + title), seconds listened
    (
        "https://api.example-radio.hr/v1/zapis",
        {"postaja": "r-1", "pjesma": {"izvodjac": "A", "naslov": "B"}, "slusanoSekundi": 55},
        None,
    ),
    # a GA4 custom event named for audio playback, with the song
    (
        "https://www.google-analytics.com/mp/collect?measurement_id=G-ABC123&api_secret=s",
        {"client_id": "1.2", "events": [{"name": "song_start", "params": {"song_title": "S"}}]},
        None,
    ),
    # a gtag hit for a custom `*_listen` event
    (
        "https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1.2"
        "&en=radio_listen&ep.station=radio-s",
        None,
        None,
    ),
    # a live-TV ping with channel and minutes watched
    ("https://api.example-tv.uz/api/v2/live/ping?kanal=4&daqiqa=37&t=af2d", None, None),
    # continue-watching rows at a watching endpoint: bare id + named progress
    (
        "https://api.example-tv.si/api/v2/nadaljuj-z-ogledom/sinhronizacija",
        {"seznam": [{"id": "vs-1", "napredek": 0.8, "zadnjic": 1741766432349}]},
        None,
    ),
]


@pytest.mark.parametrize(("url", "body", "response"), POSITIVES)
def test_viewing_shapes_in_any_language(
    engine: Engine, url: str, body: dict | None, response: dict | None
) -> None:
    assert "viewing_history" in _categories(engine, _exchange(url, body, response))


def _negative_rows() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("row", _negative_rows(), ids=lambda row: row["note"])
def test_hard_negatives_find_nothing(engine: Engine, row: dict) -> None:
    assert not engine.analyse(example_exchange(row))
