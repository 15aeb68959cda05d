"""Round 48 (viewing-history precision, held-out sets 147, 152, 153, 154): what a service
shows everyone and what a station airs are nobody's viewing or listening history.

- A most-watched ranking (`/ranking/mais-vistos`, `/rail/i-piu-visti`, `/charts/
  meistgesehen`, a percent-encoded Japanese ranking) and a broadcast schedule (Persian
  `jadval pakhsh`, Indonesian `jadwal tayang`, Korean `pyeonseongpyo`, an EPG) fetched
  by anyone (`exfilwatch/detect/listings.py`).
- A station's playout publishing its now-playing or its as-run log, and rows stamped
  when they aired with no one said to listen (`exfilwatch/detect/playouts.py`).
- Rows of everyone's minutes, in any language the viewing lexicon reads a minute in
  (`structures/aggregates.py`), and a smart TV fetching its ACR configuration
  (`signatures/viewing_history/smart-tv-acr.yaml`).

A person's own most-watched list under `/me`, a listener's app naming the listener, a
history row saying when the person watched an aired episode, an ACR log upload and a
history fetched with a `sort=popular` value stay found.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import signatures_found

from exfilwatch.detect.subjects import CATEGORY_VETOES
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round154_viewP.jsonl"
UA = {"user-agent": "okhttp/4.12.0"}
VIEWING = {"viewing_history"}
# Negatives dropped by the exchange-wide act veto (the others by a detector or a rule).
_VETOED_KINDS = ("ranking:", "schedule:", "playout:")


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


def _vetoed_lines() -> list[dict]:
    return [e for e in _lines() if e["note"].startswith(_VETOED_KINDS)]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_a_listing_a_playout_or_an_aggregate_is_not_viewing_history(
    engine: Engine, example: dict
) -> None:
    assert not signatures_found(engine, example, VIEWING), example["note"]


@pytest.mark.parametrize("example", _vetoed_lines(), ids=lambda e: e["note"][:48])
def test_the_rows_are_read_without_the_veto(
    engine: Engine, example: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each vetoed negative has a viewing record's shape: only the veto drops it."""
    monkeypatch.delitem(CATEGORY_VETOES, "viewing_history")
    assert signatures_found(engine, example, VIEWING), example["note"]


STAYS_FOUND = [
    {
        "note": "a person's own most-watched list under /me",
        "url": "https://api.peliculas-ya.example/v2/me/mas-vistos",
        "method": "GET",
        "headers": UA,
        "response": {
            "json": {
                "lista": [
                    {"video_id": "py-101", "segundos_vistos": 5120},
                    {"video_id": "py-102", "segundos_vistos": 2210},
                ]
            }
        },
    },
    {
        "note": "a listener's app reports a station's now-playing, naming the listener",
        "url": "https://api.kustradio.example/v2/stations/kust-fm/now-playing",
        "method": "POST",
        "headers": UA,
        "json": {
            "listenerId": "8f1d2c3b-5a6e-4f70-9a1b-2c3d4e5f6a7b",
            "artist": "Kate Bush",
            "title": "Running Up That Hill",
            "startedAt": "2025-03-02T09:14:07Z",
            "positionMs": 61200,
        },
    },
    {
        "note": "a history row saying when the episode aired and when the person watched it",
        "url": "https://api.serienwelt.example/v1/verlauf/sync",
        "method": "POST",
        "headers": UA,
        "json": {
            "eintraege": [
                {
                    "episode_id": "sw-4411",
                    "ausgestrahlt": "2024-10-01T20:15:00Z",
                    "gesehen_am": "2025-03-01T21:00:00Z",
                    "position_sek": 1312,
                },
                {
                    "episode_id": "sw-4412",
                    "ausgestrahlt": "2024-10-08T20:15:00Z",
                    "gesehen_am": "2025-03-02T21:00:00Z",
                    "position_sek": 402,
                },
            ]
        },
    },
    {
        "note": "a Samsung ACR log upload, not a configuration fetch",
        "url": "https://log-ingestion.samsungacr.com/v2/logs/upload",
        "method": "POST",
        "headers": UA,
        "body_base64": "AAECAwQFBgcICQoLDA0ODw==",
    },
    {
        "note": "a watch history fetched with a popular sort order (a query value)",
        "url": "https://api.tontonin.example/v2/riwayat?sort=popular",
        "method": "GET",
        "headers": UA,
        "response": {
            "json": {
                "riwayat_tonton": [
                    {"video_id": "v3100", "posisi_detik": 812, "ditonton_pada": "2025-03-01"},
                    {"video_id": "v3101", "posisi_detik": 75, "ditonton_pada": "2025-03-02"},
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", STAYS_FOUND, ids=lambda e: e["note"][:48])
def test_a_persons_own_viewing_stays_found(engine: Engine, example: dict) -> None:
    assert signatures_found(engine, example, VIEWING), example["note"]
