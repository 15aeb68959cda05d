"""Round 60 (sets 224 and 227): Hungarian and Azerbaijani face templates (`arc|sablon`
written together, `uz` beside an English template word, the languages' liveness words),
live and radio session reports and recently-watched rows in Hungarian and Azerbaijani
(`kezdes`, `baslama`, `stansiya`, `baxilanlar`, `/elo/`), and a cable box's conditional-
access card number read as the receiver's id. Positives are written in other spellings
than the sets'; the hard negatives live in
tests/fixtures/negatives/negatives_round224.jsonl."""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

_NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round224.jsonl"


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


def _vector(size: int, seed: int) -> str:
    """A base64 float32 vector of small reals, an embedding's shape."""
    rng = random.Random(seed)
    return base64.b64encode(
        struct.pack(f"<{size}f", *(rng.gauss(0, 0.1) for _ in range(size)))
    ).decode()


_VEC512 = _vector(512, 224)
_VEC128 = _vector(128, 227)

POSITIVES = [
    (
        "biometric",
        {
            "note": "Hungarian face template written together (arcvektor) beside a liveness score",
            "url": "https://app.example-penztar.hu/v2/azonositas/arc",
            "method": "POST",
            "json": {
                "ugyfel": "K1",
                "arcvektor": _VEC512,
                "elosegvizsgalat": 0.91,
            },
        },
    ),
    (
        "biometric",
        {
            "note": "Hungarian arcminta (face sample vector) alone",
            "url": "https://api.example-belepo.hu/v1/regisztracio",
            "method": "POST",
            "json": {
                "arcminta": _VEC128,
                "verzio": "3",
            },
        },
    ),
    (
        "biometric",
        {
            "note": "Azerbaijani uz_embedding beside canlılıq",
            "url": "https://api.example-kart.az/v1/daxil-ol/uz",
            "method": "POST",
            "json": {
                "musteri": "A7",
                "uz_embedding": _VEC128,
                "canliliq": 0.88,
            },
        },
    ),
    (
        "viewing_history",
        {
            "note": "Hungarian live report: csatorna, masodperc, kezdete",
            "url": "https://api.example-tevenezo.hu/v1/elo/jelentes",
            "method": "POST",
            "json": {"csatornaNev": "Duna", "masodpercek": 120, "kezdete": "2025-03-02T19:00:00Z"},
        },
    ),
    (
        "viewing_history",
        {
            "note": "Azerbaijani live heartbeat kanal + saniye + baslama",
            "url": "https://api.example-efir.az/v2/canli/yoxlama",
            "method": "POST",
            "json": {"kanalAdi": "ARB", "saniye": 45, "baslamaVaxti": "2025-03-02T19:00:00Z"},
        },
    ),
    (
        "viewing_history",
        {
            "note": "Azerbaijani radio session: radiostansiya, minutes, start",
            "url": "https://api.example-dalga.az/v1/radio/dinleme",
            "method": "POST",
            "json": {"radiostansiya": "Araz FM", "deqiqe": 25, "baslamasi": "2025-03-02T08:00:00Z"},
        },
    ),
    (
        "viewing_history",
        {
            "note": "Azerbaijani baxilanlar list of channel rows",
            "url": "https://api.example-iptv.az/v1/baxilanlar",
            "method": "POST",
            "json": {
                "sonBaxilanlari": [
                    {"kanal": "Xezer TV", "saniye": 900, "vaxti": "2025-03-02T20:00:00Z"},
                    {"kanal": "ATV", "saniye": 300, "vaxti": "2025-03-02T20:20:00Z"},
                ]
            },
        },
    ),
    (
        "device_id",
        {
            "note": "Polish CA card number (karta) in a cable box middleware header",
            "url": "https://mw.example-kablowka.pl/stb/v1/kanaly",
            "method": "GET",
            "headers": {"x-ca-karta": "8812004471"},
        },
    ),
    (
        "device_id",
        {
            "note": "French CA card number in a JSON body",
            "url": "https://stb.example-cable.fr/v1/box/login",
            "method": "POST",
            "json": {"ca_carte_numero": "123456789012"},
        },
    ),
]


@pytest.mark.parametrize(("category", "example"), POSITIVES, ids=[p[1]["note"] for p in POSITIVES])
def test_positive(engine: Engine, category: str, example: dict[str, Any]) -> None:
    assert category in _categories(engine, example)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in _NEGATIVES.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative(engine: Engine, example: dict[str, Any]) -> None:
    assert not _categories(engine, example) & {"biometric", "device_id", "viewing_history"}
