"""Round 67 (set 281): Samoan and Tongan apps, with ʻokina and macrons in their keys.

What was missing, and what was found where it should not be:

- a Braze custom event named in Tongan for a video watched (`{"n": "vakai_vitio", "p":
  {"vitio_id", "hingoa", "tuʻunga"}}`: view the video, its name, the position). Braze names
  the event `n` and its properties `p`; structures/named_event_positions.py now reads that
  pair, and a name that says the watching itself (`mamata_vitio`, `watch_video`, Tongan
  `vakai_vitio`) as well as a watching done, when the properties name the piece and hold a
  playhead of at least 30 seconds. Tongan `vakai` (to look at, to view) is a new lexicon
  class `view`, never `watching`: `/vakai-lahi-taha` ("most viewed") is a chart, and a view
  word at a path would make it a viewing endpoint. A feed's or a list's place is a slot;
- a church's live service status (`{"ola": true, "ulutala": .., "tagata_matamata": 270}`) read
  as a playback record at a watching path: `tagata mātamata` (Samoan "people watching") is
  the count of everyone on the stream. Samoan `tagata`, Tongan `kakai` and `kau` now join the
  people words before a watch or listen word (structures/aggregates.py), so the count is an
  audience, and the record has no time anyone watched. A church hall's screens are the
  church's own equipment; a count over everyone is nobody's viewing.

Precision: tests/fixtures/negatives/negatives_round281.jsonl (audience counts in Samoan and
Tongan, a most-viewed chart, a shop's product view, a feed's place, a shared video, a page
event, a map place viewed, a hall screen's schedule, a list place of 3).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round281.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}
BRAZE = "https://sdk.fra-02.braze.eu/api/v3/data/"


def _braze(name: str, props: dict[str, Any]) -> dict[str, Any]:
    event = {"name": "ce", "data": {"n": name, "p": props}, "time": 1733558510.2}
    return {"url": BRAZE, "method": "POST", "json": {"api_key": "k", "events": [event]}}


VIEWING_POSITIVES = [
    # Tongan: a video viewed, its name and the position reached (seconds)
    _braze("vakai_vitio", {"vitio_id": "TV-88", "hingoa": "Faiva ʻo e Uike", "tuʻunga": 742}),
    # Tongan: a video watched (mamata), position with a seconds word
    _braze("mamata_vitio", {"vitio_id": "TV-12", "hingoa": "Ongoongo", "tuʻunga_sekoni": 95}),
    # Samoan: a programme watched, its title and position
    _braze("matamata_polokalame", {"polokalame_id": "P-4", "ulutala": "Talanoa", "tulaga": 1260}),
    # Tongan: a song listened to, with the place in it
    _braze("fanongo_hiva", {"hiva_id": "H-301", "hingoa": "Lupe", "tuʻunga": 64}),
    # English under Braze's pair: a video watched at a playhead
    _braze("watch_video", {"video_id": "v-77", "title": "Pilot", "position": 1830}),
]


@pytest.mark.parametrize(
    ("word", "cls"),
    [("vakai", "view"), ("mamata", "watching"), ("matamata", "watching"), ("vitio", "video")],
)
def test_words_read_as_their_class(word: str, cls: str) -> None:
    assert cls in load("viewing").classes_of([word])


def test_vakai_is_not_watching() -> None:
    assert "watching" not in load("viewing").classes_of(["vakai"])


@pytest.mark.parametrize(
    "key", ["tagata_matamata", "tagata_mātamata", "kakai_mamata", "kau_fanongo", "tagata_faʻalogo"]
)
def test_samoan_and_tongan_audiences_are_aggregates(key: str) -> None:
    assert aggregate_key(key)


@pytest.mark.parametrize("key", ["tagata", "tuʻunga", "matamata_sekone", "hingoa"])
def test_other_keys_are_not_aggregates(key: str) -> None:
    assert not aggregate_key(key)


def _event_name(example: dict[str, Any]) -> str:
    return example["json"]["events"][0]["data"]["n"]


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=_event_name)
def test_a_named_braze_event_at_a_position_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, VIEW), example["json"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
