"""Round 100 (sets 99-100), viewing history in Georgian and Armenian, a TV box's ACR
sessions, a live pulse, and institutions' reports and screens that are no one's viewing:

- Georgian (`ka`) and Armenian (`hy`) join the viewing lexicon, romanised (several
  spellings: `naqurebi`, `ditvats` / `ditvac`, `haghordum` / `haghordowm`) and as the
  key reader transliterates Mkhedruli and Armenian script (`ყურების_ისტორია` ->
  `qurebis_istoria`, `Շարունակել_դիտել` -> `sharownakel_ditel`);
- a live-TV keep-alive said as `/live/pulse`;
- a viewing session timed only by its start and end stamps (`{programTitle, startTs,
  endTs}` sent to `/viewing/sessions`).

A Georgian news app's read articles, a shop's basket, a chat's seen receipts, a bank
transfer, a property viewing appointment, a programme guide, a library's or a school
district's report over a period and a screen's proof-of-play log stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round100_view.jsonl"

POSITIVES = [
    {
        "note": "an Armenian TV app's watched record (haghordum, seria, dirq)",
        "url": "https://api.example-tv.am/api/ditvats",
        "json": {"haghordum": "Hin Yerevan", "seria": 29, "dirq": 246, "tevoxutyun": 2700},
    },
    {
        "note": "a Georgian watched record (sezoni, epizodi, pozicia)",
        "url": "https://api.example-tv.ge/v2/momkhmarebeli/naqurebi",
        "json": {"serialis_id": 184, "sakheli": "Sakhli", "sezoni": 2, "epizodi": 17,
                 "pozicia": 2075, "khangrdzlivoba": 2545},
    },
    {
        "note": "a Georgian-script watching history (ყურების_ისტორია rows)",
        "url": "https://api.example-tv.ge/v2/progress",
        "method": "PUT",
        "json": {"ყურების_ისტორია": [{"სერიალი": "Bebia", "ეპიზოდი": 21, "პოზიცია": 2626}]},
    },
    {
        "note": "a Georgian continue-watching rail (ganagrdze_qureba rows)",
        "url": "https://api.example-tv.ge/v2/ganagrdze",
        "method": "GET",
        "response": {"json": {"ganagrdze_qureba": [
            {"satauri": "Bebia", "epizodi": 13, "pozicia_wm": 1041},
            {"satauri": "Chemi Tsoli", "epizodi": 14, "pozicia_wm": 2639},
        ]}},
    },
    {
        "note": "an Armenian-script continue-watching rail (Շարունակել_դիտել rows)",
        "url": "https://api.example-tv.am/api/sharunakel",
        "method": "GET",
        "response": {"json": {"Շարունակել_դիտել": [
            {"Հաղորդում": "Khaghic Durs", "Սերիա": 36, "Դիրք": 2066},
            {"Հաղորդում": "Kargin Serial", "Սերիա": 14, "Դիրք": 35},
        ]}},
    },
    {
        "note": "a Georgian music app's listened tracks (simghera, wamebi)",
        "url": "https://api.example-music.ge/v1/mosmenili",
        "json": {"tracks": [{"simghera": "Tbiliso", "wamebi": 63, "dasrulda": True},
                            {"simghera": "Dle Lusna", "wamebi": 156, "dasrulda": False}]},
    },
    {
        "note": "a Georgian live-TV pulse (arkhi channel, wamebi seconds)",
        "url": "https://api.example-tv.ge/live/pulse",
        "form": {"arkhi": "formula", "wamebi": "60", "ts": "1733126434335"},
    },
    {
        "note": "a TV box's ACR viewing session (programTitle, startTs, endTs)",
        "url": "https://acr.example-box.tv/v1/viewing/sessions",
        "json": {"input": "HDMI1", "programTitle": "Evening News",
                 "startTs": 1733124676336, "endTs": 1733126476336},
    },
]  # fmt: skip


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round100_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round100_lookalikes_reports_and_screens_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("naqurebi", "watched"),
        ("ditvats", "watched"),
        ("ditvac", "watched"),
        ("haghordowm", "program"),
        ("ganagrdze", "continue"),
        ("sharownakel", "continue"),
        ("wamebi", "seconds"),
        ("vayrkyan", "seconds"),
        ("arkhi", "channel"),
        ("mosmenili", "listened"),
        ("lsvats", "listened"),
        ("dirq", "position"),
    ],
)
def test_round100_lexicon_reads_georgian_and_armenian_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls
