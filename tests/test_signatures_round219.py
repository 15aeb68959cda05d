"""Round 59 (sets 218, 219): Nepali and Greek viewing and listening, in shapes the rules
already read in other languages, and three shapes read in every language from now on:

- a radio session (Nepali `steshan`, Greek `stathmos`, station) with its seconds or minutes,
  a match (Nepali `khel`, Greek `agonas`) with the time watched or listened: lexicon words;
- a box's "watching now" event: a channel named with the moment it came on, to a path
  whose last segment says watching (Nepali `herdai`, Greek `parakolouthisi`);
- an ACR report of one channel or programme with when and how long, to an ACR host or path;
- a car head unit's media usage row naming the station, to an infotainment or media path;
- a Stalker / Ministra play log naming the stream in `param` (no `content_id`).

A rail trip or a bus trip from a station, an EV charging session, a betting slip on a match,
a game's played time, a software release channel, a chat channel, a portal's create_link,
a guide row and a navigation screen's minutes stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round219.jsonl"

POSITIVES = [
    {
        "note": "a Nepali radio app's session (radio_steshan, suru_samay, awadhi_minet)",
        "url": "https://api.example-fm.com.np/v2/radio/sunne-satra",
        "method": "POST",
        "json": {"radio_steshan": "Kantipur FM 96.1", "suru_samay": "2025-04-01T06:10:00Z",
                 "awadhi_minet": 42},
    },
    {
        "note": "a Greek radio app's session (stathmos_onoma, enarxi, defterolepta)",
        "url": "https://api.example-radio.gr/v3/radio/akroaseis",
        "method": "POST",
        "json": {"stathmos_onoma": "Sfera 102.2", "enarxi": "2025-01-10T07:00:00Z",
                 "defterolepta": 1800},
    },
    {
        "note": "a Nepali sports app's match watched time (khel_id, heriyeko_sekend)",
        "url": "https://api.example-khel.com.np/v1/khel/herne",
        "method": "POST",
        "json": {"khel_id": "npl-2025-12", "heriyeko_sekend": 1805},
    },
    {
        "note": "a Greek commentary app's match listened (agona, akroasi_lepta)",
        "url": "https://api.example-spor.gr/v1/live/events",
        "method": "POST",
        "json": {"agona": "PAO-AEK", "akroasi_lepta": 80, "ora": "2025-01-10T19:00:00Z"},
    },
    {
        "note": "a Greek box's watching-now event (kanali, kanali_id, enarxi)",
        "url": "https://stb.example-cable.gr/api/v1/events/parakolouthisi",
        "method": "POST",
        "json": {"kanali_id": 1, "kanali": "ERT1", "enarxi": "2025-01-10T20:00:00Z"},
    },
    {
        "note": "a French TV's ACR report (chaine, emission, debut, secondes)",
        "url": "https://acr.example-tele.fr/v1/audience",
        "method": "POST",
        "json": {"chaine": "TF1", "emission": "Le Journal", "debut": "2025-01-10T20:00:00Z",
                 "secondes": 600},
    },
    {
        "note": "a car head unit's media log in Greek (pigi, stathmos, lepta, telos)",
        "url": "https://tcu.example-auto.gr/v1/headunit/media-log",
        "method": "POST",
        "json": {"pigi": "DAB", "stathmos": "Sfera 102.2", "lepta": 15,
                 "telos": "2025-01-10T08:15:00Z"},
    },
    {
        "note": "a Ministra play log naming the stream by its auto command",
        "url": "http://mw.example-iptv.np/stalker_portal/server/load.php?type=stb&action=log"
        "&real_action=play&param=auto+http%3A%2F%2Fstream.example-iptv.np%2Fch%2F44%2Findex.m3u8"
        "&tmp_type=1&JsHttpRequest=1-xml",
        "method": "GET",
    },
]  # fmt: skip


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round219_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round219_lookalikes_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("steshan", "radio_station"),
        ("stathmos", "radio_station"),
        ("khel", "fixture"),
        ("agonas", "fixture"),
        ("awadhi", "duration"),
        ("herdai", "watching"),
    ],
)
def test_round219_lexicon_reads_nepali_and_greek_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls
