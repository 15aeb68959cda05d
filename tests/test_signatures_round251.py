"""Round 64 (set 251): Cantonese words, a box's channel now, named events, estimated emotions.

Set 251 is a Macau casino-resort surveillance manager's work phone. Its misses, by cause:
- Cantonese (Jyutping) words the readings lacked: 劇 `kek` (drama), 集 `zaap` / `zap`
  (episode), 片名 / 歌名 / 劇名 (title), 記錄 `geiluk` (record), 長度 `coengdou` (length),
  完 `jyun` (finished), 睇咗 / 聽咗 (watched, listened), 時 `si` ("at": `bo_fong_si`),
  phrases written apart (`go_sau`, `bo_fong`, `zeoi_gan`), Mandarin 劇名 `juming`; and
  號 `hou` (number) for a device number (`x-citbei-hou`). Words in
  exfilwatch/detect/lexicon/viewing.yaml and device.yaml.
- a hotel's interactive TV lists its boxes with the channel each room shows and since
  when: viewing_history.set_top_box_channel_now_status (structures/box_channel_now.py);
  a floor in the query had made it read as a venue's screens, and a numbered room now
  says a guest's own TV (playouts.venue_playout);
- an AppsFlyer event named in Cantonese for an episode watched to the end:
  viewing_history.media_done_event_name_any_language (structures/media_done_event_names.py);
- a face-recognition system's sightings with an emotion estimated for each recognised
  patron and no face word: biometric.recognised_person_emotion_estimate
  (structures/person_emotion_estimates.py).
Precision: tests/fixtures/negatives/negatives_round251.jsonl.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round251.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _response(obj: Any) -> dict[str, Any]:
    return {
        "status": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(obj, ensure_ascii=False),
    }


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("kek_meng", ("title",)),
        ("dinsikek_id", ("drama", "id")),
        ("zaap_sou", ("episode",)),
        ("gei_luk", ("history",)),
        ("coeng_dou", ("duration",)),
        ("teng_jyun", ("finished",)),
        ("tai_zo_miu", ("watched", "seconds")),
        ("teng_zo_miu", ("listened", "seconds")),
        ("bo_fong_si", ("playback", "at")),
        ("zeoi_gan", ("recently",)),
        ("劇名", ("title",)),
    ],
)
def test_cantonese_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


CANTONESE_VIEW_POSITIVES = [
    # a Cantonese drama app's watch progress: drama, episode count, position, length
    {
        "url": "https://api.example-kek.hk/v2/tai/zeondou",
        "method": "PUT",
        "json": {
            "dinsikek_id": "d-44",
            "kek_meng": "Nei Dei",
            "zaap_sou": 7,
            "waizi": 611,
            "coeng_dou": 2700,
        },
    },
    # a Cantonese radio app's listening record: song title, singer, seconds listened
    {
        "url": "https://api.example-diantoi.hk/v1/teng/gei_luk",
        "method": "POST",
        "json": {
            "go_meng": "Sai Gaai",
            "go_sau": "Ji Jan",
            "teng_zo_miu": 188,
            "sigaan": "2025-03-04T09:00:00Z",
        },
    },
]


@pytest.mark.parametrize("example", CANTONESE_VIEW_POSITIVES, ids=lambda e: e["url"])
def test_cantonese_viewing_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


DEVICE_NUMBER_POSITIVES = [
    {
        "url": "https://api.example-radio.hk/v2/register",
        "method": "POST",
        "json": {"citbei_hou": "9f2c41ab07de5531", "baan_bun": "3.1"},
    },
    {
        "url": "https://api.example-tv.hk/v1/sync",
        "method": "POST",
        "headers": {"x-sit-bei-hou": "9f2c41ab07de5531"},
        "json": {"a": 1},
    },
]


@pytest.mark.parametrize("example", DEVICE_NUMBER_POSITIVES, ids=lambda e: e["url"])
def test_cantonese_device_number_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


BOX_NOW_POSITIVES = [
    # a cruise line's cabin TVs, each with the channel on and since when
    {
        "url": "https://tv.example-cruise.com/iptv/v1/decks/7/cabins",
        "method": "GET",
        "response": _response(
            {
                "cabins": [
                    {
                        "cabin": "7021",
                        "tv": "on",
                        "channel": "BBC World",
                        "on_since": "2025-03-04T21:02:00Z",
                    },
                    {
                        "cabin": "7023",
                        "tv": "standby",
                        "channel": "CNN",
                        "on_since": "2025-03-04T18:40:00Z",
                    },
                ]
            }
        ),
    },
    # a hotel's interactive TV status per room at a floor (the floor in the query)
    {
        "url": "https://itv.example-hotel.pt/itv/v2/stb/estado?andar=4",
        "method": "GET",
        "response": _response(
            {
                "quartos": [
                    {
                        "quarto": "412",
                        "power": "on",
                        "canal": "RTP 1",
                        "since": "2025-03-04T20:00:00Z",
                    }
                ]
            }
        ),
    },
]


@pytest.mark.parametrize("example", BOX_NOW_POSITIVES, ids=lambda e: e["url"])
def test_box_channel_now_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


NAMED_EVENT_POSITIVES = [
    # a Portuguese TV app's AppsFlyer event for an episode watched (episodio_assistido)
    {
        "url": "https://inapps.appsflyer.com/api/v6.15/androidevent?app_id=pt.example.tv",
        "method": "POST",
        "json": {
            "eventName": "episodio_assistido",
            "eventValue": '{"af_content_type":"episodio","af_content_id":"e-31"}',
        },
    },
    # a Cantonese radio app's event for a song listened to the end (teng_jyun)
    {
        "url": "https://inapps.appsflyer.com/api/v6.15/androidevent?app_id=hk.example.radio",
        "method": "POST",
        "json": {
            "eventName": "go_teng_jyun",
            "eventValue": '{"af_content_type":"song","af_content":"Sai Gaai"}',
        },
    },
]


@pytest.mark.parametrize("example", NAMED_EVENT_POSITIVES, ids=lambda e: e["url"])
def test_named_media_done_event_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


EMOTION_POSITIVES = [
    # an airport lounge's recognised members with an estimated emotion and a similarity
    {
        "url": "https://vision.example-lounge.com/api/v3/recognitions",
        "method": "GET",
        "response": _response(
            {
                "items": [
                    {
                        "member_no": "M-1182",
                        "similarity": 0.93,
                        "estimated_emotion": "tired",
                        "gate": "B7",
                    }
                ]
            }
        ),
    },
    # a German-keyed store analytics match (Kunde, geschaetzte Emotion, Score in percent)
    {
        "url": "https://analyse.example-handel.de/api/v1/treffer",
        "method": "POST",
        "json": {
            "kunde_id": "K-77",
            "emotion_geschaetzt": "neutral",
            "score": 88,
            "kamera": "Eingang",
        },
    },
]


@pytest.mark.parametrize("example", EMOTION_POSITIVES, ids=lambda e: e["url"])
def test_recognised_person_emotion_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
