"""Round 57 A viewing recall and precision (set 211 as a development set): the families
behind its misses and false positives, tested in spellings and apps the set never used.

- Precision: a position of 0 (`start_position`, `startAt`, `inicio`, `posicion_inicio`)
  is where a player starts, sent with a trailer's or any item's metadata; it no longer
  makes a media id "a media id with a playback position" (`playback_record`).
- A playhead read from its place, not its key (`duration_bounded_playhead`): written to a
  path saying watching or progress in any lexicon language, an object naming one piece (a
  media id or a title) with its duration and exactly one other integer inside it.
- AppsFlyer `af_content_view` with an id and no content type, sent by an app whose
  Android app id says it streams video (`content_view_streaming_app`).

Hard negatives (negatives_round211_view.jsonl): trailer and item cards with a start
position of 0 in six languages, an upload's, a download's, a quiz's, a delivery's, a
workout's and a trip's progress, a class's average stop position, a course's completed
lessons, an e-book's page, a rating, a timetable slot, a shop's, a news app's and a
school app's content views and a streaming app's subscription, search and merchandise.
Every example is written for this test; none is copied from held-out traffic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.bounded_progress import duration_bounded_playhead
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round211_view.jsonl"
_AF = "https://inapps.appsflyer.com/api/v6.15/androidevent?app_id="


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round211_view_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


@pytest.mark.parametrize(
    "value",
    [
        {"episode_id": "ep-3", "title": "Pilot", "wetin_i_don_see": 1200, "duration": 2700},
        {"video_id": "v-1", "kichwa": "Somo 4", "nafasi_video": 300, "muda": 1800},
        {"course": "C-2", "title": "Digital Safety", "ibi_ti_mo_de": 410, "duration": 900},
        {"film_id": "f-1", "baslik": "Dizi", "izledigim": 2210, "sure": 2700, "bitti": False},
    ],
)
def test_round211_bounded_playhead_reads(value: dict[str, Any]) -> None:
    assert duration_bounded_playhead(value)


@pytest.mark.parametrize(
    "value",
    [
        {"film_id": "f-1", "title": "T", "start_position": 0, "duration": 111},
        {"film_id": "f-1", "title": "T", "a": 100, "b": 200, "duration": 6900},
        {"film_id": "f-1", "title": "T", "reached": 7000, "duration": 6900},
        {"file_id": "x-1", "title": "T", "uploaded": 300, "duration": 600},
        {"title": "T", "reached": 300},
        {"film_id": "f-1", "title": "T", "avg_position": 300, "duration": 600},
    ],
)
def test_round211_bounded_playhead_rejects(value: dict[str, Any]) -> None:
    assert duration_bounded_playhead(value) is None


POSITIVES = [
    (
        "a Pidgin series app's progress: the playhead under a key no lexicon holds",
        {
            "url": "https://api.example-naija.ng/api/v2/watch/progress",
            "method": "POST",
            "json": {
                "episode_id": "ep-3",
                "title": "Pilot",
                "wetin_i_don_see": 1200,
                "duration": 2700,
                "finished": False,
            },
        },
        "viewing_history.progress_path_bounded_playhead",
    ),
    (
        "a Swahili lesson video's progress (maendeleo = progress)",
        {
            "url": "https://api.example-shule.co.tz/v1/video/maendeleo",
            "method": "PUT",
            "json": {"video_id": "v-1", "kichwa": "Somo 4", "nafasi_video": 300, "muda": 1800},
        },
        "viewing_history.progress_path_bounded_playhead",
    ),
    (
        "a Hausa film app's watching path (kallo = watching)",
        {
            "url": "https://api.example-kannywood.ng/v1/kallo",
            "method": "POST",
            "json": {"film_id": "kw-7", "title": "Labarina", "inda_na_tsaya": 3021, "tsawon": 5400},
        },
        "viewing_history.progress_path_bounded_playhead",
    ),
    (
        "a continue-watching answer with a real position still reads as playback",
        {
            "url": "https://api.example-ott.com/v1/me/continue-watching",
            "method": "GET",
            "response": {"json": {"items": [{"episodeId": "ep_31ab", "position_s": 1422}]}},
        },
        "viewing_history.playback_record",
    ),
    (
        "an AppsFlyer content view from a film app, id and title only",
        {
            "url": _AF + "com.example.flixng&buildnumber=6.15.0",
            "json": {
                "eventName": "af_content_view",
                "eventValue": json.dumps({"af_content_id": "fx-11", "af_content": "Ojo"}),
            },
            "method": "POST",
        },
        "viewing_history.content_view_streaming_app",
    ),
    (
        "an AppsFlyer content view from a TV app",
        {
            "url": _AF + "com.example.tvplus&buildnumber=6.15.0",
            "json": {
                "eventName": "af_content_view",
                "eventValue": json.dumps({"af_content_id": "ep-902"}),
            },
            "method": "POST",
        },
        "viewing_history.content_view_streaming_app",
    ),
]


@pytest.mark.parametrize(("note", "example", "rule"), POSITIVES, ids=[p[0][:40] for p in POSITIVES])
def test_round211_view_positives(
    engine: Engine, note: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _viewing(engine, example), note
