"""Round 63 (set 244): isiZulu / isiXhosa viewing words, in spellings and apps the set never used.

The readings were there; the words were not: `isiqephu` / `isiqendu` (episode),
`uchungechunge` / `uthotho` (series), `inqubekela` / `inkqubela` (progress), `iphesenti` /
`ipesenti` (percent), `qhubeka` (continue), `ezisanda` (recently), `kudlalwe` (played),
`isiteshi` / `isitishi` (channel), `umsakazo` / `unomathotholo` (radio), `bukhoma` (live)
and the noun-class, locative and possessive forms of `buka` / `bukela` (watch) and `lalela`
(listen): `ibukiwe`, `elibukiwe`, `wokubuka`, `wokubukela`, `ilalelwe`. The words are in
exfilwatch/detect/lexicon/viewing.yaml. Precision:
tests/fixtures/negatives/negatives_round244.jsonl (a railway station, a discount, a loan's
progress, an order history, a book series, Indonesian `buka` "open").

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round244.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _response(obj: Any) -> dict[str, Any]:
    return {"status": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(obj)}


VIEW_POSITIVES = [
    # xh: watch progress, series (uthotho), episode (isiqendu), time
    {
        "url": "https://api.example-tv.co.za/v2/ukubukela/inkqubela",
        "method": "POST",
        "json": {"uthotho_id": "s-4", "isiqendu": 12, "isikhathi": 840, "ubude": 1500},
    },
    # zu: plural episode (iziqephu), class-o series, seconds
    {
        "url": "https://api.example-tv.co.za/v2/ukubuka/inqubekela",
        "method": "PUT",
        "json": {"ochungechunge": "Imbewu", "iziqephu": 88, "imizuzwana": 1320},
    },
    # xh: continue watching rows
    {
        "url": "https://api.example-vod.co.za/v1/mina/qhubeka-ukubukela",
        "method": "GET",
        "response": _response(
            {
                "qhubeka": [
                    {"uthotho_id": "t1", "isiqendu": 3, "isikhathi": 410},
                    {"uthotho_id": "t2", "isiqendu": 9, "isikhathi": 95},
                ]
            }
        ),
    },
    # xh: a radio station listened to, minutes listened
    {
        "url": "https://api.example-radio.co.za/v2/unomathotholo/seshini",
        "method": "POST",
        "json": {"isitishi": "Umhlobo Wenene FM", "imizuzu_ilalelwe": 45},
    },
    # zu: a radio station with seconds listened
    {
        "url": "https://api.example-radio.co.za/v2/umsakazo/lalela",
        "method": "POST",
        "json": {
            "isiteshi": "Ligwalagwala FM",
            "imizuzwana_ilalelwe": 3600,
            "isiqalo": "2025-03-01T06:00:00Z",
        },
    },
    # zu: recently listened songs with the time each was played
    {
        "url": "https://api.example-music.co.za/v1/mina/ezisanda-kulalelwa",
        "method": "GET",
        "response": _response(
            {
                "ezisanda": [
                    {
                        "ingoma": "Jerusalema",
                        "umculi": "Master KG",
                        "kudlalwe": "2025-03-01T07:00:00Z",
                    },
                    {
                        "ingoma": "Sugar Sugar",
                        "umculi": "Mafikizolo",
                        "kudlalwe": "2025-03-01T07:05:00Z",
                    },
                ]
            }
        ),
    },
    # xh: Adjust partner_params (not callback_params) with series, episode, percent watched
    {
        "url": "https://app.adjust.com/event",
        "method": "POST",
        "form": {
            "app_token": "abc123",
            "event_token": "ev12",
            "partner_params": json.dumps(
                {"uthotho": "Skeem Saam", "isiqendu": "41", "ipesenti_ebukiwe": "90"}
            ),
        },
    },
    # zu: Meta content view of a live video with seconds watched
    {
        "url": "https://graph.facebook.com/v19.0/99887766/activities",
        "method": "POST",
        "form": {
            "event": "CUSTOM_APP_EVENTS",
            "custom_events": json.dumps(
                [
                    {
                        "_eventName": "fb_mobile_content_view",
                        "fb_content_type": "ividiyo_ebukhoma",
                        "fb_content_id": "77",
                        "imizuzwana_ebukiwe": 300,
                    }
                ]
            ),
        },
    },
    # zu: live channel heartbeat in minutes
    {
        "url": "https://api.example-tv.co.za/v3/ebukhoma/heartbeat",
        "method": "POST",
        "json": {"isiteshi": "eTV", "imizuzu": 5},
    },
    # xh spelling of the path: a watch history of episodes
    {
        "url": "https://api.example-vod.co.za/v1/mina/umlando-wokubukela",
        "method": "GET",
        "response": _response(
            {
                "umlando": [
                    {"uthotho_id": "t1", "isiqendu": 3, "usuku": "2025-03-01T20:00:00Z"},
                    {"uthotho_id": "t2", "isiqendu": 9, "usuku": "2025-03-02T21:00:00Z"},
                ]
            }
        ),
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("iziqephu", ("episode",)),
        ("isiqendu", ("episode",)),
        ("uthotho", ("series",)),
        ("inkqubela", ("progress",)),
        ("iphesenti_elibukiwe", ("percent", "watched")),
        ("isitishi", ("channel",)),
        ("bukhoma", ("live",)),
        ("wokubukela", ("watching",)),
        ("ezisanda", ("recently",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_viewing_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
