"""Round 20 viewing rules: "recently seen" is said of products, flats, cars, jobs and
hotels with the same verb as of films (Hindi `haal_mein_dekha`, German
`zuletztGesehen`, Turkish `son_izlenenler`), so a row with a price, SKU, quantity,
rent or salary (the `price` class of lexicon/viewing.yaml, in any language) is a
thing looked at, not watched. The same lists of films, episodes and songs, and a
rental's row that names its film beside a price, are still found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words, priced_row
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round55_viewing.jsonl"
T = 1732936681745


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize(
    "key",
    ["daam", "keemat", "vilai", "mila", "prix", "preis", "precio", "harga", "fiyat", "cena",
     "tsena", "jiage", "sku", "qty", "salary", "price_per_night"],
)  # fmt: skip
def test_price_words_read_as_price(key: str) -> None:
    assert "price" in play_words(key)


# `bei` was here until round 51 made it Swahili "price" (a shop's row is no playback).
@pytest.mark.parametrize("key", ["brand", "current", "position", "dekha_at", "naam"])
def test_other_words_are_not_price(key: str) -> None:
    assert "price" not in play_words(key)


def test_priced_row_spares_rentals() -> None:
    assert priced_row({"sku": "A1", "naam": "Rice", "daam": 269, "dekha_at": T})
    assert not priced_row({"movie_id": "m-1", "title": "Film", "price": 3.99, "watched_at": T})
    assert not priced_row({"film_id": 1, "naam": "Film", "dekha_at": T})


def test_round55_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == [], example["note"]


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-film.in/v2/user/haal-mein-dekha",
            "method": "POST",
            "json": {
                "haal_mein_dekha": [
                    {"film_id": "f-2231", "naam": "Sholay", "dekha_at": T},
                    {"film_id": "f-9921", "naam": "Lagaan", "dekha_at": T - 60000},
                ]
            },
        },
        {
            "url": "https://api.example-dizi.com.tr/v1/son",
            "method": "POST",
            "json": {
                "son_izlenenler": [
                    {"dizi_id": "tr-5", "ad": "Dizi 1", "izlendi_tarihi": T},
                    {"dizi_id": "tr-6", "ad": "Dizi 2", "izlendi_tarihi": T - 2000},
                ]
            },
        },
        {
            "url": "https://api.example-vod.com/v1/me/rentals/watched",
            "method": "POST",
            "json": {
                "recently_watched": [
                    {"movie_id": "m-1", "title": "Film 1", "price": 3.99, "watched_at": T},
                    {"movie_id": "m-2", "title": "Film 2", "price": 4.99, "watched_at": T - 9},
                ]
            },
        },
        {
            "url": "https://api.example-pod.com/v1/sync",
            "method": "POST",
            "json": {
                "items": [
                    {"episode_uuid": "e-1", "title": "Ep 1", "listened_at": 1733122808},
                    {"episode_uuid": "e-2", "title": "Ep 2", "listened_at": 1733122908},
                ]
            },
        },
    ],
)
def test_watch_lists_still_found(engine: Engine, example: dict) -> None:
    assert _viewing(engine, example), example["url"]


def test_kantar_spring_heartbeat_found(engine: Engine) -> None:
    """The spring sensor packs stream, play states and view time into the path."""
    example = {
        "url": "https://tv.2cnt.net/j0=,,,pl=exo+plv=2.1+sx=1080+sy=1920;+,stream=od/series/e-77"
        "+cq=e-77+uid=9zq1x+pst=,,0+0+mc1a;+,1+300+mc1b;;+dur=2700+vt=301;;;",
        "method": "GET",
    }
    assert "viewing_history.kantar_spring_stream_heartbeat" in _viewing(engine, example)
