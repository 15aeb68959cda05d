"""Round 122 (set 121), viewing history: Philippine and Malay-family verbs read in their
inflected forms, a player's event values in the app's language, a listen history named
by its key, and a TV box's play event with a title.

- Tagalog, Cebuano, Hiligaynon and Ilocano verbs carry affixes (`gin-pamati-an`,
  `gi-lantaw`, `naka-pamati`, -in-), Indonesian, Malay, Javanese and Sundanese ones meN-,
  di-, ter-, -kan, -i: the lexicon GENERATES these forms from the verbs it lists
  (`exfilwatch/detect/lexicon/affixes.py`), with the completed aspect read as the past
  (`watched`, `listened`), and URL patterns match the same shapes;
- a player's event value in these languages (`sugod`, `hunong`, `huminto`, `berhenti`:
  start and stop) is a playback event;
- a Mass said and streamed (`misa`) is heard like a sermon (the `lecture` class);
- a list under a key that says listened or watched AND before or history
  (`ginpamatian_sang_una`) whose rows each name a kind of media by id and a moment;
- a play event (`play_end`) beside a title (`content_title`) and a played amount;
- a live broadcast's replay (`live=<id>`) at a playhead (`replay_pos`) with a player event.

What stays quiet: a shop's seen products, classes attended, a game's start event, a
trip stopped at a map position, a queue ticket started, a hearing test, a game round's
play time, an order history, a workout timer, a parcel's stop, a radio schedule of
Masses, a library's borrowed books, a game's replay paused (it names a match, not a
live)."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round122_view_ph.jsonl"
_ISO = "2026-03-02T19:00:00Z"

POSITIVES = [
    {
        "note": "a Hiligaynon podcast app's seconds listened, posted to a path saying so",
        "url": "https://api.example-iloilo.ph/v2/ginpamatian",
        "method": "POST",
        "json": {"episodyo_id": "e-9", "segundo": 610, "natapos": True},
    },
    {
        "note": "a Cebuano film app's seconds watched under an affixed key (gilantaw)",
        "url": "https://api.example-cebu.ph/v1/log",
        "method": "POST",
        "json": {"pelikula_id": "f-31", "gilantaw_segundo": 300},
    },
    {
        "note": "a Hiligaynon sermon app's seconds heard of a Mass (misa, nakapamati)",
        "url": "https://api.example-bacolod.ph/v1/talaan",
        "method": "POST",
        "json": {"misa_id": "misa-0600", "nakapamati_segundo": 1320},
    },
    {
        "note": "a Hiligaynon drama app's watched-before list (gintanawan sang una, petsa)",
        "url": "https://api.example-iloilo.ph/v2/akon",
        "method": "GET",
        "response": {"json": {"gintanawan_sang_una": [
            {"drama_id": "d-1", "petsa": _ISO}, {"drama_id": "d-2", "petsa": _ISO},
        ]}},
    },
    {
        "note": "a Cebuano player's start event at a position (hitabo sugod, sulod_id)",
        "url": "https://api.example-sugbo.ph/player/event",
        "method": "POST",
        "json": {"hitabo": "sugod", "sulod_id": "c-881", "posisyon": 95},
    },
    {
        "note": "a Tagalog player's stop event at a position (kaganapan huminto, nilalaman_id)",
        "url": "https://api.example-manila.ph/v1/kaganapan",
        "method": "POST",
        "json": {"kaganapan": "huminto", "nilalaman_id": "n-12", "posisyon": 1800},
    },
    {
        "note": "an Indonesian player's stop event at a position (peristiwa berhenti, konten_id)",
        "url": "https://api.example-nonton.id/v1/peristiwa",
        "method": "POST",
        "json": {"peristiwa": "berhenti", "konten_id": "k-7", "posisi": 640},
    },
    {
        "note": "a live-selling app's replay of a broadcast paused at a playhead (live id)",
        "url": "https://api.example-tindahan.ph/live/v2/replay/ulat?live=BR-20931&replay_pos=815&kaganapan=pause",
        "method": "GET",
    },
    {
        "note": "a Malay live app's replay position with a player event (peristiwa pause)",
        "url": "https://api.example-siaran.my/v1/replay",
        "method": "POST",
        "json": {"live": "SL-4412", "replay_position": 1290, "peristiwa": "pause"},
    },
    {
        "note": "a TV launcher's play_end event with a content title and its play duration",
        "url": "https://api.example-tvbox.example/collect",
        "method": "POST",
        "json": {"events": [{"event": "play_end", "content_title": "Probinsyano",
                             "play_duration": 2710, "ts": 1772478000}]},
    },
]  # fmt: skip


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round122_ph_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round122_ph_shops_games_and_schedules_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("ginpamatian", "listened"),  # hil gin-pamati-an
        ("nakapamati", "listened"),  # hil naka-
        ("gintanawan", "watched"),  # hil gin-tanaw-an
        ("gilantaw", "watched"),  # ceb gi-
        ("ditontoni", "watched"),  # id di-...-i
        ("mendengarkan", "listen"),  # id meN-...-kan (listed)
        ("menontonkan", "watching"),  # id meN- with t -> n
        ("sugod", "start"),
        ("hunong", "stop"),
        ("misa", "lecture"),
    ],
)
def test_round122_lexicon_reads_affixed_verbs(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls


@pytest.mark.parametrize(
    "word", ["display", "disable", "manage", "terminal", "imagine", "mapping", "payment"]
)
def test_round122_affixes_leave_other_words_alone(word: str) -> None:
    """Forms are generated only from the verbs of these languages: an English key that
    starts like a prefix (`di`, `ma`, `pa`, `ter`) is never taken apart."""
    assert load("viewing").word(word) is None
