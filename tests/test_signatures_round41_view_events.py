"""Round 41, viewing history by what a reader of any language recognises: an
analytics event NAMED for a media item played or completed ("Audiobook Chapter
Completed" in a base64 Mixpanel batch), a standard catalogue code (ISRC, ISBN-13,
EIDR, ASIN) beside a played time or time used, and a position in time units under
a path naming one item by its code. Own small payloads, not the held-out sets'."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from urllib.parse import urlencode

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round41_view_events.jsonl"
CATEGORIES = {"viewing_history", "biometric", "device_id"}


def _exchange(url: str, body: object, method: str = "POST", form: bool = False) -> Exchange:
    if form:
        raw, ctype = urlencode(body).encode(), "application/x-www-form-urlencoded"  # type: ignore[arg-type]
    else:
        raw, ctype = json.dumps(body).encode(), "application/json"
    return Exchange(
        "t", "1", Request(method, url, [("content-type", ctype)], raw), Response(204, [], b"")
    )


def _mixpanel(event: str, props: dict) -> Exchange:
    data = base64.b64encode(json.dumps([{"event": event, "properties": props}]).encode())
    return _exchange(
        "https://api-eu.mixpanel.com/track", {"data": data.decode(), "verbose": "1"}, form=True
    )


def _viewing(engine: Engine, exchange: Exchange) -> set[str]:
    return {f.signature for f in engine.analyse(exchange) if f.category == "viewing_history"}


POSITIVES = [
    (
        "viewing_history.media_item_event_name",
        _mixpanel(
            "Audiobook Chapter Completed", {"token": "t", "book_title": "Saga", "chapter": 4}
        ),
    ),
    (
        "viewing_history.media_item_event_name",
        _exchange(
            "https://api.segment.io/v1/batch",
            {"batch": [{"event": "Podcast Episode Started", "properties": {"episode_id": "e-9"}}]},
        ),
    ),
    (
        "viewing_history.media_item_event_name",
        _exchange(
            "https://eu1.clevertap-prod.com/a1",
            [
                {
                    "type": "event",
                    "evtName": "Played Episode",
                    "evtData": {"series_title": "Kroniek"},
                }
            ],
        ),
    ),
    (
        "viewing_history.catalogue_id_played",
        _exchange(
            "https://api.example-radio.sk/v1/pouzivatel/7/historia",
            {"pocuvane": [{"isrc": "SKA012200310", "prehrateO": "2024-11-05T10:00:00Z"}]},
        ),
    ),
    (
        "viewing_history.catalogue_id_played",
        _exchange(
            "https://activity.example-kids.de/v1/report",
            {"nutzung": [{"asin": "B0CHX3QBCH", "secondsUsed": 900, "typ": "VIDEO"}]},
        ),
    ),
    (
        "viewing_history.catalogue_id_played",
        _exchange(
            "https://api.example-vod.fr/v2/report",
            {"eidr": "10.5240/7290-C8AD-12BA-4F93-3B07-7", "minutesWatched": 42},
        ),
    ),
    (
        "viewing_history.catalogue_path_position",
        _exchange(
            "https://api.example-hoerbuch.at/v3/bibliothek/9783161484100/position",
            {"positionMs": 2_345_000, "kapitel": 7},
            method="PUT",
        ),
    ),
    (
        "viewing_history.catalogue_path_position",
        _exchange(
            "https://api.example-music.is/v1/tracks/ISUM72200045/resume",
            {"offsetSeconds": 95},
            method="PATCH",
        ),
    ),
]


@pytest.mark.parametrize(
    ("rule", "exchange"), POSITIVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(POSITIVES)]
)
def test_positive(engine: Engine, rule: str, exchange: Exchange) -> None:
    assert rule in _viewing(engine, exchange)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_hard_negative(engine: Engine, example: dict) -> None:
    found = [
        f.signature for f in engine.analyse(example_exchange(example)) if f.category in CATEGORIES
    ]
    assert not found, found


def test_negatives_cover_each_family() -> None:
    notes = " ".join(e["note"] for e in _negatives())
    for word in ("isrc", "asin", "isbn", "mixpanel", "amplitude", "clevertap"):
        assert word in notes


@pytest.mark.parametrize(
    ("event", "props"),
    [
        ("Video Call Started", {"call_id": "c-1", "title": "Standup"}),
        ("Audiobook Purchased", {"book_title": "Saga"}),
        ("Chapter Completed", {"chapter_title": "The Cave", "level": 3}),
    ],
)
def test_event_lookalikes(engine: Engine, event: str, props: dict) -> None:
    assert not _viewing(engine, _mixpanel(event, props))
