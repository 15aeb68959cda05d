"""Round 61 (set 234): Malagasy words for watching and listening, a Malagasy face
enrolment, and a French set-top box's standby-exit event, tested in apps and spellings
the set never used.

- Malagasy (`mg`): `jery` / `mijery` / `jerena` / `fijerena` (watching; `nijery`,
  `nojerena`, `nojereniny` watched, made by the tense prefixes in lexicon/affixes.py),
  `haino` / `mihaino` / `henoina` / `fihainoana` (listening; `nihaino`, `nohenoina`
  listened), `toerana` (position), `fizarana` (episode), `andiany` (series),
  `segondra` / `minitra` (seconds, minutes), `faharetana` (duration), `tantara`
  (history), `tohizo` / `hanohy` (continue), `vao` + a past verb (recently),
  `mivantana` (live), `fitempo` (pulse, a live keep-alive), `fantsona` (channel),
  `onjampeo` (radio station), `hira` (song), `mpihira` / `mpanakanto` (singer, artist);
  biometric `tarehy` (face) and `fisoratana` (registration, read as enrolment).
- French: a box's `sortie_veille` / `veille_sortie` (standby exit) event naming the
  channel it woke on with a start and a duration is a tuning like a `zapping` event.

Hard negatives (negatives_round234.jsonl): `toerana` as a delivery place, `fizarana` as a
law's section, `tantara` as a story and a history lesson, `fantsona` as a water pipe,
`mivantana` as a direct flight, `segondra` in a kitchen timer, `vao` as new products,
`hira` in a songbook catalogue, `onjampeo` in a station directory, `andiany` as a
banknote series, `tarehy` as an avatar choice, `fisoratana` as a school registration,
a smart plug's standby exit, Vietnamese `vao` (in, at) in a time clock.
"""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round234.jsonl"
# 128 float32 in base64, as a face model writes its template
_TEMPLATE = base64.b64encode(
    struct.pack("<128f", *[((i * 37) % 23 - 11) / 50 for i in range(128)])
).decode()


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("nijery", "watched"),
        ("hijery", "watching"),
        ("nojerena", "watched"),
        ("nojereniny", "watched"),
        ("nihaino", "listened"),
        ("nohenoina", "listened"),
        ("fijerena", "watching"),
        ("fihainoana", "listen"),
        ("mpijery", "viewers"),
    ],
)
def test_malagasy_tense_prefixes(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls


@pytest.mark.parametrize("word", ["vao", "vaovao", "nifidy", "mividy", "nosoratana"])
def test_malagasy_words_outside_the_verbs_are_not_read(word: str) -> None:
    """`vao` alone is "new" (and Vietnamese "in"); other verbs' tenses are not made."""
    assert load("viewing").word(word) is None


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "mg episode position at a watching endpoint",
        {
            "url": "https://api.sarimihetsika.example/v2/jery/toerana",
            "method": "PUT",
            "json": {
                "andiany": "Ny Tanàna",
                "fizarana": 12,
                "toerana_segondra": 812,
                "faharetana": 2400,
            },
        },
        "viewing_history",
    ),
    (
        "mg song listened with the listened seconds",
        {
            "url": "https://api.feo.example/v3/mozika/nohenoina",
            "method": "POST",
            "json": {
                "hira": "Ry Tanindrazana",
                "mpanakanto": "Mahaleo",
                "segondra_nihaino": 210,
                "fotoana": "2025-02-01T06:00:00Z",
            },
        },
        "viewing_history",
    ),
    (
        "mg watch history rows",
        {
            "url": "https://api.sarimihetsika.example/v2/ahy/tantara",
            "method": "GET",
            "response": {
                "json": {
                    "tantaran_ny_jery": [
                        {"andiany": "Ravao", "fizarana": 3, "nojerena": "2025-02-01T20:00:00Z"},
                        {"andiany": "Rabe", "fizarana": 8, "nojerena": "2025-01-31T20:00:00Z"},
                    ]
                }
            },
        },
        "viewing_history",
    ),
    (
        "mg continue-watching rows",
        {
            "url": "https://api.sarimihetsika.example/v2/ahy/hanohy",
            "method": "GET",
            "response": {
                "json": {
                    "hanohy": [
                        {"andiany": "Ravao", "fizarana": 4, "toerana": 300, "faharetana": 2600},
                        {"andiany": "Rabe", "fizarana": 9, "toerana": 1500, "faharetana": 2400},
                    ]
                }
            },
        },
        "viewing_history",
    ),
    (
        "mg recently heard songs",
        {
            "url": "https://api.feo.example/v3/ahy/vao-nihaino",
            "method": "GET",
            "response": {
                "json": {
                    "vaoNihaino": [
                        {"hira": "Lamba", "mpihira": "Jaojoby", "fotoana": "2025-02-01T06:00:00Z"},
                        {"hira": "Iny", "mpihira": "Mahaleo", "fotoana": "2025-02-01T06:04:00Z"},
                    ]
                }
            },
        },
        "viewing_history",
    ),
    (
        "mg radio listening in minutes",
        {
            "url": "https://api.feo.example/v3/radio/fihainoana",
            "method": "POST",
            "json": {"onjampeo": "RNM", "minitra": 45, "fanombohana": "2025-02-01T06:00:00Z"},
        },
        "viewing_history",
    ),
    (
        "mg live channel keep-alive",
        {
            "url": "https://api.fahitalavitra.example/v1/mivantana/fitempo",
            "method": "POST",
            "json": {"fantsona": "TVM", "segondra_nojerena": 30, "fotoana": "2025-02-01T19:00:00Z"},
        },
        "viewing_history",
    ),
    (
        "mg face template at a registration path",
        {
            "url": "https://api.banky.example/v1/fisoratana/tarehy",
            "method": "POST",
            "json": {"mpampiasa": "U-88", "tarehiny": {"vektora": _TEMPLATE, "dika": "v3"}},
        },
        "biometric",
    ),
    (
        "fr box standby exit onto a channel",
        {
            "url": "https://mesure.example-box.fr/v1/journal",
            "method": "POST",
            "json": {
                "evenements": [
                    {
                        "type": "sortie_veille",
                        "nomChaine": "France 2",
                        "debut": "2025-02-01T19:00:00Z",
                        "duree": 1500,
                    }
                ]
            },
        },
        "viewing_history",
    ),
]


@pytest.mark.parametrize(("note", "example", "category"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round234_positives(
    engine: Engine, note: str, example: dict[str, Any], category: str
) -> None:
    assert category in _categories(engine, example), note


def test_round234_negatives(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 14
    for line in lines:
        example = json.loads(line)
        found = _categories(engine, example) & {"viewing_history", "biometric"}
        assert not found, example["note"]
