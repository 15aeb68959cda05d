"""Round 63 (set 240): Georgian viewing words, romanised and as the key reader reads
Mkhedruli (anyascii, apostrophes dropped: `წამი` ts'ami -> tsami, `პოზიცია` p'ozitsia ->
pozitsia), tested in apps and spellings the set never used.

- Words: `guliscema` / `gulistsema` (heartbeat), `matchi` / `matchis` (match, and its
  genitive), `nakhva` / `nakhvis` (watching), `nakhuli` (watched), `radiosadguri` (radio
  station), `dasatskisi` (start, k for ყ), `tarighi` (date), `arkhebi` (channels),
  `podkastebi` (podcasts), `fasi` (price: a channel package bought is no viewing).
- A set-top box's single play row keyed in any language
  (viewing_history.set_top_box_tuning_row), and a podcast named in text (its id in the
  path) with an episode and a bare position at a progress path
  (viewing_history.progress_path_episode_bare_position).

Hard negatives (negatives_round240.jsonl): a match calendar, a heart-rate reading, an
order history, a flat viewing booked, a radio directory, a chat channel, a job position,
a channel package bought, a video game's match keep-alive, a set-top box's guide, a
podcast's chart rank, a story's view count and a live score update.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round240.jsonl"


def _findings(engine: Engine, example: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f.category, f.signature) for f in engine.analyse(example_exchange(example))}


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {category for category, _ in _findings(engine, example)}


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("guliscema", "heartbeat"),
        ("gulistsema", "heartbeat"),
        ("matchis", "fixture"),
        ("matchebi", "fixture"),
        ("nakhvis", "watching"),
        ("nakhuli", "watched"),
        ("radiosadgurebi", "radio_station"),
        ("dasatskisi", "start"),
        ("tarighi", "at"),
        ("arkhebi", "channel"),
        ("podkastebi", "podcast"),
        ("fasi", "price"),
    ],
)
def test_georgian_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("გულისცემა", ("heartbeat",)),
        ("მატჩის_id", ("fixture", "id")),
        ("პოზიცია", ("position",)),
        ("ნახული_წუთები", ("watched", "minutes")),
        ("რადიოსადგური", ("radio_station",)),
    ],
)
def test_georgian_script_keys(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


def test_matching_is_not_a_match() -> None:
    """`matchi` is listed exactly: no stem may start English `matching`."""
    assert load("viewing").word("matching") != "fixture"


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "a cable box's play report keyed in Mkhedruli (channel, start, minutes)",
        {
            "url": "https://stats.example-kabeli.ge/iptv/v1/nakhva",
            "method": "POST",
            "json": {"არხი": "Maestro", "დასაწყისი": "2025-04-02T19:00:00Z", "წუთები": 35},
        },
        "viewing_history",
    ),
    (
        "a football app's keep-alive with the match and seconds watched (x spellings)",
        {
            "url": "https://api.example-fexburti.ge/v3/pirdapiri/gulistsema",
            "method": "PUT",
            "json": {"matchi": "dinamo-torpedo-0502", "naxuli_wamebi": 2400},
        },
        "viewing_history",
    ),
    (
        "a radio app's listening session (station, start, minutes)",
        {
            "url": "https://api.example-eteri.ge/radio/mosmena",
            "method": "POST",
            "json": {
                "radiosadguris_sakheli": "Radio Tavisupleba",
                "dasawyisi": "2025-04-02T07:30:00Z",
                "wutebi": 25,
            },
        },
        "viewing_history",
    ),
    (
        "a series app's watch history answer keyed in Mkhedruli",
        {
            "url": "https://api.example-serialebi.ge/v1/profili/naxvis-istoria",
            "method": "GET",
            "response": {
                "json": {
                    "ისტორია": [
                        {
                            "serialisId": "a1",
                            "სათაური": "Gza",
                            "სეზონი": 1,
                            "ეპიზოდი": 3,
                            "თარიღი": "2025-04-02T20:00:00Z",
                        },
                        {
                            "serialisId": "a1",
                            "სათაური": "Gza",
                            "სეზონი": 1,
                            "ეპიზოდი": 4,
                            "თარიღი": "2025-04-02T21:00:00Z",
                        },
                    ]
                }
            },
        },
        "viewing_history",
    ),
]


@pytest.mark.parametrize(("note", "example", "category"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round240_positives(
    engine: Engine, note: str, example: dict[str, Any], category: str
) -> None:
    assert category in _categories(engine, example), note


def test_round240_set_top_box_rule(engine: Engine) -> None:
    example = {
        "url": "https://mw.example-tv.ge/portal/stb/v2/stat",
        "method": "POST",
        "json": {
            "arxis_nomeri": 7,
            "arxi": "Formula",
            "dasacqisi": "2025-04-02T19:00:00Z",
            "wamebi": 940,
        },
    }
    assert ("viewing_history", "viewing_history.set_top_box_tuning_row") in _findings(
        engine, example
    )


def test_round240_named_podcast_position(engine: Engine) -> None:
    example = {
        "url": "https://api.example-audio.ge/v1/podcast/p-9/progresi",
        "method": "PATCH",
        "json": {"პოდკასტი": "Saubrebi", "ეპიზოდი": 21, "პოზიცია": 1312},
    }
    assert (
        "viewing_history",
        "viewing_history.progress_path_episode_bare_position",
    ) in _findings(engine, example)


def test_round240_negatives(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 12
    for line in lines:
        example = json.loads(line)
        found = _categories(engine, example) & {"viewing_history", "biometric"}
        assert not found, example["note"]
