"""Round 67 (set 274): Chechen and Ingush apps in Cyrillic with the palochka, and romanised.

What was missing and what was chosen:

- the key reader (exfilwatch/detect/structures/_common.py, `ascii_key`) now drops the palochka
  (Ӏ / ӏ), the letter Chechen and Ingush add to a consonant, and what keyboards without it
  type for it between Cyrillic letters (Latin I or l, Ukrainian І, the digit 1: Ingush
  `ц1и`, `ладувг1ар`). Kept, it was spelled `I` and split the word in two (`цӀе` -> `ts`,
  `he`; `ладувг1ар` -> `laduvg`, `1`, `ar`, and `ar` read as a price). A digit after a
  Cyrillic word with nothing after it (`канал1`) is kept;
- Chechen / Ingush viewing words (lexicon/viewing.yaml, `ce`, `inh`): хьаьжна / хьаьжнарш
  (watched, the ones watched), меттиг (place: a playhead), хан (time), цӀе / цӀи (name),
  Ingush ладувгӀа (listen) and ладийгӀа (heard), станци (a station), each as the key reader
  reads the Cyrillic and as it is romanised (`hyazhnarsh`, `laduvgIar`).

Precision: tests/fixtures/negatives/negatives_round274.jsonl (a bank's branches with places
and hours, a shop's named products, a chat's voice message heard, a taxi's pickup place, a
school timetable, numbered channel slots in a config, a station catalogue).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.structures._common import key_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round274.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

VIEWING_POSITIVES = [
    # a Chechen film app's history: the films watched and the seconds reached in each
    {
        "url": "https://api.example-kino.ru/v2/hyazhnarsh",
        "method": "GET",
        "response": {
            "json": {
                "хьаьжнарш": [
                    {"фильм_id": 88, "цӀе": "Лаьмнийн йоӀ", "меттиг_сек": 3120, "хан": "18:00"},
                    {"фильм_id": 91, "цӀе": "Ден хьехар", "меттиг_сек": 402, "хан": "19:10"},
                ]
            }
        },
    },
    # an Ingush radio app reports a programme listened to, the palochka typed as 1
    {
        "url": "https://api.example-radio.ru/v1/radio/laduvgIar",
        "method": "POST",
        "json": {"ладувг1ар": {"программа_id": 12, "ц1и": "Илли", "секунд": 1480, "хан": "07:00"}},
    },
    # the programmes heard lately, the palochka typed as a Latin I
    {
        "url": "https://api.example-radio.ru/v1/ladiygIar",
        "method": "GET",
        "response": {
            "json": {
                "ладийгIар": [
                    {"цIи": "Керда хабар", "хан": "2025-02-03T07:30Z", "секунд": 905},
                    {"цIи": "Бераш", "хан": "2025-02-03T08:10Z", "секунд": 1722},
                ]
            }
        },
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("цӀе", ("tse",)),
        ("ц1и", ("tsi",)),
        ("ладувг1ар", ("laduvgar",)),
        ("ГIалгIай", ("galgai",)),
        ("канал1", ("kanal", "1")),
    ],
)
def test_the_palochka_and_its_stand_ins_are_dropped(key: str, words: tuple[str, ...]) -> None:
    assert key_words(key) == words


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("khazhnarsh", "watched"),
        ("hyazhnarsh", "watched"),
        ("mettig", "position"),
        ("khan", "time"),
        ("tse", "name"),
        ("tsi", "name"),
        ("laduvgar", "listen"),
        ("laduvg", "listen"),
        ("ladiigar", "listened"),
        ("stantsi", "radio_station"),
    ],
)
def test_words_read_as_their_class(word: str, cls: str) -> None:
    assert cls in load("viewing").classes_of([word])


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_chechen_and_ingush_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
