"""Round 53 viewing (sets 185, 187, 188 and 189 as development sets): the families behind
their misses and false positives, tested in apps and spellings the sets never used.

- a content-recognition report's rows that call the matched piece a title or a name, in
  any language (`{input, title, start, seconds}`, Portuguese `titulo`), beside the
  channel and programme keys the ACR rows reader took before;
- Spanish, Galician and Catalan `avance` as progress (a VOD resume write);
- a radio station in Baltic, Finnic, Nordic, Hungarian and plural Spanish words, and the
  `sek` seconds abbreviation, in a car head unit's listening log;
- a song heard: an amount under a key saying listen beside a moment, whatever the
  moment's key (Darija `chhal_sme3` + `wa9t`, Tamazight `akud_n_usell`), with singers,
  songs and listening in Darija and Tamazight words.

Hard negatives (negatives_round192_viewB.jsonl): test patterns, burn-in checks, judder
pans, demo reels and calibration clips played on screens under repair or in a showroom,
in English, German, Dutch, French, Spanish, Portuguese, Italian, Polish, Turkish,
Indonesian and Japanese (screen_checks.py); an invoice's advance, a building site's and a
course's `avance`; a train station's delays, a fuel receipt in kronor, a weather
station's readings; programme guide and calendar rows away from a recognition host; a
catalogue's listen tallies, a court hearing, a singing lesson's length.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.screen_checks import plays_test_signal
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round192_viewB.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round192_viewB_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 25
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "acr rows titled in English",
        {
            "url": "https://acr.vistaboxtv.example/v2/report",
            "method": "POST",
            "json": {
                "device": "tv-88",
                "detected_items": [
                    {"input": "TUNER", "title": "Evening News",
                     "start": "2025-05-02T19:00:00Z", "seconds": 1260},
                    {"input": "HDMI2", "title": "The Crown S2E4",
                     "start": "2025-05-02T19:30:00Z", "seconds": 2900},
                ],
            },
        },
        "viewing_history.acr_started_content_rows",
    ),
    (
        "acr rows titled in Portuguese",
        {
            "url": "https://acr-eu.telaview.example/v1/sessao",
            "method": "POST",
            "json": {"resultados": [{"origem": "HDMI1", "titulo": "Novela das Nove",
                                     "inicio": "2025-05-02T21:00:00Z", "segundos": 1800}]},
        },
        "viewing_history.acr_started_content_rows",
    ),
    (
        "Spanish avance as a VOD resume write",
        {
            "url": "https://api.cinemundo.example/v1/perfiles/me/avance/pel-2211",
            "method": "PUT",
            "json": {"idContenido": "pel-2211", "titulo": "La Casa", "avanceSegundos": 640,
                     "duracionSegundos": 5400, "visto": False},
        },
        "viewing_history.playback_record",
    ),
    (
        "Lithuanian car radio log",
        {
            "url": "https://api.autolinija.example/v2/telematika/klausymas",
            "method": "POST",
            "json": {"irasai": [{"stotis": "Lietus", "pradzia": "2025-05-02T08:00:00Z",
                                 "sek": 600}]},
        },
        "viewing_history.listened_path_station_rows",
    ),
    (
        "Latvian car radio log",
        {
            "url": "https://api.auto.example/v1/infotainment/klausisanas",
            "method": "POST",
            "json": {"klausitas_stacijas": [{"stacija": "Radio SWH",
                                             "sakums": "2025-05-02T08:00:00Z", "sek": 600}]},
        },
        "viewing_history.listened_path_station_rows",
    ),
    (
        "Polish car radio log timed in sek",
        {
            "url": "https://api.autolinia.example/v2/multimedia/sluchane",
            "method": "POST",
            "json": {"wpisy": [{"stacja": "RMF FM", "od": "2025-05-02T08:00:00Z", "sek": 420}]},
        },
        "viewing_history.listened_path_station_rows",
    ),
    (
        "Darija song heard",
        {
            "url": "https://api.tarab.example/v2/sme3",
            "method": "POST",
            "json": {"ghnia_id": "g-19", "mghanni": "Nass El Ghiwane", "3onwan": "Siniya",
                     "chhal_sme3": 140, "wa9t": "2025-05-02T16:00:00Z"},
        },
        "viewing_history.listen_record",
    ),
    (
        "Tamazight song heard",
        {
            "url": "https://api.amarg.example/v1/tisusal",
            "method": "POST",
            "json": {"izli_id": "iz-5", "amdyaz": "Fatima Tabaamrant", "azwel": "Tayri",
                     "akud_n_usell": 190, "ass": "2025-05-02T16:00:00Z"},
        },
        "viewing_history.listen_record",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("label", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round192_viewB_positive(
    engine: Engine, label: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _viewing(engine, example), label


@pytest.mark.parametrize(
    "content",
    ["burn_in_check", "hdr10_demo_reel_4k", "SMPTE colour bars", "testbild_farbbalken",
     "carta_de_ajuste_pal", "kalibracja_panelu", "tesuto_pataan"],
)  # fmt: skip
def test_round192_viewB_test_signal_named(content: str) -> None:
    nodes = _record_nodes({"contentId": content, "positionSec": 20, "state": "playing"})
    assert plays_test_signal(nodes, 0)


@pytest.mark.parametrize(
    "content",
    ["The Test", "Demo Tapes", "Pattern Recognition", "Burning Bridges", "testament_ep3"],
)  # fmt: skip
def test_round192_viewB_ordinary_titles_not_test_signals(content: str) -> None:
    nodes = _record_nodes({"contentId": content, "positionSec": 20, "state": "playing"})
    assert not plays_test_signal(nodes, 0)


def _record_nodes(record: dict[str, Any]) -> list[Any]:
    from exfilwatch.decode import Node

    return [Node(path="body.json", key="", value=record, encodings=(), parent=-1)]
