"""Round 67 (set 283): Yiddish apps, keys in Hebrew script with and without the YIVO marks.

Read letter by letter as Hebrew, a Yiddish key lost its vowels (`געהערט` -> `ghrt`,
`פּאָזיציע` -> `fzytsy`), and the lexicons had no Yiddish words. Chosen:

- a Yiddish reading of Hebrew-script words (exfilwatch/detect/structures/_common.py,
  `_yiddish_word`): ע e, אַ a, אָ o, ו u, וי oy, יי ey / ay, פּ p, פֿ f, a bare א a or o and a
  bare פ p or f (unmarked spelling), taken when a lexicon knows that reading and not the
  Hebrew letter-by-letter one, or whenever a mark or ligature only Yiddish writes is there;
  Hebrew words the lexicons list letter by letter (`mykvm`, `syvr`) read as before;
- Yiddish words (YIVO romanisation) in the viewing, biometric and device lexicons: `kukn`,
  `gekukt`, `gehert`, `hern`, `tsayt`, `leng`, `letst`, `geshikhte`, `farendikt`, `mayse`,
  `ponim` / `gezikht` (face), `muster` (template), `lebedikeyt` (liveness), `shtim` (voice),
  `aynshraybn` (enrol), `eydi` (ID); `biz` (until) beside a watched verb (`gekukt_biz`).

Left: an archive position without a listened word (`{shiur, pozitsye, leng}`, unread in
English too), a Mixpanel story event `Mayse Gehert`, an Android id under a Hebrew-script key
(key patterns read no transliteration), a multipart voice part named `shtim`.
Precision: tests/fixtures/negatives/negatives_round283.jsonl (news, a community calendar, a
vote tally, a bus position, a channel list, a shop's order history, a read receipt, a profile).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures._common import key_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round283.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 192) -> str:
    """A template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 41 + seed * 13) % 97 - 48) / 420 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


VIEWING_POSITIVES: list[dict[str, Any]] = [
    {
        "url": "https://api.example-yidradio.org/v2/hern/rekord",
        "method": "POST",
        "json": {
            "קאַנאַל": "נײַעס",
            "פּראָגראַם": "דער טאָג",
            "געהערט_סעקונדעס": 300,
            "צײַט": "2025-03-02T09:00:00Z",
        },
    },
    {
        "url": "https://api.example-yidradio.org/v2/hern/rekord",
        "method": "POST",
        "json": {
            "קאנאל": "נייעס",
            "פראגראם": "דער טאג",
            "געהערט_סעקונדעס": 300,
            "צייט": "2025-03-02T09:00:00Z",
        },
    },
    {
        "url": "https://api.example-yidradio.org/v2/mayn/gehert",
        "method": "GET",
        "response": {
            "json": {
                "לעצט_געהערט": [
                    {"פּראָגראַם": "דער טאָג", "געהערט": "2025-03-02T09:00:00Z"},
                    {"פּראָגראַם": "מוזיק", "געהערט": "2025-03-02T10:00:00Z"},
                ]
            }
        },
    },
    {
        "url": "https://api.example-filmen.org/v1/mayn/geshikhte",
        "method": "GET",
        "response": {
            "json": {
                "geshikhte": [
                    {"film_id": "F-1", "titl": "A mayse", "gekukt_biz": 420},
                    {"film_id": "F-2", "titl": "Der shlimazl", "gekukt_biz": 95},
                ]
            }
        },
    },
]

BIOMETRIC_POSITIVES: list[dict[str, Any]] = [
    {
        "url": "https://api.example-gmilus.org/v1/login/ponim",
        "method": "POST",
        "json": {
            "kunde": "C-1",
            "ponim_muster": _template_b64(3),
        },
    },
    {
        "url": "https://api.example-gmilus.org/v1/shtim/enrol",
        "method": "POST",
        "json": {
            "kunde": "C-1",
            "שטים_מוסטער": _template_b64(5),
        },
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("קאַנאַל", ("kanal",)),
        ("פּראָגראַם", ("program",)),
        ("פּאָזיציע", ("pozitsye",)),
        ("פאזיציע", ("pozitsye",)),
        ("געהערט_סעקונדעס", ("gehert", "sekundes")),
        ("לעצט_געהערט", ("letst", "gehert")),
        ("צײַט", ("tsayt",)),
        ("ייִדיש", ("yidish",)),
        ("פֿילם", ("film",)),
        # Hebrew words the lexicons list letter by letter read as before
        ("מיקום", ("mykvm",)),
        ("שיעור", ("syvr",)),
    ],
)
def test_yiddish_keys_read_in_yivo_romanisation(key: str, words: tuple[str, ...]) -> None:
    assert key_words(key) == words


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_yiddish_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", BIOMETRIC_POSITIVES, ids=lambda e: e["url"])
def test_yiddish_face_and_voice_templates_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
