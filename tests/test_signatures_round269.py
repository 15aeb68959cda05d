"""Round 66 (set 269): Breton apps, whose words the lexicons did not hold.

The readings were there; the language was not. Breton (br) words are added to the word
lists, each with the mutated forms a key keeps (soft mutation `d` -> `z`, `p` -> `b`,
`b` -> `v`, `m` -> `v`):

- viewing (exfilwatch/detect/lexicon/viewing.yaml): `sellet` "to watch / watched",
  `chadenn` "channel", `abadenn` "programme", `kregin` / `deroù` "start", `munutenn`
  "minute", `titl` "title", `lec'hiadur` "position"; so a room's or cabin's TV report of
  `sellet[]` rows (channel, programme, start, minutes) and a continue-watching row
  (`lec'hiadur_s`, `sellet_d`) are read as viewing;
- `sellerien` "viewers" and `muian` "most", so that a most-watched chart over everyone
  (`sellet-muian`, `niver_sellerien`) stays out;
- face (lexicon/biometric.yaml): `dremm` "face", `poltred` "portrait" (`poltred_dremm`, a
  selfie for a face check); only exact words, never a `dremm-` stem: `dremmwel` is a
  landscape;
- device (lexicon/device.yaml): `benveg` "device, tool" (`x-benveg`, `id_benveg`).

Left out: `skeudenn` (picture: every catalogue's poster), `selaou` (listen: a museum's
audio-guide statistics), `padelezh` (duration: schedules and catalogues). Precision:
tests/fixtures/negatives/negatives_round269.jsonl (bus departures in minutes, a ferry's
position, a festival's stage times, a hospital terminal's channel list, a TV schedule, a
most-watched chart, a hardware shop's tools, a portrait painting, a landscape photo, a
ship's signage proof-of-play, lesson and news lists, a support chat, a die's face, a
watch's dial, a tool library's loan).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round269.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

_JPEG = base64.b64encode(
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    + bytes((i * 31 + 7) % 256 for i in range(700))
).decode()

VIEWING_POSITIVES = [
    # a guest room's TV reports what was watched in it: channel, programme, start, minutes
    {
        "url": "http://tv.example-gourvez.bzh/api/v2/kambr/12/sellet",
        "method": "POST",
        "json": {
            "kambr": "12",
            "sellet": [
                {
                    "chadenn": "Tebeo",
                    "abadenn": "Ar Gazetenn",
                    "kregin": "2025-02-03T20:05:00Z",
                    "munutennou": 34,
                },
                {
                    "chadenn": "France 3 Breizh",
                    "abadenn": "Bali Breizh",
                    "kregin": "2025-02-03T21:00:00Z",
                    "munutennou": 12,
                },
            ],
        },
    },
    # a continue-watching row: programme, title, position and when it was watched
    {
        "url": "https://api.example-skinwel.bzh/v1/implijer/roll",
        "method": "GET",
        "response": {
            "json": {
                "roll": [
                    {
                        "abadenn": "p-401",
                        "titl": "Ar Vro Bagan",
                        "lec'hiadur_s": 845,
                        "sellet_d": "2025-02-02T19:40:00Z",
                    },
                    {
                        "abadenn": "p-388",
                        "titl": "Kan ar Bobl",
                        "lec'hiadur_s": 120,
                        "sellet_d": "2025-02-01T21:10:00Z",
                    },
                ]
            }
        },
    },
]

FACE_POSITIVES = [
    # a bank's face check: the selfie as the face's portrait
    {
        "url": "https://api.example-bank.bzh/v2/anaout/gwiriañ",
        "method": "POST",
        "json": {"arval": "C-88123", "poltred_dremm": _JPEG},
    },
    # an enrolment sending the face alone
    {
        "url": "https://api.example-yec-hed.bzh/v1/kont/enrollañ",
        "method": "POST",
        "json": {"implijer": "u-51", "dremm": _JPEG},
    },
]

DEVICE_POSITIVES = [
    # a shop app's device id in a header
    {
        "url": "https://api.example-stal.bzh/v1/kont/digeriñ",
        "method": "POST",
        "headers": {"x-benveg": "YTFiMmMzZDRlNWY2YTdiOA=="},
        "json": {"postel": "a@example.bzh"},
    },
    # the same as a body key, a UUID
    {
        "url": "https://api.example-stal.bzh/v1/kont/digeriñ",
        "method": "POST",
        "json": {"id_benveg": "3f1c2b7a-9d84-4e61-a0c5-7b2e9f1d4c38", "yezh": "br"},
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("sellet", ("watching",)),
        ("chadenn", ("channel",)),
        ("abadenn", ("programme",)),
        ("kregin", ("start",)),
        ("munutennoù", ("minutes",)),
        ("titl", ("title",)),
        ("lec'hiadur_s", ("position", "s")),
        ("sellerien", ("viewers",)),
    ],
)
def test_breton_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_breton_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_a_breton_face_image_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_a_breton_device_id_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
