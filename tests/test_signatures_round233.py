"""Round 61 (sets 227, 230, 233): the readings behind the misses, in spellings and apps
the sets never used.

- Viewing: romanised Amharic forms in the viewing lexicon (iyta / ayta "view", taye /
  tayeto "watched", metoegna "percent", kerbe "recent", ketatay "series", gitmiya
  "match", qetta "live", tefeseme "completed", zemari "singer"), so the existing
  readings fire; a numbered episode of a podcast or series with a bare position at a
  progress path (`episode_bare_position`); a device's own viewing summary, a time amount
  per channel under a viewing word (`viewing_summary_channel_rows`).
- Biometric: a face vector nested under a face word of any language, short or ambiguous
  ones included (`fata`, `uz`, `arc`, `cara`), on a face / enrolment / login path or
  beside such a word (`weak_face_nested_vector`, `weak_face_nested_vector_beside`).
- Precision: text embeddings keyed by language, a queue's order, a page read, an audience
  report (tests/fixtures/negatives/negatives_round233.jsonl).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round233.jsonl"
BIO = {"biometric"}
VIEW = {"viewing_history"}


def _vector(seed: int, size: int = 128) -> list[float]:
    rng = random.Random(seed)
    return [round(rng.gauss(0, 0.088), 4) for _ in range(size)]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("aytaTarik", ("watching", "history")),
        ("tayetoBeqen", ("watched",)),
        ("metoegna", ("percent",)),
        ("kerbe_yetayu", ("recently", "watched")),
        ("gitmiya_id", ("fixture", "id")),
        ("qetta", ("live",)),
    ],
)
def test_amharic_romanised_words(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


VIEW_POSITIVES = [
    {
        "url": "https://api.example-eth.tv/v2/ayta/edget",
        "method": "PUT",
        "json": {"teketatayId": "s-4", "kifl": 12, "sekend": 1500, "rzmet": 2700},
    },
    {
        "url": "https://api.example-eth.tv/v1/kuas/tayto",
        "method": "POST",
        "json": {"videoId": "g-55", "metoegna": 75, "qoyta": 240},
    },
    {
        "url": "https://api.example-sport.et/v1/qetta/heartbeat",
        "method": "POST",
        "json": {"gitmiyaId": 9912, "yetayuSekend": 1900},
    },
    {
        "url": "https://api.example-pods.es/v1/podcasts/progreso",
        "method": "POST",
        "json": {"podcast_id": "pc-1", "episodio": 8, "posicion": 912},
    },
    {
        "url": "https://stb.example-kablo.tr/v1/rapor",
        "method": "POST",
        "json": {"izlemeOzeti": [{"kanal": "TRT 1", "dakika": 40}, {"kanal": "ATV", "dakika": 75}]},
    },
]

BIO_POSITIVES = [
    {
        "url": "https://api.example-bank.hu/v1/auth/arc",
        "method": "POST",
        "json": {"ugyfel": "H-1", "arc": {"vektor": _vector(1)}},
    },
    {
        "url": "https://api.example-banco.es/v2/registro/biometria",
        "method": "POST",
        "json": {"cliente": "E-1", "cara": {"template": _vector(2)}},
    },
    {
        "url": "https://api.example-app.az/v1/sync",
        "method": "POST",
        "json": {"tesdiq": "dogrulama", "uz": {"embedding": _vector(3)}},
    },
]


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_viewing_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", BIO_POSITIVES, ids=lambda e: e["url"])
def test_nested_face_vector_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | BIO)
    assert not found, (example["note"], found)
