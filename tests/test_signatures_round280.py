"""Round 67 (set 280): Tok Pisin and Bislama apps (Papua New Guinea, Vanuatu).

What was missing, and what was chosen:

- Tok Pisin / Bislama viewing words (exfilwatch/detect/lexicon/viewing.yaml): `lukim` /
  `lukluk` (see, watch), `lukim pinis` / `yu lukim` (watched), `harim` / `harem` (listen),
  `harim pinis` (heard), `posisen`, `sekon`, `minit`, `longpela` / `longfala` (length),
  `taim` / `taem`, `taitel` / `taetol`, `nem`, `namba` (a piece's number), `pinis` / `finis`,
  `laiv`, `hatbit`, `stesin`, `chanel`, `vidio`, `progres`. The existing readers then find a
  watch position, a radio session, a live channel's heartbeat, a highlight's seconds
  watched, a sermon's progress and an app event named for watching;
- a watched list keyed `ol_stori_yu_lukim` ("the stories you watched"): `ol` (the plural
  marker) and `stori` (a broadcaster's piece) may stand beside the watched verb
  (structures/watched_key_rows.py);
- `pes` / `fes` (face) is also a page and Catalan "weight": `ambiguous_face`. A picture of it
  beside a liveness score (`laipnes`, `laip skoa`), or a match and a liveness score under it,
  is a face check (biometric/ambiguous-face-liveness-checks.yaml,
  structures/ambiguous_face_checks.py); `piksa` (picture), `templet` (template);
- `ki bilong fon` (the phone's key): `fon` is the phone, `bilong` / `blong` a connector, and
  the phrase `ki bilong` an identifier (never bare `ki`, Hindi "of", German KI).

Left: a Meta custom event `harem_stat` (listen start) with a content id and a programme but
no amount; no English start event of that shape is read either. Precision:
tests/fixtures/negatives/negatives_round280.jsonl (a receipt photo, a scanned passport page,
a search hit's page score, market prices, a bus stop, a live score, a phone number, a shop's
goods looked at, a ferry trip, a news story).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.lexicon import load
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round280.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}
JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIs"
    "IxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy"
    "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAABAAEDASIAAhEBAxEB"
)


def _template_b64(seed: int, size: int = 128) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 37 + seed * 11) % 89 - 44) / 400 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


VIEWING_POSITIVES = [
    # a TV app records where a programme was left, with its length (a bare `nem`,
    # "name", beside `stori`, also a news story, does not name a piece: left silent)
    {
        "url": "https://api.example-tivi.pg/v2/lukim/posisen",
        "method": "POST",
        "json": {"stori_namba": "T-44", "taitel": "Kumul Sport", "posisen": 812, "longpela": 2700},
    },
    # a radio app's listening session on a station
    {
        "url": "https://api.example-redio.pg/v1/harim",
        "method": "POST",
        "json": {"stesin": "FM Lae", "sekon_harim": 420, "statim": "2025-04-02T07:00:00Z"},
    },
    # the stories the person watched, each with where they stopped
    {
        "url": "https://api.example-tivi.pg/v2/yusa/lukim-pinis",
        "method": "GET",
        "response": {
            "json": {
                "ol_stori_yu_lukim": [
                    {"stori_namba": "T-12", "nem": "Nius Tonait", "posisen": 640},
                    {"stori_namba": "T-19", "nem": "Tumbuna Singsing", "posisen": 1210},
                ]
            }
        },
    },
    # a Bislama church radio's sermon podcast progress
    {
        "url": "https://api.example-lotu.vu/api/stori/P-7/progres",
        "method": "PUT",
        "json": {"taetol": "Prij blong Sande", "posisen": 940, "longfala": 2100, "finis": False},
    },
    # a highlight watched, with the seconds watched
    {
        "url": "https://api.example-ragbi.pg/v1/hailait/lukim",
        "method": "POST",
        "json": {
            "vidio_namba": "H-3",
            "taitel": "Hunters vs Capras",
            "hamas_sekon_yu_lukim": 51,
            "longpela": 140,
        },
    },
]

FACE_POSITIVES = [
    # a wallet's selfie: a picture of the face beside its liveness score
    {
        "url": "https://api.example-wolet.pg/v1/save/selfi",
        "method": "POST",
        "json": {"kastama": "C-301", "piksa_bilong_pes": JPEG, "laipnes": {"skoa": 0.9}},
    },
    # a check's result: match and liveness scores under the face word
    {
        "url": "https://api.example-wolet.pg/v1/save/risalt",
        "method": "GET",
        "response": {"json": {"pes": {"match_skoa": 0.84, "laip_skoa": 0.93}, "stetas": "OK"}},
    },
    # a face login's template
    {
        "url": "https://api.example-wolet.pg/v2/login/pes",
        "method": "POST",
        "json": {"pes_templet": _template_b64(5), "laip_skoa": 0.97},
    },
]

DEVICE_POSITIVES = [
    {
        "url": "https://api.example-wolet.pg/v2/login",
        "method": "POST",
        "json": {"wolet": "+67570001111", "ki_bilong_fon": "2F0C1B7E-55A1-4C3B-9E3D-0A4B5C6D7E8F"},
    },
]


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [
        ("viewing", "lukim", "watching"),
        ("viewing", "harim", "listen"),
        ("viewing", "harem", "listen"),
        ("viewing", "posisen", "position"),
        ("viewing", "longpela", "duration"),
        ("viewing", "longfala", "duration"),
        ("viewing", "sekon", "seconds"),
        ("viewing", "stesin", "radio_station"),
        ("biometric", "pes", "ambiguous_face"),
        ("biometric", "piksa", "photo"),
        ("biometric", "laipnes", "liveness"),
        ("biometric", "templet", "template"),
        ("device", "fon", "phone"),
        ("device", "bilong", "connector"),
    ],
)
def test_words_read_as_their_class(lexicon: str, word: str, cls: str) -> None:
    assert cls in load(lexicon).classes_of([word])


def test_pes_alone_is_not_a_face_word() -> None:
    assert "face" not in load("biometric").classes_of(["pes"])


def test_bare_ki_is_no_identifier() -> None:
    assert "identifier" not in load("device").classes_of(["ki"])


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_tok_pisin_and_bislama_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_pes_with_a_liveness_score_or_template_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_ki_bilong_fon_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
