"""Round 89 (set 89), viewing history in Italian: a sports app's live heartbeat
(`evento` with `secondi_visti`), a resume point under a bare `ripresa`, a census
meter's beacon (`minuti_visti` beside per-minute rows), a radio's listening session
(`sessione_ascolto` naming a station), a watched-list sync (`già_visti` rows dated by
`visto_il`), a podcast position form (`/podcast/pos` with `puntata`), the
continue-watching rail under a bare `riprendi` (`percentuale_vista`) and its write to
`/riprendi/<id>`.

Italian reading, course, order and upload progress (`avanzamento`), a chat's read
receipts and a visa (`visto`), a video editor's timeline, a station's playout log,
a programme's aggregate ratings (`share`, `ascolto_medio`) and a camera's take
(`ripresa` is also a shot) are nobody's viewing and stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round89_view.jsonl"

POSITIVES = [
    {
        "note": "a sports app's live heartbeat (evento + secondi_visti)",
        "url": "https://live.example-calcio.it/v2/stream/hb",
        "json": {"evento": "serie-a-g27-fio-ata", "tipo": "live", "secondi_visti": 3583},
    },
    {
        "note": "a resume point under a bare ripresa (resume)",
        "url": "https://api.example-tv.it/profili/p-1/ripresa",
        "method": "PUT",
        "json": {"ripresa": {"guid": "FDAD7C3C9D", "secondi": 1704, "finito": True}},
    },
    {
        "note": "a census meter's beacon (minuti_visti beside per-minute rows)",
        "url": "https://census.example-misura.it/v3/rilevazioni",
        "json": {
            "pannello": "census",
            "ascolti": [
                {"m": 1773474742, "can": "Rete Uno", "sorg": "OTT", "vis": 1},
                {"m": 1773474802, "can": "Rete Uno", "sorg": "OTT", "vis": 1},
            ],
            "minuti_visti": 2,
        },
    },
    {
        "note": "a radio's listening session (sessione_ascolto naming a station)",
        "url": "https://app.example-radio.it/api/sessione_ascolto",
        "json": {
            "sessione_ascolto": {
                "stazione": "radio-uno",
                "inizio": "2026-03-14T08:00",
                "secondi": 2859,
            }
        },
    },
    {
        "note": "a watched-list sync (già_visti rows dated by visto_il)",
        "url": "https://api.example-play.it/utente/v2/gia-visti/sync",
        "json": {
            "già_visti": [
                {"id": "ContentItem-7bbd5e67", "visto_il": "2026-03-14T08:00", "completo": True},
                {"id": "ContentItem-dc53bf99", "visto_il": "2026-03-14T08:01", "completo": True},
            ]
        },
    },
    {
        "note": "a podcast position form (/podcast/pos with puntata)",
        "url": "https://app.example-radio.it/api/podcast/pos",
        "form": {"puntata": "pod-31316", "pos": "1945", "tot": "3600", "t": "1773475263026"},
    },
    {
        "note": "the continue-watching rail under a bare riprendi (percentuale_vista)",
        "url": "https://api.example-play.it/utente/RU1/riprendi",
        "method": "GET",
        "response": {
            "json": {
                "riprendi": [
                    {"titolo": "A", "posizione_sec": 2475, "percentuale_vista": 60},
                    {"titolo": "B", "posizione_sec": 299, "percentuale_vista": 94},
                ]
            }
        },
    },
    {
        "note": "the resume write to /riprendi/<id> (posizione beside durata)",
        "url": "https://api.example-play.it/utente/RU1/riprendi/ContentItem-980d2476",
        "method": "PUT",
        "json": {"posizione": 809, "durata": 3000, "avanzamento": 0.27, "ts": 1773475240464},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round89_italian_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round89_italian_progress_receipts_and_ratings_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert engine.analyse(example_exchange(example)) == []
