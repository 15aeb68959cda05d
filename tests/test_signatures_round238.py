"""Round 62 (set 238): Yoruba words for watching and listening, a Yoruba voice sample for
speaker enrolment, and a set-top box's smart-card number, tested in apps and spellings the
set never used.

- Yoruba (`yo`), with or without tone marks (the key reader folds `ẹ`, `ọ`, `ṣ` and the
  tones): `ti a wo` / `ti a ti wo` "that we watched" and `wo ni` "watched at" (watched; bare
  `wo` stays unread: pinyin "I", German "where"), `ipin` / `ipin ogorun` (share, percent),
  `ifẹsẹwọnsẹ` (match), `ilé-iṣẹ́ rédíò` / `ibùdó rédíò` / `redio` (radio station), beside
  the words earlier rounds listed (`iseju`, `iseju aaya`, `akole`, `fiimu`, `gbigbo`).
- Biometric: `ayẹwo ohùn` / `apẹẹrẹ ohùn` (voice sample) holding audio.
- Device: a smart-card number (`x-smartcard`, `smartCardNo`) only where the URL names a
  set-top box, a decoder or IPTV (device_id.set_top_box_smartcard_number).

Hard negatives (negatives_round238.jsonl): `ipin` as a savings club's share, a download's
share and a news story's share count, `ifesewonse` as a fixtures list and a match report,
`ileese redio` as a station directory, `iseju` as a ride's ETA, `ile ti a wo` (a house
viewed), a voice message, a heart check, a film poster sold, German `wo` and pinyin `wo`,
a transit card's number at a top-up path and a box's card-present flag.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round238.jsonl"
_WAV = base64.b64encode(b"RIFF\xd4\x04\x00\x00WAVEfmt " + bytes(600)).decode()


def _findings(engine: Engine, example: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f.category, f.signature) for f in engine.analyse(example_exchange(example))}


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {category for category, _ in _findings(engine, example)}


@pytest.mark.parametrize(
    ("words", "cls"),
    [
        (("ti", "a", "wo"), "watched"),
        (("ti", "a", "ti", "wo"), "watched"),
        (("wo", "ni"), "watched"),
        (("ileese", "redio"), "radio_station"),
        (("ibudo", "redio"), "radio_station"),
        (("ida", "ninu", "ogorun"), "percent"),
    ],
)
def test_yoruba_phrases(words: tuple[str, ...], cls: str) -> None:
    spans = load("viewing").phrase_spans(words, sizes=(2, 3, 4))
    assert cls in {c for _, _, c in spans}


@pytest.mark.parametrize(
    ("word", "cls"),
    [("ipin", "percent"), ("ifesewonse", "fixture"), ("redio", "radio_station")],
)
def test_yoruba_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls


def test_bare_wo_is_not_read() -> None:
    """`wo` alone is pinyin "I" and German "where": only the phrases are read."""
    assert load("viewing").word("wo") is None


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "yo match seconds watched, tone-marked keys",
        {
            "url": "https://api.example-ere.ng/v1/boolu/wiwo",
            "method": "POST",
            "json": {
                "ìfẹsẹ̀wọnsẹ̀": "m-88",
                "egbe_ile": "Shooting Stars",
                "àáyá_tí_a_wò": 1200,
                "laaye": True,
            },
        },
        "viewing_history",
    ),
    (
        "yo film share watched (ipin ogorun ti a ti wo) at a cinema app",
        {
            "url": "https://api.example-sinima.ng/v2/fiimu/ilosiwaju",
            "method": "POST",
            "json": {
                "fiimu_id": "an-12",
                "akọlé": "Anikulapo",
                "ipin_ogorun_ti_a_ti_wo": 75,
            },
        },
        "viewing_history",
    ),
    (
        "yo video share with a watched-at time",
        {
            "url": "https://api.example-ere.ng/v1/fidio/wiwo",
            "method": "POST",
            "json": {"fidio": "v-301", "akole": "Goolu Ade", "ipin": 50, "woNi": 1738400000},
        },
        "viewing_history",
    ),
    (
        "yo radio minutes listened at a station (ibudo redio)",
        {
            "url": "https://api.example-gbo.ng/v2/redio/gbigbo",
            "method": "POST",
            "json": {
                "ibudo_redio": "Splash FM",
                "iseju_gbigbo": 45,
                "bere": "2025-02-01T06:00:00Z",
            },
        },
        "viewing_history",
    ),
    (
        "yo voice sample (apẹẹrẹ ohùn) for enrolment",
        {
            "url": "https://api.example-owo.ng/v1/ohun/iforukosile",
            "method": "POST",
            "json": {"olumulo": "U-88", "apẹẹrẹ_ohùn": _WAV},
        },
        "biometric",
    ),
    (
        "yo voice sample in camelCase (ayewoOhun)",
        {
            "url": "https://api.example-ifowopamo.ng/v2/ijerisi",
            "method": "POST",
            "json": {"onibara": "C-19", "ayewoOhun": _WAV},
        },
        "biometric",
    ),
    (
        "a set-top box's smart card at a settopbox path",
        {
            "url": "https://api.example-tv.gh/settopbox/v1/epg/now",
            "method": "GET",
            "headers": {"x-smartcard-id": "8012345678"},
        },
        "device_id",
    ),
]


@pytest.mark.parametrize(("note", "example", "category"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round238_positives(
    engine: Engine, note: str, example: dict[str, Any], category: str
) -> None:
    assert category in _categories(engine, example), note


def test_round238_smartcard_rule(engine: Engine) -> None:
    example = {
        "url": "https://mw.example-kabel.ke/stb/v3/events/zap",
        "method": "POST",
        "headers": {"x-smartcard": "4475543104"},
        "json": {"ch": 12},
    }
    assert ("device_id", "device_id.set_top_box_smartcard_number") in _findings(engine, example)


def test_round238_negatives(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 14
    for line in lines:
        example = json.loads(line)
        found = _categories(engine, example) & {"viewing_history", "biometric"}
        if "smartcard" in line:
            found |= _categories(engine, example) & {"device_id"}
        assert not found, example["note"]
