"""Round 62 (sets 235, 239): the readings behind the misses, in spellings and apps the sets
never used.

- Biometric: Czech / Slovak `vzorek` / `vzorka` (a sample) in the identity-capture lexicon,
  so a voice word beside it (`hlasovyVzorek`, `vzorkaHlasu`) is a voice sample; the Czech
  voice stem `hlasov-` became the adjective's forms, since it also read hlasovani /
  hlasovanie ("voting") as a voice.
- Viewing: Czech / Slovak `zapas`, Norwegian / Danish `kamp` (a match) in the `fixture`
  class; Czech `kdy`, Slovak `kedy`, Polish `kiedy` (when) dating a listened row;
  Norwegian / Danish `direkte` (live), `hjerteslag` (heartbeat).
- Precision: an ad campaign's `kampId` beside an advert id, a vote beside a sound sample,
  a fixture list and a cinema programme dated under "when", a workout's heart beats
  (tests/fixtures/negatives/negatives_round235.jsonl).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round235.jsonl"
BIO = {"biometric"}
VIEW = {"viewing_history"}


def _wav() -> str:
    pcm = bytes((i * 37) % 256 for i in range(1600))
    header = b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVEfmt "
    header += struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
    return base64.b64encode(header + b"data" + struct.pack("<I", len(pcm)) + pcm).decode()


BIO_POSITIVES = [
    {
        "url": "https://api.example-banka.cz/v1/prihlaseni",
        "method": "POST",
        "json": {"klient": "K-1", "hlasovyVzorek": _wav()},
    },
    {
        "url": "https://api.example-sporitelna.sk/v1/prihlasenie",
        "method": "POST",
        "json": {"klient": "K-2", "vzorkaHlasu": _wav()},
    },
]

VIEW_POSITIVES = [
    {
        "url": "https://api.example-sport.cz/api/zive/tep",
        "method": "POST",
        "json": {"zapasId": "cz-1", "sekundySledovani": 400},
    },
    {
        "url": "https://api.example-tv.dk/v1/direkte/hjerteslag",
        "method": "POST",
        "json": {"kampen": "FCK - Brondby", "sett_sekunder": 1200},
    },
    {
        "url": "https://api.example-radio.sk/v1/ja/vypocute",
        "method": "GET",
        "response": {
            "json": {
                "vypocute": [
                    {"nazov": "Ranna show", "kedy": "2025-03-01T06:00:00Z"},
                    {"nazov": "Sobotne hity", "kedy": "2025-03-01T07:00:00Z"},
                ]
            }
        },
    },
    {
        "url": "https://api.example-radio.pl/v1/ja/wysluchane",
        "method": "GET",
        "response": {
            "json": {
                "wysluchane": [
                    {"tytul": "Poranek", "kiedy": "2025-03-01T06:00:00Z"},
                    {"tytul": "Hity", "kiedy": "2025-03-01T07:00:00Z"},
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", BIO_POSITIVES, ids=lambda e: e["url"])
def test_voice_sample_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "biometric.voice_sample_verification" in signatures_found(engine, example, BIO)


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_viewing_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | BIO)
    assert not found, (example["note"], found)
