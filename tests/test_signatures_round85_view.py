"""Round 85 (sets 85-86), viewing history: what a station aired is not a person's
listening; a radio app's listening sessions and a Mediathek's continue-watching are.

A station's as-run or playout log stamps when each recording went on air (`onAirAt`,
`asRunTime`, Italian `trasmesso`, German `ausgestrahlt`, Maltese `xandir`): royalty
and music-use reports, nobody's history. A radio app's statistics name a station
(German `sender`, Dutch `zender`) beside how long the person listened (`hoerdauer_min`);
`sender` alone is a message's or a mail's sender and stays quiet. A Mediathek's
continue-watching rows name the item (`beitrag`) with progress and a seen-at time."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round85_view.jsonl"

POSITIVES = [
    {
        "note": "an Austrian radio app's listening statistics (sender + hoerdauer_min)",
        "url": "https://api.example-radio.at/v1/hoerstatistik",
        "json": {
            "geraet": "android",
            "sitzungen": [
                {"sender": "FM4", "beginn": 1733029789946, "hoerdauer_min": 18},
                {"sender": "Radio 2", "beginn": 1733024745272, "hoerdauer_min": 127},
            ],
        },
    },
    {
        "note": "a Dutch radio app's sessions (zender + luisterduur_sec)",
        "url": "https://api.example-radio.nl/v2/stats",
        "json": {"sessies": [{"zender": "radio-2", "luisterduur_sec": 1800}]},
    },
    {
        "note": "a car radio app's session (senderId + gehört seconds)",
        "url": "https://api.example-radio.de/v1/hoersitzung",
        "json": {"senderId": "swr3", "sender": "SWR3", "gehört": 1260, "quelle": "fahrzeug"},
    },
    {
        "note": "a Mediathek's continue-watching sync (beitrag + fortschritt + gesehen_am)",
        "url": "https://api.example-mediathek.de/sync/v2/weiterschauen",
        "json": {
            "geraet": "android",
            "eintraege": [
                {"beitrag": "BDSCL33U283", "fortschritt_prozent": 82, "gesehen_am": 1732727832195},
                {"beitrag": "B6MA3MHWK2F", "fortschritt_prozent": 55, "gesehen_am": 1732968773933},
            ],
        },
    },
    {
        "note": "a listener's own row with an on-air stamp and the time they listened",
        "url": "https://api.example-radio.it/v1/me/ascolti",
        "json": {
            "items": [
                {"isrc": "ITUM72400012", "onAirAt": "2024-11-18T07:01:11Z", "listenedSec": 189}
            ]
        },
    },
    {
        "note": "an episode's first air date in a person's play history",
        "url": "https://api.example-vod.com/v1/me/history",
        "json": {
            "items": [
                {
                    "eidr": "10.5240/7290-C8AD-12BA-4F93-3B07-7",
                    "firstAired": "2020-01-01",
                    "playedAt": "2024-11-18T07:01:11Z",
                }
            ]
        },
    },
    {
        "note": "a live player's onAir flag beside an ISRC played",
        "url": "https://api.example-radio.com/v1/me/plays",
        "json": {"items": [{"isrc": "GBEMI0300013", "onAir": True, "playedSec": 189}]},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round85_listening_sessions_and_progress_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round85_station_logs_messages_and_guides_stay_quiet(engine: Engine, example: dict) -> None:
    assert engine.analyse(example_exchange(example)) == []
