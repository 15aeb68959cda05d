"""Round 66 (set 263): Tatar apps in Kazan, in Latin (Zamanälif) and Cyrillic spellings.

What was missing, and what was chosen:

- Tatar viewing words (exfilwatch/detect/lexicon/viewing.yaml, `tt`): `urın` / `урын`
  (position), `dävamlılıq` (duration), `karaldı` / `караган` (watched), `vaqıt` / `вакыт`
  (time), `tapşıru` / `тапшыру` (programme), `bülek` (episode), `eçtälek` (content), `isem`
  (name), `tarix` (history), `dävam itü` (continue). The readings were there (a playback
  record, a continue-watching row, a history list); the words were not. A chart's view count
  (`karau_sanı`, Turkish `izlenme_sayısı`) is bookkeeping, not a time watched
  (structures/endpoints.py).
- Tatar face words (lexicon/biometric.yaml): `yöz` / `йөз` (face) is also "hundred", so the
  bare word is an `ambiguous_face` (read only over a template or a vector); the plural
  `yözlär` and `yöz şablonı` (face template) are faces; `şablon` (template), `oxşaşlıq`
  (similarity), `tereklek` (liveness), `käef` (mood), `yäş` (age) and `bäyäse` (estimate).
- An audience camera's rows of faces, each with an estimated age and a mood or a head pose
  (new reading structures/face_trait_rows.py, rule biometric/face-trait-rows-audience).
- Institution units (lexicon/unit_owner.yaml): Tatar `inventar` (an inventory number in the
  unit's record: a university's lab instruments) as an asset tag, and a lab's instrument
  gateway (`lab-gateway/1.4` as User-Agent), a spectrophotometer, as premises units: the
  institution's own instruments, never a person's device.

Precision: tests/fixtures/negatives/negatives_round263.jsonl (a TV guide, a catalogue, a
most-watched chart, a bus app's stops, a transfer in hundreds, a shop's price list, a lab's
instrument, an instrument gateway, a support chat, a photo studio's retouching order, a
foyer's people counter).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round263.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 512) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 41 + seed * 13) % 101 - 50) / 420 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


TATAR_VIEWING_POSITIVES = [
    # a film's position and running time, Latin keys (Zamanälif)
    {
        "url": "https://api.example-kino.tatar/v1/karau/progress",
        "method": "POST",
        "json": {
            "karau": {
                "eçtälek_id": "film-208",
                "isem": "Kazan kiçläre",
                "urın_sek": 2411,
                "dävamlılıq": 5400,
            }
        },
    },
    # continue-watching rows with the position to resume from
    {
        "url": "https://api.example-kino.tatar/v1/bash/davam-it",
        "method": "GET",
        "response": {
            "json": {
                "dävam_itü": [
                    {"eçtälek_id": "s-14", "isem": "Yıllar", "urın_sek": 812, "progress": 0.4},
                    {"eçtälek_id": "s-20", "isem": "Millät", "urın_sek": 95, "progress": 0.1},
                ]
            }
        },
    },
    # a watch history in Cyrillic: programme, episode, when and the seconds left
    {
        "url": "https://api.example-kino.tatar/v1/profil/tarix",
        "method": "GET",
        "response": {
            "json": {
                "карау_тарихы": [
                    {
                        "тапшыру": "Кичке хәбәрләр",
                        "бүлек": 3,
                        "караган_вакыт": "2025-06-02T19:40:00Z",
                        "калды_сек": 410,
                    },
                    {
                        "тапшыру": "Яшьләр",
                        "бүлек": 9,
                        "караган_вакыт": "2025-06-01T20:10:00Z",
                        "калды_сек": 1202,
                    },
                ]
            }
        },
    },
]

FACE_TEMPLATE_POSITIVES = [
    # a bank's login with a face template (yöz şablonı) as base64 float32
    {
        "url": "https://api.example-bank.tatar/v3/kerü/yöz",
        "method": "POST",
        "json": {"qullanuçı": "C-77120", "yöz_şablonı": _template_b64(3), "tereklek": 0.97},
    },
    # Cyrillic keys, the template under the face word
    {
        "url": "https://api.example-bank.tatar/v3/kerü/face",
        "method": "POST",
        "json": {"йөз_шаблоны": _template_b64(8), "тереклек": 0.95},
    },
]

FACE_ROW_POSITIVES = [
    # a foyer screen's audience rows, Latin keys, head angles
    {
        "url": "https://ekran.example-teatr.tatar/v1/analitika",
        "method": "POST",
        "json": {
            "ekran": "foyer-3",
            "yözlär": [
                {"yäş_bäyäse": 27, "käef": "şat", "baş_poziciyase": {"yaw": 6.2, "pitch": -1.5}},
                {"yäş_bäyäse": 45, "käef": "tınıç", "baş_poziciyase": {"yaw": -9.9, "pitch": 3.0}},
            ],
        },
    },
    # a shop window's screen, English keys
    {
        "url": "https://dooh.example-screens.com/v2/audience",
        "method": "POST",
        "json": {
            "faces": [
                {"estimated_age": 38, "emotion": "surprised"},
                {"estimated_age": 19, "emotion": "happy"},
            ]
        },
    },
    # Turkish keys: yüzler with an estimated age and a mood
    {
        "url": "https://ekran.example-avm.com.tr/v1/olcum",
        "method": "POST",
        "json": {"yüzler": [{"tahmini_yaş": 33, "duygu": "mutlu"}]},
    },
]

# The institution's instrument is silent; the same record without the word is read.
LAB_UNIT = {
    "url": "https://api.example-univer.tatar/v1/laboratoriya/caylanma/centr",
    "method": "GET",
    "response": {
        "json": {
            "id": "centr-1",
            "isem": "Sentrifuga",
            "serial_nomer": "7731002281",
            "mac": "B8:27:EB:41:52:63",
            "inventar": "UNIV-7731",
        }
    },
}
GATEWAY_UNIT = {
    "url": "https://iot.example-univer.tatar/v1/olcau",
    "method": "POST",
    "headers": {"user-agent": "instrument-gateway/3.1"},
    "json": {"device_serial": "C33792400567", "device_mac": "00:1B:63:12:34:56", "temp_c": 21.4},
}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("urın_sek", ("position", "seconds")),
        ("dävamlılıq", ("duration",)),
        ("karaldı_sek", ("watched", "seconds")),
        ("eçtälek_id", ("content", "id")),
        ("карау_тарихы", ("watching", "history")),
    ],
)
def test_tatar_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", TATAR_VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_tatar_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_TEMPLATE_POSITIVES, ids=lambda e: e["url"])
def test_tatar_face_template_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", FACE_ROW_POSITIVES, ids=lambda e: e["url"])
def test_audience_face_rows_are_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, BIO)
    assert "biometric.face_trait_rows" in found, found


@pytest.mark.parametrize("example", [LAB_UNIT, GATEWAY_UNIT], ids=lambda e: e["url"])
def test_an_institutions_instrument_is_not_a_persons_device(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert not signatures_found(engine, example, DEV)


def test_the_same_unit_without_the_institutions_words_is_read(engine: Engine) -> None:
    lab = json.loads(json.dumps(LAB_UNIT))
    del lab["response"]["json"]["inventar"]
    gateway = {**GATEWAY_UNIT, "headers": {"user-agent": "okhttp/4.12"}}
    assert signatures_found(engine, lab, DEV)
    assert signatures_found(engine, gateway, DEV)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
