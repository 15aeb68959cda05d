"""Round 66 (set 260): a precision stress set from Aotearoa New Zealand (English and te reo
Māori keys, with and without macrons).

What was wrong, and what was chosen:

- a "most watched" chart (`tino_mātakitaki`, rows with `tatau_mātaki`, "count of watching")
  was read as playback records and a viewing list. Māori puts the count word first, as Hausa
  and Swahili do, so `tatau` / `maha` before a watch or listen word and `hunga` ("the people")
  before one are audience counts (structures/aggregates.py), and `tino mātakitaki` /
  `rongonui` ("most watched" / "popular") are the lexicon's `most` class (viewing.yaml);
- an audience-measurement camera's abbreviated estimates (`age_est`, `gender_est`) beside a
  head pose were not read as face analysis; they are now face-attribute keys
  (structures/faces.py). Other people's faces, estimated by a kiosk, are biometric;
- a camera record is no longer a public feed when it says how long a person watched it
  (`watchedSeconds`, `watch_time_min`): a member's log of the surf or ski cams they watched
  (structures/public_screens.py). A control room's operator watching a camera, a feed's
  stream-position beacon and a dashcam's recorded seconds stay out.

Precision: tests/fixtures/negatives/negatives_round260.jsonl (charts with view and listen
counts, a programme's viewer count, a cam beacon, a council's camera wall, a dashcam upload,
a camera shop, a museum's footfall counter and carved faces, a watch-face store).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round260.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


MAORI_COUNTS = [
    "tatau_mātaki",
    "tatauMataki",
    "maha_matakitaki",
    "hunga_mātakitaki",
    "tatau_whakarongo",
]


@pytest.mark.parametrize("key", MAORI_COUNTS)
def test_maori_counts_of_watching_are_aggregates(key: str) -> None:
    assert aggregate_key(key)


@pytest.mark.parametrize("key", ["mātaki_hēkona", "tatau", "tatau_hōtaka", "watchedSeconds"])
def test_one_viewers_keys_are_not_aggregates(key: str) -> None:
    assert not aggregate_key(key)


@pytest.mark.parametrize("key", ["tino_mātakitaki", "tino_matakitaki", "rongonui"])
def test_most_watched_in_maori_is_a_ranking(key: str) -> None:
    assert play_words(key) == ("most",)


AUDIENCE_FACE_POSITIVES = [
    # a signage screen's audience camera: each face's estimates and its head pose
    {
        "url": "https://api.example-signage.com/v2/screens/s-41/audience",
        "method": "POST",
        "json": {
            "screen": "s-41",
            "faces": [
                {
                    "id": 3,
                    "age_est": 34,
                    "gender_est": "female",
                    "emotion": "happy",
                    "head_pose": {"yaw": 4.1, "pitch": -2.0, "roll": 0.3},
                },
                {
                    "id": 4,
                    "age_est": 61,
                    "gender_est": "male",
                    "emotion": "neutral",
                    "head_pose": {"yaw": -18.5, "pitch": 6.2, "roll": 1.1},
                },
            ],
        },
    },
    # camel case, a predicted age and gender beside a face box quality score
    {
        "url": "https://retail-analytics.example.com/ingest/store/88",
        "method": "POST",
        "json": {
            "detections": [
                {
                    "predictedAge": 27,
                    "predictedGender": "M",
                    "dominantEmotion": "surprise",
                    "faceQuality": 0.82,
                    "dwellMs": 5400,
                },
            ]
        },
    },
    # a gallery screen's camera, one face per message
    {
        "url": "https://screens.example-gallery.org/api/v1/viewer",
        "method": "POST",
        "json": {"ageEst": 9, "genderEst": "F", "headPose": {"yaw": 12.0, "pitch": 3.5}},
    },
]


CAM_VIEW_POSITIVES = [
    # a surf site's member log: which cam, how long watched, from when
    {
        "url": "https://www.example-surf.com/api/account/cam-views",
        "method": "POST",
        "json": {
            "cam": "raglan-bar",
            "camName": "Raglan Bar",
            "watchedSeconds": 420,
            "startedAt": "2025-03-01T18:02:11Z",
            "quality": "1080p",
        },
    },
    # a ski resort's webcam, snake case, minutes watched
    {
        "url": "https://api.example-ski.com/v1/me/webcams/history",
        "method": "POST",
        "json": {
            "webcam": "summit-lift",
            "webcam_name": "Summit Lift",
            "watched_seconds": 95,
            "started_at": "2025-07-12T08:40:00Z",
        },
    },
]


@pytest.mark.parametrize("example", AUDIENCE_FACE_POSITIVES, ids=lambda e: e["url"])
def test_an_audience_cameras_face_estimates_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", CAM_VIEW_POSITIVES, ids=lambda e: e["url"])
def test_a_members_cam_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
