"""Round 66 (set 273): Kinyarwanda and Kirundi apps, in spellings and apps the set never used.

The readings were there; the words were not:

- Kinyarwanda / Kirundi viewing words (exfilwatch/detect/lexicon/viewing.yaml): the perfective
  `yarebye` / `warebye` / `narebye` (watched: `ibyo yarebye`, what they watched), `ibyumviswe`
  / `yumviswe` / `yumvise` (heard, listened), `kumva` (to listen), `uherutse` / `iheruka`
  (lately), `umwanya` (the place or moment: a playhead), `filime` (film) and `umuhanzi`
  (artist);
- a match's highlights as the media noun of a watched path (`/highlights/{id}/watched`,
  Kinyarwanda `/incamake/{id}/yarebye`: viewing_history/path-item-watched-amount);
- biometric words (lexicon/biometric.yaml): `ijwi` / `amajwi` (voice), `kwiyandikisha`
  (to register oneself), `kugenzura` (to verify), `kwinjira` (to enter: sign in), and `isura`
  (face), which is also "appearance, look", read only as `ambiguous_face`: beside a template or
  vector word, over an embedding's shape, at a login or enrolment path.

`amajwi` is also an election's votes; the voice readings need a recording, so a tally does not
read. `incamake` is also a news summary; the watched path needs a measured amount. `igice`
(episode, also any part or section) is left out. Precision:
tests/fixtures/negatives/negatives_round273.jsonl (vote tallies, an account's look, a shop's
recently viewed goods, a map place, a bus seat, a news summary seen, a chat receipt, an artist
catalogue, a password login, a voice-menu setting, a radio list, recent posts, a visual search).

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

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round273.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 192) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 41 + seed * 13) % 97 - 48) / 420 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


def _vector(seed: int, size: int = 128) -> list[float]:
    """A face embedding as a JSON list of small varied reals."""
    return [round(((i * 59 + seed * 5) % 83 - 41) / 330, 5) for i in range(size)]


def _wav(seconds_tenths: int = 3) -> bytes:
    """A short 8 kHz mono PCM WAV: a header and varied samples."""
    samples = bytes((i * 73 + 11) % 256 for i in range(800 * seconds_tenths))
    fmt = struct.pack("<4sIHHIIHH", b"fmt ", 16, 1, 1, 8000, 8000, 1, 8)
    data = struct.pack("<4sI", b"data", len(samples)) + samples
    return struct.pack("<4sI4s", b"RIFF", 4 + len(fmt) + len(data), b"WAVE") + fmt + data


VIEWING_POSITIVES = [
    # a film app's history: what the user watched (`ibyo_warebye`) and how far
    {
        "url": "https://api.example-filime.bi/v2/konti/ibyo-warebye",
        "method": "GET",
        "response": {
            "json": {
                "ibyo_warebye": [
                    {"filime_id": "F-881", "umutwe": "Inzira ndende", "umwanya": 2210},
                    {"filime_id": "F-902", "umutwe": "Umuryango", "umwanya": 640},
                ]
            }
        },
    },
    # a choir app records a song heard, with the place reached
    {
        "url": "https://api.example-korari.rw/v1/byumviswe",
        "method": "POST",
        "form": {"indirimbo_id": "K-77", "umwanya": "96", "igihe": "1740900000000"},
    },
    # songs heard lately, with when each was heard
    {
        "url": "https://api.example-korari.rw/v1/konti/uheruka",
        "method": "GET",
        "response": {
            "json": {
                "iheruka": [
                    {"indirimbo_id": "K-12", "umutwe": "Ihumure", "yumviswe": "2025-04-02T07:10Z"},
                    {"indirimbo_id": "K-40", "umutwe": "Amizero", "yumviswe": "2025-04-02T07:14Z"},
                ]
            }
        },
    },
    # English highlights watched, with the seconds watched
    {
        "url": "https://api.example-sportclips.test/v3/highlights/M-5521/watched",
        "method": "POST",
        "json": {"watched_seconds": 74, "match": "Home vs Away"},
    },
    # Kirundi football highlights (`incamake`) watched, the place reached
    {
        "url": "https://api.example-umupira.bi/v2/incamake/BL-204/yarebye",
        "method": "POST",
        "json": {"umwanya": 51, "igihe": "2025-04-02T18:00:00Z", "umukino": "Vital'O vs Inter"},
    },
]

FACE_POSITIVES = [
    # a face login: the template as base64 float32 under `isura`
    {
        "url": "https://api.example-mobimoney.bi/v2/kwinjira/isura",
        "method": "POST",
        "json": {"isura": {"template": _template_b64(3)}},
    },
    # enrolment: the embedding as a JSON list under `isura`
    {
        "url": "https://api.example-mobimoney.bi/v2/isura/kwiyandikisha",
        "method": "POST",
        "json": {"isura": {"embedding": _vector(4)}, "umukiriya": "C-1002"},
    },
]

VOICE_POSITIVES = [
    # a voice check posts the recording itself
    {
        "url": "https://mobile.example-bank.bi/api/v2/ijwi/kugenzura",
        "method": "POST",
        "headers": {"content-type": "audio/wav"},
        "body_base64": base64.b64encode(_wav()).decode(),
    },
]


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [
        ("viewing", "yarebye", "watched"),
        ("viewing", "warebye", "watched"),
        ("viewing", "ibyumviswe", "listened"),
        ("viewing", "yumvise", "listened"),
        ("viewing", "kumva", "listen"),
        ("viewing", "uherutse", "recently"),
        ("viewing", "umwanya", "position"),
        ("viewing", "filime", "film"),
        ("viewing", "umuhanzi", "artist"),
        ("biometric", "amajwi", "voice"),
        ("biometric", "kwiyandikisha", "enrol"),
        ("biometric", "kugenzura", "match"),
        ("biometric", "kwinjira", "login"),
        ("biometric", "isura", "ambiguous_face"),
    ],
)
def test_words_read_as_their_class(lexicon: str, word: str, cls: str) -> None:
    assert cls in load(lexicon).classes_of([word])


def test_isura_alone_is_not_a_face_word() -> None:
    assert "face" not in load("biometric").classes_of(["isura"])


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_kinyarwanda_and_kirundi_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_isura_beside_a_template_at_a_login_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", VOICE_POSITIVES, ids=lambda e: e["url"])
def test_a_voice_recording_at_a_kinyarwanda_path_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
