"""Round 23 viewing rules (sets 61-62): a Conviva heartbeat whose asset name sits
in the `tags` map (`tags.assetName`); the legacy Youbora NQS `/ping` whose playhead
is named `time`; Arabic keys written in Arabic script (`سجل_المشاهدة`,
`الموضع_بالثواني`) read through their consonant-only transliteration with the
article read off; a romanised Gulf continue-watching rail
(`/rail/kammil_almushahada`). Hard negatives are ordinary apps of the same shape
(a truck's parking place, a parcel left with a neighbour, an e-book's page, a
delivery stop log, a fuel card, prayer times, a parking session, an Arabic
most-watched chart, a property viewing, an asset manager's tags, Youbora's
joinTime delay, speed-test pings)."""

from __future__ import annotations

import json
from pathlib import Path

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round61_viewing.jsonl"


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return sorted({f.signature for f in found if f.category == "viewing_history"})


def test_round61_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 15
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == [], example["note"]


def test_arabic_script_keys_read_as_classes() -> None:
    assert play_words("سجل_المشاهدة") == ("history", "watching")
    assert play_words("الموضع_بالثواني") == ("position", "seconds")
    assert play_words("نسبة_المشاهدة") == ("percent", "watching")
    # an unknown word keeps its article: nothing is read into it
    assert play_words("الملف") == ("lmlf",)
    # Latin keys are never stripped of a leading `l`
    assert play_words("lmwd") == ("lmwd",)


def test_arabic_script_viewing_log(engine: Engine) -> None:
    example = {
        "url": "https://api.example-tv.ae/v4/%D8%B3%D8%AC%D9%84",
        "method": "POST",
        "json": {
            "سجل_المشاهدة": [
                {"المحتوى": "ep-101", "العنوان": "Drama", "الموضع_بالثواني": 1603},
                {"المحتوى": "ep-202", "العنوان": "Series", "الموضع_بالثواني": 2431},
            ]
        },
    }
    assert _viewing(engine, example)


def test_romanised_gulf_continue_watching_rail(engine: Engine) -> None:
    example = {
        "url": "https://api.example-tv.ae/v3/rail/kammil_almushahada",
        "method": "GET",
        "response": {
            "json": {
                "items": [
                    {"id": "sp-1", "title": "Show", "position_sec": 1263, "duration_sec": 2820}
                ]
            }
        },
    }
    # round 47's continue-rail reader reads the same rail too; the endpoint reading stays
    assert "viewing_history.endpoint.playback_record" in _viewing(engine, example)


def test_conviva_tags_asset_name(engine: Engine) -> None:
    example = {
        "url": "https://example.cws.conviva.com/0/wsg",
        "method": "POST",
        "json": {"t": "CwsSessionHb", "sid": 5, "pht": 151456, "tags": {"assetName": "Derby"}},
    }
    assert _viewing(engine, example) == ["viewing_history.conviva"]


def test_youbora_legacy_ping_time(engine: Engine) -> None:
    example = {
        "url": "https://nqs.nice264.com/ping?code=U_669ff94f95afcb&pingTime=5&time=893.951",
        "method": "GET",
    }
    assert _viewing(engine, example) == ["viewing_history.npaw_youbora_legacy_ping"]
