"""Round 66 (set 256): Fijian and Fiji Hindi apps, a decoder's DVB audience report, an identity
workflow's results by capability and a device token bound beside the phone's ids.

What was missing, and what was chosen:

- Fijian viewing words (exfilwatch/detect/lexicon/viewing.yaml): `gauna` (time), `gauna tu`
  (the time it stands at: position), `gauna taucoko` / `balavu ni gauna` (the whole time:
  duration), `wasea` (a part: episode), `yaca` (name), `qito` (game, match), `sa raici` /
  `sa sarava` ("has been seen / watched"; not bare `raici`, a chat's "seen"); Fiji Hindi
  `bhajan` / `kirtan` (devotional song). The existing readers then find a series' watch
  position, a continue-watching list, a seen list, a match's seconds watched and a live
  kirtan heard;
- an AppsFlyer event whose name says watched (`sarava_oti`) with the piece named and the
  time watched, whatever content type the app gave it (structures/media_done_event_names.py);
- a set-top box's audience report in DVB's terms, a service, its channel, the event (DVB's
  programme), when and how long, under a tune key (viewing_history/dvb-service-tune-rows,
  structures/dvb_tunes.py), never a head-end's or a transmitter's own tuning nor a
  recorder's timers;
- an identity workflow's results by capability: a similarity run over a selfie with its
  verdict, a liveness run with the age predicted from the face (biometric/face-capability-
  results, structures/capability_results.py);
- a device token in a body beside the IMEI or the Android ID (device binding): the phone's
  key, which the session reader then finds in a later `x-device-token` header
  (device_id/device-key-body-beside-hardware-ids).

Precision: tests/fixtures/negatives/negatives_round256.jsonl (a Fijian shop, news, bus
timetable, rugby fixtures and support chat, a temple's calendar, a game's and a shop's
events, a workflow definition, a search engine's capabilities, a head-end's tuning, a box's
timers, a music app's saved tunes, a push registration, a wallet call without ids, a
school's tablet enrolment).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round256.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

FIJIAN_POSITIVES = [
    # a series' watch position: episode part, time it stands at, the whole time
    {
        "url": "https://api.example-yaloyalo.fj/v1/sarava/vakatakilai",
        "method": "PUT",
        "json": {
            "italanoa_id": "ep-7731",
            "yaca": "Na Koro ni Vula",
            "wasea": 3,
            "gauna_tu": 1204,
            "gauna_taucoko": 2700,
        },
    },
    # a continue-watching list read back
    {
        "url": "https://api.example-yaloyalo.fj/v1/me/tomana",
        "method": "GET",
        "response": {
            "json": {
                "tomana": [
                    {
                        "italanoa_id": "ep-11",
                        "yaca": "Lomaiviti",
                        "wasea": 2,
                        "gauna_tu": 640,
                        "gauna_taucoko": 2400,
                    },
                    {
                        "italanoa_id": "ep-19",
                        "yaca": "Vanua Levu",
                        "wasea": 6,
                        "gauna_tu": 88,
                        "gauna_taucoko": 1800,
                    },
                ]
            }
        },
    },
    # a rugby sevens match watched live, with seconds watched
    {
        "url": "https://api.example-rakavi.fj/v2/vakaraitaki/bula",
        "method": "POST",
        "json": {"qito_id": 9012, "qito": "Fiji v Samoa", "sekodi_sarava": 1320, "live": True},
    },
]

SEEN_LIST = {
    "url": "https://api.example-yaloyalo.fj/v1/me/sa-raici",
    "method": "GET",
    "response": {
        "json": {
            "sa_raici": [
                {
                    "italanoa_id": "ep-41",
                    "yaca": "Bula Vinaka",
                    "wasea": 1,
                    "siga": "2025-05-01T08:00:00Z",
                },
                {
                    "italanoa_id": "ep-42",
                    "yaca": "Bula Vinaka",
                    "wasea": 2,
                    "siga": "2025-05-02T08:00:00Z",
                },
            ]
        }
    },
}

KIRTAN_HEARD = {
    "url": "https://api.example-bhakti.fj/v2/kirtan/live/dhadkan",
    "method": "POST",
    "json": {
        "mandir": "Shiri Krishna Mandir, Lautoka",
        "kirtan": "Hanuman Chalisa",
        "suna_samay": 120,
    },
}

APPSFLYER_WATCHED = {
    "url": "https://inapps.appsflyer.com/api/v6.15/androidevent?app_id=fj.example.tv",
    "method": "POST",
    "json": {
        "eventName": "sarava_oti",
        "eventValue": json.dumps(
            {
                "af_content_id": "m-551",
                "af_content": "Bati Levu",
                "af_content_type": "rakavi",
                "gauna_sarava": 2210,
            }
        ),
    },
}

DVB_POSITIVES = [
    {
        "url": "https://rpd.example-decoder.tv/v3/report",
        "method": "POST",
        "headers": {"content-type": "application/xml"},
        "body": (
            '<?xml version="1.0"?><Report box="dx-118"><Tune service="405" channel="Mai TV" '
            'event="Evening News" start="2025-05-03T18:00:00Z" seconds="1800"/><Tune '
            'service="406" channel="Fiji One" event="Drama Hour" start="2025-05-03T18:30:00Z" '
            'seconds="3300"/></Report>'
        ),
    },
    {
        "url": "https://stats.example-cable.fj/box/audience",
        "method": "POST",
        "json": {
            "tuned": [
                {
                    "sid": 77,
                    "channel": "Sports 2",
                    "event": "Sevens Final",
                    "startedAt": 1746302400,
                    "durationSec": 1300,
                }
            ]
        },
    },
]

CAPABILITY_POSITIVES = [
    {
        "url": "https://retrieval.example-kyc.com/api/v1/accounts/x/workflow-executions/y",
        "method": "GET",
        "response": {
            "json": {
                "capabilities": {
                    "similarity": [
                        {
                            "credentials": [{"category": "ID"}, {"category": "SELFIE"}],
                            "decision": {"type": "PASSED"},
                            "data": {"similarity": "MATCH"},
                        }
                    ]
                }
            }
        },
    },
    {
        "url": "https://api.example-lender.fj/v1/kyc/result",
        "method": "POST",
        "json": {
            "capabilities": {
                "liveness": [{"decision": {"type": "PASSED"}, "data": {"predictedAge": 27}}]
            }
        },
    },
]

DEVICE_BIND = {
    "url": "https://api.example-wallet.fj/v2/device/bind",
    "method": "POST",
    "json": {
        "imei": "490154203237518",
        "androidId": "1c9e4a7b2d5f8036",
        "deviceToken": "5b3d14c7ea237c277ed433b5b3f4b38df242e29f265d0137",
    },
}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("gauna_tu", ("position",)),
        ("gauna_taucoko", ("duration",)),
        ("gauna_sarava", ("time", "watching")),
        ("wasea", ("episode",)),
        ("yaca", ("name",)),
        ("qito_id", ("fixture", "id")),
        ("sa_raici", ("watched",)),
        ("kirtan", ("song",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


def test_bare_raici_is_no_watching() -> None:
    assert "watched" not in play_words("raici")


@pytest.mark.parametrize("example", FIJIAN_POSITIVES, ids=lambda e: e["url"])
def test_fijian_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def test_a_fijian_seen_list_is_found(engine: Engine) -> None:
    assert signatures_found(engine, SEEN_LIST, VIEW)


def test_a_live_kirtan_heard_is_found(engine: Engine) -> None:
    assert signatures_found(engine, KIRTAN_HEARD, VIEW)


def test_an_appsflyer_watched_event_with_time_watched_is_found(engine: Engine) -> None:
    found = signatures_found(engine, APPSFLYER_WATCHED, VIEW)
    assert "viewing_history.media_done_event_name_any_language" in found, found


@pytest.mark.parametrize("example", DVB_POSITIVES, ids=lambda e: e["url"])
def test_a_dvb_audience_report_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.dvb_service_tune_rows" in found, found


@pytest.mark.parametrize("example", CAPABILITY_POSITIVES, ids=lambda e: e["url"])
def test_face_capability_results_are_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, BIO)
    assert "biometric.face_capability_results" in found, found


def test_a_device_token_bound_beside_hardware_ids_is_found(engine: Engine) -> None:
    found = signatures_found(engine, DEVICE_BIND, DEV)
    assert "device_id.device_key_body_beside_hardware_ids" in found, found


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
