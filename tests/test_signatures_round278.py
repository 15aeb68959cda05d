"""Round 67 (set 278): Uyghur apps in three scripts, and a venue's own screens and kiosks.

What was missing, and what was chosen:

- Uyghur viewing words (exfilwatch/detect/lexicon/viewing.yaml), in the Latin (ULY) and
  Cyrillic (USY) alphabets and in the Arabic script (UEY) as the key reader reads it:
  `orni` / ئورنى (its place: a playhead), `uzunluqi` / ئۇزۇنلۇقى (its length), `waqit` /
  `waqti` / ۋاقىت (time), `filim` / فىلىم (film), `qisim` / قىسىم (part, episode), `körüsh`
  (watching) and `körgen` (watched). A film's watch progress in any of the three now reads.
- A venue's own equipment (exfilwatch/detect/unit_owners.py, lexicon/unit_owner.yaml): a
  client naming itself signage or digital out-of-home (`SignageOS/2.1`, `DOOHPlayer`); a
  client naming itself the screen or player of a building's shared space (`LobbyPlayer`,
  `FoyerDisplay`, Uyghur `LobiEkran`) with no phone platform in its User-Agent; and an app
  whose package, as Google's APIs are told it (`x-android-package: <brand>.kiosk`), ends in
  a unit only a business runs (a restaurant's ordering kiosk's own Firebase instance). Their
  serials, MACs and instance ids are the venue's, not a person's.

Precision: a phone game's `LobbyPlayer` on Android, a person's Tizen TV app, a package with
`kiosk` in its middle (a newsstand reader) and a home screen app stay read
(DEVICE_POSITIVES below); tests/fixtures/negatives/negatives_round278.jsonl holds a cinema's
seat booking and seat map, a film catalogue, a courier's place, a shop order, a stream fetch,
a school timetable and a cinema's show times in Uyghur, and the venue screens and kiosk.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.lexicon import load
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round278.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

WORDS = [
    ("viewing", "orni", "position"),
    ("viewing", "ywrna", "position"),
    ("viewing", "uzunluqi", "duration"),
    ("viewing", "yuzunluqa", "duration"),
    ("viewing", "waqti", "time"),
    ("viewing", "vqat", "time"),
    ("viewing", "filim", "film"),
    ("viewing", "falam", "film"),
    ("viewing", "qisim", "episode"),
    ("viewing", "korush", "watching"),
    ("viewing", "korgen", "watched"),
    ("unit_owner", "signage", "premises_unit"),
    ("unit_owner", "dooh", "premises_unit"),
    ("unit_owner", "ekran", "screen_unit"),
]

VIEWING_POSITIVES = [
    # Arabic-script Uyghur: a film's part, where playback got to, its length and when
    {
        "url": "https://api.example-kino.ug/api/v2/korush",
        "method": "POST",
        "json": {
            "فىلىم_نومۇرى": "m71",
            "فىلىم": "ئانارخان",
            "قىسىم": 3,
            "ئورنى": 1290,
            "ئۇزۇنلۇقى": 5400,
            "ۋاقىت": "2025-02-01T19:00:00Z",
        },
    },
    # Cyrillic Uyghur: a watching record (көрүш) of a film
    {
        "url": "https://api.example-kino.kz/api/v3/korush",
        "method": "POST",
        "json": {
            "көрүш": {
                "филим_id": "m22",
                "филим": "Нузугум",
                "қисим": 2,
                "орни": 845,
                "узунлуқи": 3600,
                "көрүш_вақти": "2025-02-01T19:00:00Z",
            }
        },
    },
    # Latin Uyghur: the same record
    {
        "url": "https://api.example-kino.kz/api/v3/korush",
        "method": "POST",
        "json": {
            "korush": {
                "filim_id": "m22",
                "filim": "Nuzugum",
                "orni": 845,
                "uzunluqi": 3600,
                "korush_waqti": "2025-02-01T19:00:00Z",
            }
        },
    },
]

_FIREBASE = (
    "https://firebaseremoteconfig.googleapis.com/v1/projects/123456789012/namespaces/firebase:fetch"
)

DEVICE_POSITIVES = [
    # a person's film app fetching its config: its instance id stays read
    {
        "url": _FIREBASE,
        "method": "POST",
        "headers": {"x-android-package": "kz.example.kino"},
        "json": {
            "appInstanceId": "c0ffee11d9b2f6a31e58c4d0a9b7f213",
            "packageName": "kz.example.kino",
        },
    },
    # a newsstand reader whose package holds `kiosk` in its middle stays a person's app
    {
        "url": _FIREBASE,
        "method": "POST",
        "headers": {"x-android-package": "de.example.kiosk.reader"},
        "json": {"appInstanceId": "c0ffee11d9b2f6a31e58c4d0a9b7f213"},
    },
    # a phone game's lobby client on Android: the phone's android id stays read
    {
        "url": "https://api.example-game.com/v1/lobby/join",
        "method": "POST",
        "headers": {"user-agent": "LobbyPlayer/2.0 (Linux; Android 14; Pixel 8)"},
        "json": {"player": "nur77", "android_id": "9774d56d682e549c", "room": "lobby-3"},
    },
    # a person's own Tizen TV app registering the set with its serial and MAC
    {
        "url": "https://api.example-tvapp.kz/v1/device/register",
        "method": "POST",
        "headers": {"user-agent": "KinoTV/2.1 (Tizen 6.5; UE55AU7100)"},
        "json": {"serialNumber": "0A7X3ABR900123", "macAddress": "8C:79:F5:12:34:56"},
    },
]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("lexicon", "word", "cls"), WORDS)
def test_words_read_as_their_class(lexicon: str, word: str, cls: str) -> None:
    assert cls in load(lexicon).classes_of((word,))


@pytest.mark.parametrize("example", VIEWING_POSITIVES)
def test_uyghur_watch_progress_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES)
def test_a_persons_device_stays_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
