"""Round 64 (set 253): the readings behind the misses, in spellings and apps the set never used.

- Viewing: a minutes count abbreviated LAST after another language's watched word
  (`odgledano_min`, `prosmotreno_min`: exfilwatch/detect/structures/playback_words.py; the
  English `watched_min` stays a threshold), and Bulgarian `gledani` / `gledana` (watched), in
  an attribution event's params; a Firebase event named for the act and its phase alone
  (`sledovani_dokonceno`, `izleme_bitti`) whose params name the piece and say how far, now read
  in the SDK's protobuf bundle as in its JSON form (structures/measurement_json.py,
  viewing_history.measurement_act_phase_event), with Bulgarian `kray` / `zavarsheno` (end,
  completed); Bulgarian Cyrillic `продължителност` / `дължина` (duration) as the key reader
  folds them (ъ dropped); a Kaltura OTT bookmark or asset-history object with its position
  (viewing_history.kaltura_ott_bookmark_position); a Gemius hit's `continuePlaying` event.
- Precision: tests/fixtures/negatives/negatives_round253.jsonl (an EV charging station's
  session, a weather station, a catalogue's minimum running time, a threshold of minutes
  watched, Kaltura channel and device positions, a download's or a tap's event, a bank
  period's end).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round253.jsonl"
BIO = {"biometric"}
DEV = {"device_id"}
VIEW = {"viewing_history"}
PROTOBUF = {"content-type": "application/x-protobuf"}


def _response(obj: Any) -> dict[str, Any]:
    return {
        "status": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(obj, ensure_ascii=False),
    }


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("odgledano_min", ("watched", "minutes")),
        ("prosmotreno_min", ("watched", "minutes")),
        ("гледани_мин", ("watched", "minutes")),
        ("gledana", ("watched",)),
        ("продължителност_сек", ("duration", "seconds")),
        ("дължина", ("duration",)),
        ("zavarsheno", ("finished",)),
        ("гледане_край", ("watching", "finished")),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize("key", ["watched_min", "min_watched", "trajanje_min"])
def test_minimum_stays_unread(key: str) -> None:
    """An English `watched_min` and a `duration_min` are a threshold's or a filter's minimum."""
    assert "minutes" not in play_words(key)


MINUTES_WATCHED = [
    # sr: an Adjust event's partner params, minutes watched abbreviated last
    {
        "url": "https://app.adjust.net.in/event",
        "method": "POST",
        "form": {
            "event_token": "w8tq2m",
            "partner_params": json.dumps(
                {"serija": "Bolji zivot", "epizoda": "7", "odgledano_min": "42"}
            ),
        },
    },
    # ru: an AppsFlyer content view of an episode with the minutes watched
    {
        "url": "https://inapps.appsflyer.com/api/v6.15/androidevent?app_id=ru.example.kino",
        "method": "POST",
        "json": {
            "eventName": "af_content_view",
            "eventValue": json.dumps(
                {"af_content_id": "ep-5512", "af_content_type": "seriya", "prosmotreno_min": 27}
            ),
        },
    },
    # cs: an app's own event, the episode and the minutes watched
    {
        "url": "https://api.example-vod.cz/v1/udalosti",
        "method": "POST",
        "json": {"serial": "Ordinace", "epizoda": 412, "zhlednuto_min": 18},
    },
]


@pytest.mark.parametrize("example", MINUTES_WATCHED, ids=lambda e: e["url"])
def test_minutes_watched_abbreviated_last(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history.playback_record" in signatures_found(engine, example, VIEW)


ACT_PHASE_EVENTS = [
    # cs: watching completed, the episode and the position in seconds
    (
        "https://app-measurement.com/a",
        (
            "ClQIARI4CgsKB2VwaXpvZGEYCQoNCghwb3ppY2VfcxjqEhITc2xlZG92YW5pX2Rva29uY2VubxiA8OHt"
            "tzNCB2FuZHJvaWRyDWN6LmV4YW1wbGUudHY="
        ),
    ),
    # ru: viewing completed, the episode (seriya) and the position
    (
        "https://region1.app-measurement.com/a",
        (
            "CloIARI8CgoKBnNlcml5YRgOChIKDXBveml0c2l5YV9zZWsY8AsSE3Byb3Ntb3RyX3phdmVyc2hlbm8Y"
            "gPDh7bczQgdhbmRyb2lkcg9ydS5leGFtcGxlLmtpbm8="
        ),
    ),
    # tr: watching ended, the episode (bolum) and seconds
    (
        "https://app-measurement.com/a",
        (
            "CksIARItCgkKBWJvbHVtGBUKCwoGc2FuaXllGIgOEgxpemxlbWVfYml0dGkYgPDh7bczQgdhbmRyb2lk"
            "cg90ci5leGFtcGxlLmRpemk="
        ),
    ),
]


@pytest.mark.parametrize(("url", "body"), ACT_PHASE_EVENTS, ids=["cs", "ru", "tr"])
def test_firebase_act_phase_event(engine: Engine, url: str, body: str) -> None:
    example = {"url": url, "method": "POST", "headers": PROTOBUF, "body_base64": body}
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.measurement_act_phase_event" in found, found


RADIO_SESSIONS = [
    # bg Cyrillic: a radio session, the station, its start and its duration (продължителност)
    {
        "url": "https://api.example-radio.bg/v2/radio/zapis",
        "method": "POST",
        "json": {
            "радиостанция": "БГ Радио",
            "начало": "2026-02-01T18:00:00Z",
            "продължителност": 2710,
        },
    },
    # bg Cyrillic: the length (дължина) in seconds
    {
        "url": "https://api.example-radio.bg/v2/radio/zapis",
        "method": "POST",
        "json": {"радиостанция": "Fresh", "начало": "2026-02-01T20:00:00Z", "дължина_сек": 1200},
    },
]


@pytest.mark.parametrize("example", RADIO_SESSIONS, ids=lambda e: json.dumps(e["json"]))
def test_bulgarian_cyrillic_duration(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.radio_listening_session_row" in found, found


KALTURA = [
    # a phone app posting where it paused an EPG programme
    {
        "url": "https://rest-eu.ott.kaltura.com/api_v3/service/bookmark/action/add",
        "method": "POST",
        "json": {
            "apiVersion": "5.4.0",
            "ks": "djJ8NDQ0fHh5ejEyMw",
            "bookmark": {
                "objectType": "KalturaBookmark",
                "id": "8812",
                "type": "epg",
                "position": 611,
                "playerData": {"objectType": "KalturaBookmarkPlayerData", "action": "PAUSE"},
            },
        },
    },
    # an operator's own host answering the watch history
    {
        "url": "https://api.example-iptv.hu/api_v3/service/assetHistory/action/list",
        "method": "POST",
        "json": {"apiVersion": "6.2.0", "filter": {"objectType": "KalturaAssetHistoryFilter"}},
        "response": _response(
            {
                "result": {
                    "objectType": "KalturaAssetHistoryListResponse",
                    "objects": [
                        {
                            "objectType": "KalturaAssetHistory",
                            "assetId": 4410,
                            "position": 300,
                            "duration": 2700,
                            "finishedWatching": False,
                        }
                    ],
                    "totalCount": 1,
                }
            }
        ),
    },
]


@pytest.mark.parametrize("example", KALTURA, ids=lambda e: e["url"])
def test_kaltura_bookmark_position(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.kaltura_ott_bookmark_position" in found, found


GEMIUS = [
    # cs: a Czech player's keep-alive naming the series and its part (dil)
    "https://spir.hit.gemius.pl/_1767340822222/redot.gif?id=AbCdEf.0123&ev=continuePlaying"
    "&extra=serial%3Dpolicie-modrava%7Cdil%3D44",
    # hu: a Hungarian player's keep-alive (sorozat, epizod)
    "https://hu.hit.gemius.pl/_1767340833333/redot.gif?id=ZzYy.778&event=continue_playing"
    "&extra=sorozat%3Dfoldes-uton%7Cepizod%3D1203",
]


@pytest.mark.parametrize("url", GEMIUS)
def test_gemius_continue_playing(engine: Engine, url: str) -> None:
    found = signatures_found(engine, {"url": url, "method": "GET"}, VIEW)
    assert "viewing_history.gemius_extra_named_series_player_event" in found, found


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
