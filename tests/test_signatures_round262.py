"""Round 66 (set 262): Dzongkha viewing in Tibetan script and romanised, and a box's compact log.

What was missing and what was chosen:

- Tibetan script was read letter by letter with its vowel signs folded away (`ཉན་ཡོདཔ་` ->
  `nyn ydp`): the key reader now reads each syllable Wylie-like with its inherent `a`
  (`nyan yodp`, `skar cha`, `dus tshod`; exfilwatch/detect/structures/_common.py);
- Dzongkha viewing words (watch `lta` / `blta`, history `lta tho`, continue `mthud`,
  position `sa tshad`, minutes `skar ma`, seconds `skar cha`, time `dus tshod` /
  `duetshoe`, programme `las rim`, name `ming`, listened `nyan yodp`, radio `lungtrin`)
  in lexicon/viewing.yaml;
- a watching's named item with the position or minutes beside it
  (viewing_history/watching-item-beside-amount, structures/watching_item_amounts.py);
- `sec` as a channel row's duration word (structures/channel_logs.py).

- a bookmark record of a programme (code, title, position, update time) under a bookmark
  key or root element, XML or JSON (viewing_history/programme-bookmark-record);
- an attribution event named for a media kind's progress with the piece and minutes played
  (viewing_history/media-progress-event-name).

Precision: tests/fixtures/negatives/negatives_round262.jsonl.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures._common import key_words
from exfilwatch.engine import Engine

VIEW = {"viewing_history"}
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round262.jsonl"


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("ཉན་ཡོདཔ་", ("nyan", "yodp")),
        ("སྐར་ཆ་", ("skar", "cha")),
        ("དུས་ཚོད་", ("dus", "tshod")),
        ("བལྟ་ཐོ", ("blta", "tho")),
        ("གསར་འགྱུར", ("gsar", "gyur")),
    ],
)
def test_tibetan_keys_read_with_inherent_vowel(key: str, words: tuple[str, ...]) -> None:
    assert key_words(key) == words


POSITIVES = [
    {
        "url": "https://api.example-radio.bt/v1/log",
        "method": "POST",
        "json": {
            "ཉན་ཡོདཔ་": [
                {
                    "ལས་རིམ་": "R-11",
                    "མིང་": "Morning songs",
                    "སྐར་ཆ་": 900,
                    "དུས་ཚོད་": "2025-04-01T07:00:00Z",
                },
                {
                    "ལས་རིམ་": "R-12",
                    "མིང་": "Folk hour",
                    "སྐར་ཆ་": 1500,
                    "དུས་ཚོད་": "2025-04-01T08:00:00Z",
                },
            ]
        },
    },
    {
        "url": "https://api.example-films.bt/v1/history",
        "method": "POST",
        "json": {
            "lta_tho": [
                {
                    "film": "F-31",
                    "ming": "Mountain road",
                    "sa_tshad": 610,
                    "dus_tshod": "2025-04-01T20:00:00Z",
                },
                {
                    "film": "F-32",
                    "ming": "River song",
                    "sa_tshad": 1880,
                    "dus_tshod": "2025-04-01T21:00:00Z",
                },
            ]
        },
    },
    {
        "url": "https://api.example-sport.bt/v1/report",
        "method": "POST",
        "json": {
            "ltawa": {"match": "A-55", "ming": "Archery final"},
            "skar_ma": 37,
            "dus_tshod": "2025-04-01T10:00:00Z",
        },
    },
    {
        "url": "http://mw.example-box.net/api/log",
        "method": "POST",
        "json": {
            "log": [
                {"ch": "12", "name": "News One", "sec": 420, "from": "2025-04-01T19:00:00Z"},
                {"ch": "31", "name": "Cartoons", "sec": 1300, "from": "2025-04-01T19:07:00Z"},
            ]
        },
    },
]


POSITIVES += [
    {
        "url": "http://mw.example-box.net/ws/bookmark",
        "method": "POST",
        "headers": {"content-type": "text/xml"},
        "body": "<Bookmark><programCode>P-4410</programCode><title>Quiz night</title>"
        "<position>1220</position><updateTime>2025-04-01T21:00:00Z</updateTime></Bookmark>",
    },
    {
        "url": "https://inapps.appsflyer.com/api/v6.13/androidevent?app_id=com.example.cinema",
        "method": "POST",
        "json": {
            "eventName": "episode_progress",
            "eventValue": json.dumps({"af_content_id": "S2-E5", "minute": 22}),
        },
    },
]


@pytest.mark.parametrize("example", POSITIVES)
def test_positive(engine: Engine, example: dict) -> None:
    assert signatures_found(engine, example, VIEW)


@pytest.mark.parametrize(
    "example", [json.loads(line) for line in NEGATIVES.read_text("utf-8").splitlines() if line]
)
def test_negative(engine: Engine, example: dict) -> None:
    assert not signatures_found(engine, example, VIEW | {"device_id", "biometric"})
