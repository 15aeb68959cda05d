"""Round 67 (set 277): Turkmen apps, in Latin Turkmen and in the legacy Cyrillic keys.

The library read no Turkmen. What was missing and what was chosen:

- Turkmen viewing words (exfilwatch/detect/lexicon/viewing.yaml, `tk`): `tomaşa` (watching),
  `görlen` / `gören` (watched: `görlenler`, `menin görenlerim`), `pursat` (the moment reached:
  a playhead), `wagt` (time), `dowamlylyk` (duration), `gepleşik` (a broadcast programme),
  `soňky` (last), `başlan` (started), `dowam` (continuing). The legacy Cyrillic spellings
  (`вагт`, `довамлылык`, `бөлүм`) are read as the key reader transliterates them, so the same
  entries cover both alphabets;
- `dowam et` ("continue": the Resume button of a Turkmen player) is filed as a RESUME word, so
  `PUT /dowam-et/{id}` with a position and `GET /dowam-et` rows are read by the resume rules;
- a resume row that numbers its episode (`{serial, bolum: 106, pursat: 2106}`) names its piece
  as a title does (structures/resume_writes.py): the series itself sits under `serial`, which
  stays unread (it is a device's serial too);
- biometric (lexicon/biometric.yaml): `ýüz` (face) with its plural and possessive, also as
  written raw in a path, and `toparla` (group) / `tanamak` (recognise) as recognition words,
  read only beside a face word: a photo posted to `/ýüz-toparla` is faces grouped by whose
  they are;
- device (lexicon/device.yaml): `enjam` (device), so `/enjam/{serial}/sazlamalar` reads as a
  device's serial in the path, as `/device/{serial}/settings` does.

Precision: tests/fixtures/negatives/negatives_round277.jsonl (a shop's and a course's and a
book's continue paths, a university's departments, a programme schedule, a shop's recently
seen goods, a taxi's and a clinic's times, products grouped by photo, an ID card's front side,
an album grouped by date, a warehouse's own scanner).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.structures._common import key_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round277.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

_JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD"
    + base64.b64encode(bytes((i * 29 + 5) % 256 for i in range(640))).decode()
    + "/9k="
)

VIEWING_POSITIVES = [
    # a film app's watch report in the legacy Cyrillic keys: episode, time reached, duration
    {
        "url": "https://api.example-kino.tm/api/v1/tomasha",
        "method": "POST",
        "json": {"кино": "Gyzyl gül", "бөлүм": 12, "вагт": 840, "довамлылык": 3100},
    },
    # a TV app's live watching state: the programme, the channel, the seconds reached
    {
        "url": "https://api.example-tele.tm/v3/tomaşa/ýagdaý",
        "method": "POST",
        "json": {
            "tomaşa": {
                "gepleşik": "Agşam habarlary",
                "kanal": "Türkmenistan",
                "pursatSek": 611,
                "dowamlylykSek": 1800,
                "başlanWagt": "2025-02-01T19:00:00Z",
            }
        },
    },
    # the programmes the viewer watched, with where each stopped
    {
        "url": "https://api.example-tele.tm/v3/arhiw/menin-gorenlerim",
        "method": "GET",
        "response": {
            "json": {
                "görlenler": [
                    {"gepleşik": "Sport", "kanal": "TV4", "soňkyGörlen": "20:10", "pursatSek": 930},
                    {"gepleşik": "Kino", "kanal": "TV2", "soňkyGörlen": "21:40", "pursatSek": 77},
                ]
            }
        },
    },
    # a series app's resume point for one episode, under the Resume word
    {
        "url": "https://api.example-seriallar.tm/v1/dowam-et/sr-5521",
        "method": "PUT",
        "json": {"dowamEt": {"serial": "Gelin", "bolum": 4, "pursat": 1205}},
    },
    # the series app's continue rows: each episode and where it stopped
    {
        "url": "https://api.example-seriallar.tm/v1/dowam-et",
        "method": "GET",
        "response": {
            "json": {
                "sanaw": [
                    {"serial": "Gelin", "bolum": 4, "pursat": 1205},
                    {"serial": "Köşk", "bolum": 18, "pursat": 2290},
                ]
            }
        },
    },
]

FACE_POSITIVES = [
    # a museum's photo booth sends the visitors' photo to have their faces grouped
    {
        "url": "https://api.example-muzeý.tm/v1/surat/ýüz-toparla",
        "method": "POST",
        "json": {"surat": _JPEG, "albom": "a-77"},
    },
]

DEVICE_POSITIVES = [
    # a TV box's settings fetched under its own serial
    {
        "url": "https://api.example-tele.tm/v3/enjam/TVB77K2209QX41/sazlamalar",
        "method": "GET",
        "response": {"json": {"dil": "tk", "surat": "720p"}},
    },
]


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [
        ("viewing", "tomasa", "watching"),
        ("viewing", "gorlenler", "watched"),
        ("viewing", "gorenlerim", "watched"),
        ("viewing", "pursat", "position"),
        ("viewing", "wagt", "time"),
        ("viewing", "vagt", "time"),
        ("viewing", "dovamlylyk", "duration"),
        ("viewing", "geplesik", "programme"),
        ("viewing", "sonky", "recently"),
        ("viewing", "baslan", "started"),
        ("viewing", "dowamet", "resume"),
        ("device", "enjam", "device"),
        ("biometric", "yuzleri", "face"),
        ("biometric", "toparla", "recognition"),
    ],
)
def test_words_read_as_their_class(lexicon: str, word: str, cls: str) -> None:
    assert cls in load(lexicon).classes_of([word])


def test_legacy_cyrillic_keys_read_as_latin_turkmen() -> None:
    assert key_words("вагт") == ("vagt",)
    assert key_words("бөлүм") == ("bolum",)
    assert "serial" not in load("viewing").words  # a device's serial too


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_turkmen_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_a_photo_posted_to_have_faces_grouped_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_a_serial_under_enjam_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
