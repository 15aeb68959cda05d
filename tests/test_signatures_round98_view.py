"""Round 98 (sets 97-98), viewing history in Basque and signage playout that is no
one's viewing:

- a Basque TV app's watch log (`ikusitakoak`, "the watched ones", with `edukia`,
  `denboraldia`, `atala`, `posizioa`, `iraupena`), its continue-watching rail
  (`jarraitu`) and its playback write (`PATCH /erreprodukzioa/<id>` `{posizioa,
  egoera}`): Basque joins the viewing lexicon, with stems where it inflects
  (`ikusi-`, `posizio-`, `entzun-`);
- the playback write is a family in every language: a position written to a
  playback resource named after one piece (`/reproduccion/<id>`, `/playback/<id>`).

A Basque news app's read articles, a course's progress, a playlist's order, a
chat's seen receipts, a station's schedule, a follow list, a board game's move and a
delivery's queue place stay quiet, and so does a signage, DOOH or kiosk player's
proof of play, which names the equipment by its serial (`playerSerial`)."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round98_view.jsonl"

_ROWS = [
    {"edukia": "eitb-785218", "saioa": "Pilota", "denboraldia": 1, "atala": 3,
     "posizioa": 957, "iraupena": 2789, "ikusita": False, "noiz": "2024-11-30T08:00:14Z"},
    {"edukia": "eitb-400369", "saioa": "Goazen", "denboraldia": 9, "atala": 14,
     "posizioa": 2600, "iraupena": 3097, "ikusita": False, "noiz": "2024-11-30T08:00:14Z"},
]  # fmt: skip

POSITIVES = [
    {
        "note": "a Basque TV app's watch log (ikusitakoak, posizioa, iraupena)",
        "url": "https://api.example-ikusi.eus/erabiltzailea/ikusitakoak",
        "json": {"erabiltzailea": "d45b9d27a3232528", "ikusitakoak": _ROWS},
    },
    {
        "note": "a Basque continue-watching rail (jarraitu rows with posizioa)",
        "url": "https://api.example-ikusi.eus/erabiltzailea/jarraitu",
        "method": "GET",
        "response": {
            "json": {
                "jarraitu": [
                    {"edukia": "eitb-818474", "denboraldia": 2, "atala": 2, "posizioa": 1434},
                    {"edukia": "eitb-275299", "denboraldia": 6, "atala": 7, "posizioa": 1351},
                ]
            }
        },
    },
    {
        "note": "a Basque playback write (erreprodukzioa/<id>, posizioa, egoera)",
        "url": "https://api.example-ikusi.eus/erreprodukzioa/eitb-933210",
        "method": "PATCH",
        "json": {"posizioa": 744, "egoera": "pausa"},
    },
    {
        "note": "a Basque watch history read back (historiala, ikusita_noiz, posizioa)",
        "url": "https://api.example-ikusi.eus/erabiltzailea/historiala",
        "method": "GET",
        "response": {
            "json": {
                "historiala": [
                    {"edukia": "eitb-1", "ikusita_noiz": "2024-11-30T08:00:14Z", "posizioa": 300},
                    {"edukia": "eitb-2", "ikusita_noiz": "2024-11-30T09:00:14Z", "posizioa": 1200},
                ]
            }
        },
    },
    {
        "note": "a Basque radio's listening session (irratia, entzundako_segundoak)",
        "url": "https://api.example-irratia.eus/entzunaldia",
        "json": {
            "irratia": "euskadi-irratia",
            "hasiera": 1746083802308,
            "entzundako_segundoak": 2644,
        },
    },
    {
        "note": "a Basque podcast episode's progress (atalak/<id>/aurrerapena, posizioa_seg)",
        "url": "https://api.example-podcast.eus/podcastak/atalak/ep-4411/aurrerapena",
        "method": "PUT",
        "json": {"posizioa_seg": 812, "iraupena_seg": 3000},
    },
    {
        "note": "a Spanish playback write (reproduccion/<id>, posicion, estado)",
        "url": "https://api.example-tele.es/v1/reproduccion/rtve-55121",
        "method": "PUT",
        "json": {"posicion": 1520, "estado": "reproduciendo"},
    },
    {
        "note": "an English playback write (playback/<id>, position, state)",
        "url": "https://api.example-stream.tv/v2/playback/mv-88123",
        "method": "PATCH",
        "json": {"position": 812, "state": "paused"},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round98_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round98_basque_lookalikes_and_signage_playout_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("posizioa", "position"),
        ("ikusitakoak", "watched"),
        ("iraupena", "duration"),
        ("erreprodukzioa", "playback"),
        ("edukia", "content"),
        ("denboraldia", "season"),
        ("noiz", "at"),
        ("prezioa", "price"),
    ],
)
def test_round98_lexicon_reads_basque_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls
