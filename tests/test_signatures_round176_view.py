"""Round 51 viewing recall (sets 171-175 as development sets): the families behind their
misses, tested in spellings and apps the sets never used.

- English words written as their consonants (`cntntId`, `epsdNo`, `lstnSec`, `chnlId`),
  generated from the viewing lexicon's English words (lexicon/abbreviations.py);
- a date or a time shortened as a key's last word (`lstnDttm`, `playDt`, `runTm`) and
  `yyyyMMddHHmmss` moments written as fourteen-digit strings;
- Korean ㅓ written `u` (`sichung`, `chungchwi`), as Korean names are spelled;
- Swahili verbs with their subject, tense and relative prefixes (`nilivyosikiliza`,
  `zilizochezwa`), generated from the lexicon's Swahili verbs (lexicon/swahili.py);
- `lastListen`: the last listen as a moment; a radio log kept under the medium's name,
  each row naming its station; a channel log path in another language (`nhat-ky-kenh`).

Hard negatives (negatives_round176_view.jsonl): "watching now" counts of live rooms and
stations (Vietnamese, Indonesian, English, Spanish), compact date-times of orders, parking
and trains, consonant abbreviations of jobs and events, a two-way radio's call log, a Swahili
shop's products seen, a club's members joined, a product's quality rating.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.lexicon.abbreviations import consonants
from exfilwatch.detect.lexicon.swahili import root
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures._common import compact_moment, is_moment
from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round176_view.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round176_view_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 15
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


@pytest.mark.parametrize(
    ("word", "form"),
    [("channel", "chnl"), ("episode", "epsd"), ("content", "cntnt"), ("listen", "lstn"),
     ("position", "pstn"), ("title", None), ("season", None), ("start", None)],
)  # fmt: skip
def test_consonant_forms(word: str, form: str | None) -> None:
    assert consonants(word) == form


@pytest.mark.parametrize(
    ("key", "words"),
    [("cntntId", ("content", "id")), ("epsdNo", ("episode", "no")),
     ("lstnSec", ("listen", "sec")), ("plybckPstn", ("playback", "position")),
     ("lstnDttm", ("listen", "date")), ("playDt", ("play", "date")),
     ("chungchwiSec", ("listen", "sec")), ("sichungBun", ("watching", "minutes")),
     ("lastListen", ("last", "listened")), ("vipindi_nilivyosikiliza", ("vipindi", "listened")),
     ("zilizochezwa", ("played",)), ("am_thanh_id", ("track", "id")),
     ("chat_luong", ("unrelated",))],
)  # fmt: skip
def test_keys_read_as_their_classes(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


def test_swahili_roots_and_forms() -> None:
    assert root("kutazama") == "tazama"
    assert root("iliyochezwa") == "chezwa"
    lexicon = load("viewing")
    assert lexicon.word("nilichotazama") == "watched"
    assert lexicon.word("tunasikiliza") == "listen"
    assert lexicon.word("ameskiza") == "listened"


def test_compact_moments() -> None:
    assert is_moment("20250103194500")
    assert compact_moment("20250231120000") is None  # no 31st of February
    assert not is_moment("19990103194500")
    assert not is_moment("20250103194500123")  # an order number that starts with a date


@pytest.mark.parametrize(
    ("key", "audience"),
    [("dang_xem", True), ("watchingNow", True), ("sedang_menonton", True),
     ("escuchando_ahora", True), ("xem_giay", False), ("now_playing", False)],
)  # fmt: skip
def test_watching_now_is_an_audience(key: str, audience: bool) -> None:
    assert aggregate_key(key) is audience


_POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "a Japanese VOD app's play report in consonant abbreviations",
        {
            "url": "https://api.example-vod.jp/v2/play/report",
            "method": "POST",
            "json": {
                "memberNo": "M0091",
                "cntntId": "DR-4410-07",
                "epsdNo": 7,
                "plybckPstn": 1320,
                "drtnSec": 2700,
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "a Korean music app's listening rows with compact date-times",
        {
            "url": "https://api.example-music.co.kr/v1/history/sync",
            "method": "POST",
            "json": {
                "trckList": [
                    {
                        "trckId": 88120,
                        "artstNm": "Hyukoh",
                        "lstnSec": 205,
                        "lstnDttm": "20250103101500",
                    },
                    {
                        "trckId": 88121,
                        "artstNm": "Jannabi",
                        "lstnSec": 188,
                        "lstnDttm": "20250103101900",
                    },
                ]
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "a Japanese set-top box's channel log with yyyyMMddHHmmss ends",
        {
            "url": "https://stb.example-iptv.co.jp/api/log/channel",
            "method": "POST",
            "json": {
                "chLog": [
                    {"chNm": "NHK G", "strtDt": "20250103190000", "endDt": "20250103194500"},
                    {"chNm": "TBS", "strtDt": "20250103194500", "endDt": "20250103200000"},
                ]
            },
        },
        "viewing_history.channel_tuning_rows",
    ),
    (
        "a Tanzanian podcast app's programmes I listened to (Swahili prefixes)",
        {
            "url": "https://api.example-podcast.co.tz/v1/mimi/historia",
            "response": {
                "json": {
                    "vipindi_nilivyosikiliza": [
                        {"kipindi": "Habari za Asubuhi", "dakika": 25},
                        {"kipindi": "Michezo Leo", "dakika": 40},
                    ]
                }
            },
        },
        "viewing_history.viewing_list_any_language",
    ),
    (
        "a French car's infotainment radio log, each row a station",
        {
            "url": "https://api.example-car.fr/v1/infotainment/journal",
            "method": "POST",
            "json": {
                "radio": [
                    {"station": "Radio Nova", "debut": "2025-01-03T08:10:00Z", "duree_sec": 900},
                    {"station": "FIP", "debut": "2025-01-03T08:25:00Z", "duree_sec": 600},
                ]
            },
        },
        "viewing_history.channel_log_rows",
    ),
    (
        "a Vietnamese TV app's channel log path with a stream quality",
        {
            "url": "https://api.example-truyenhinh.vn/v1/nhat-ky-kenh",
            "method": "POST",
            "json": {
                "kenh": "VTV3",
                "bat_dau_luc": "2025-01-03T20:00:00Z",
                "ket_thuc_luc": "2025-01-03T21:10:00Z",
                "chat_luong": "1080p",
            },
        },
        "viewing_history.channel_switch_report",
    ),
    (
        "a music app's recent rows with the last listen's moment",
        {
            "url": "https://api.example-nhac.vn/v2/user/recent",
            "response": {
                "json": {
                    "items": [
                        {
                            "id": "S1",
                            "title": "Mot Nha",
                            "artist": "Da LAB",
                            "lastListen": 1735900000,
                        },
                        {"id": "S2", "title": "Hai Dua", "artist": "Den", "lastListen": 1735901000},
                    ]
                }
            },
        },
        "viewing_history.watched_rows_any_key",
    ),
]


@pytest.mark.parametrize(("note", "example", "rule"), _POSITIVES, ids=[p[0] for p in _POSITIVES])
def test_round176_view_positives(
    engine: Engine, note: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _viewing(engine, example), note
