"""Round 87 (sets 87-88), viewing history in French: a sports app's match log
(`regardé` with `minutes_vues`), a streamer's resume sync (`/reprise/<id>` with
`positionReprise`), its continue-watching rail under a bare `reprendre` whose rows
name videos, and a radio's podcast progress (`/podcasts/<id>/avancement`).

French reading, course and order progress (`progression`, `avancement`), a message's
read receipt (`vu`), a task's `terminee` flag and a catalogue's public view counts
(`vues`) are nobody's viewing and stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round87_view.jsonl"

POSITIVES = [
    {
        "note": "a sports app's match log (regardé + minutes_vues)",
        "url": "https://live.example-sport.fr/v1/me/regarde",
        "json": {"regardé": {"match": "L1-J12-A-B", "debut": 1731396413652, "minutes_vues": 86}},
    },
    {
        "note": "a streamer's resume sync (reprise/<id> + positionReprise)",
        "url": "https://api.example-tele.fr/v2/reprise/SER-S02E15",
        "method": "PUT",
        "json": {"positionReprise": 2797, "épisode": 4, "saison": 2},
    },
    {
        "note": "a radio's podcast progress in a form (podcasts/<id>/avancement)",
        "url": "https://app.example-radio.ch/api/podcasts/pod-ep301/avancement",
        "form": {"avancement": "2849", "ts": "1731398428310"},
    },
    {
        "note": "a streamer's continue-watching rail under a bare `reprendre` (resume)",
        "url": "https://api.example-tele.fr/v2/utilisateur/reprendre?limit=12",
        "method": "GET",
        "response": {
            "json": {
                "reprendre": [
                    {"idVideo": "SER-S03E28", "dejaVu": 29, "derniereLecture": "2024-11-12T08:01"},
                    {"idVideo": "SER-S04E17", "dejaVu": 11, "derniereLecture": "2024-11-12T08:02"},
                ]
            }
        },
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round87_french_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round87_french_progress_receipts_and_counts_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert engine.analyse(example_exchange(example)) == []
