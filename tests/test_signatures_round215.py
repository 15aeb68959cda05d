"""Round 59 (held-out set 215): Egyptian Arabic written in Arabizi, digits standing for
letters (3 ayn, 5 kha, 7 ha, 2 hamza or qaf). The lexicon reads Egyptian words for
watched / listened / seconds / recently / history / station / face (`arz`), and the
Arabizi reader folds each camelCase word of a key (`sawaaniItsama3et`). Ordinary
look-alikes (a metro station with a ride's length, a shop's `a5eran`, an order
`sigel`, a song catalogue, a countdown in `sawany`, a beauty filter's `wesh`) stay quiet.

Every example is written for this test in spellings other than the set's; none is
copied from held-out traffic."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round215.jsonl"
T = "2025-04-11T19:20:00Z"
_RNG = random.Random(7)
EMB = [round(_RNG.gauss(0, 0.07), 5) for _ in range(256)]


def _found(engine: Engine, example: dict, category: str) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == category}


def test_the_negatives_file_is_quiet(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        for category in ("viewing_history", "biometric"):
            assert not _found(engine, example, category), example["note"]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("etfarag_sawany", ("watched", "seconds")),
        ("sawaaniItsama3et", ("seconds", "listened")),
        ("itsama3etFe", ("listened", "fe")),
        ("akheeran", ("recently",)),
        ("segel", ("history",)),
        ("3onwan", ("title",)),
        ("ghonwaId", ("song", "id")),
        ("elmahatta", ("radio_station",)),
        ("s3Key", ("s", "3", "key")),
        ("h264Codec", ("h", "264", "codec")),
    ],
)  # fmt: skip
def test_egyptian_arabizi_keys_are_read(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://api.kora-example.com/v1/mobarah/heartbeat", "method": "POST",
         "json": {"mobarahId": "m-33", "etfarag_sawany": 1260, "mobasher": True}},
        {"url": "https://api.aflam-example.com/v2/film/itshafit", "method": "POST",
         "json": {"filmId": "f91", "nesba": 85, "itshafitFe": T}},
        {"url": "https://api.anghami-like.example/v1/events", "method": "POST",
         "json": {"ghonwaId": "s-7", "elmotreb": "Sherine", "sawaaniItsama3et": 140, "wa2t": T}},
        {"url": "https://api.quran-example.com/v1/ayat/session", "method": "POST",
         "json": {"elsora": "Yasin", "itsama3_sawany": 310, "wa2t": T}},
        {"url": "https://api.anghami-like.example/v1/me/recent", "method": "GET",
         "response": {"json": {"akheeran": [
             {"ghonwaId": "s-1", "elmotreb": "Sherine", "3onwan": "A", "itsama3etFe": T},
             {"ghonwaId": "s-2", "elmotreb": "Hamaki", "3onwan": "B", "itsama3etFe": T}]}}},
        {"url": "https://api.drama-example.com/v1/me/history", "method": "GET",
         "response": {"json": {"segel": [{"mosalsalId": "d1", "7al2a": 3, "etshafet": T},
                                         {"mosalsalId": "d2", "7al2a": 11, "etshafet": T}]}}},
        {"url": "https://api.fm-example.com/v1/radio/session", "method": "POST",
         "json": {"elmahatta": "Nogoum FM", "bedaya": T, "modda": 1800}},
    ],
)  # fmt: skip
def test_egyptian_viewing_and_listening_are_found(engine: Engine, example: dict) -> None:
    assert _found(engine, example, "viewing_history"), example


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://api.bank-example.com/v2/login/face", "method": "POST",
         "json": {"user": "u1", "wageh": {"template": EMB}}},
        {"url": "https://api.bank-example.com/v2/kyc/enroll", "method": "POST",
         "json": {"elwesh": {"embedding": EMB}}},
    ],
)  # fmt: skip
def test_egyptian_face_vectors_are_found(engine: Engine, example: dict) -> None:
    assert _found(engine, example, "biometric"), example
