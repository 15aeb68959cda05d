"""Round 56 B (set 207 worked: a Turkish family in Istanbul, Izmir and Berlin): the readings
behind the misses, in spellings and apps the set never used.

- Biometric: Turkish `gömme` (an embedding, with its possessive and plural forms) under a
  face-named object or compounded with the face word, and `özçekim` (a selfie) as a word
  in full with its endings; `özçekim çubuğu` (a selfie stick) is a product.
- Viewing: German `sehdauer` / `sehzeit` (viewing time) read as watching with its unit
  (`sehdauerSek`), `sendung` (the programme, singular) beside a channel; a bare percentage
  beside a series' name and an episode's number (an MMP event's params) is the share of
  that episode watched, unless a key names a download, discount, rating or device setting.
- Precision: Turkish `yüz` as "hundred" and in a cream's name, `gömme` as built-in
  appliances, German `Sender` / `Sendung` as a parcel's sender and shipment or a radio
  transmitter, `yüzde` as a discount, download or rating percentage
  (tests/fixtures/negatives/negatives_round207.jsonl).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round207.jsonl"
BIO = {"biometric"}
VIEW = {"viewing_history"}
_RNG = random.Random(56207)


def _floats(size: int) -> list[float]:
    return [round(_RNG.gauss(0.0, 0.08), 5) for _ in range(size)]


def _jpeg() -> str:
    return "/9j/4AAQSkZJRgABAQAAAQABAAD" + base64.b64encode(_RNG.randbytes(900)).decode()


def _post(url: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"url": url, "method": "POST", "json": body}


def _form(url: str, params: dict[str, Any]) -> dict[str, Any]:
    return {"url": url, "method": "POST", "form": params}


BIO_POSITIVES = [
    _post(
        "https://api.example-katilim.com.tr/v2/yuz", {"yuz_gommesi": _floats(512), "musteri": "1"}
    ),
    _post("https://api.example-sigorta.com.tr/v1/kayit", {"yüz": {"gömmeler": _floats(128)}}),
    _post(
        "https://api.example-fintek.com.tr/v3/oturum/ac",
        {"yuzBilgisi": {"gommesi": _floats(192), "surum": "2"}, "cihaz": "android"},
    ),
    _post("https://api.example-edevlet.gov.tr/v1/basvuru", {"özçekim": _jpeg(), "basvuruNo": "7"}),
    _post(
        "https://api.example-kargo.com.tr/v1/teslim/onay",
        {"ozcekimi": _jpeg(), "gonderi": "K-8812"},
    ),
]

VIEW_POSITIVES = [
    _post(
        "https://api.example-box.de/v2/log",
        {"kanal": "ZDF", "sendung": "Tatort", "sehdauerSek": 1800},
    ),
    _post(
        "https://api.example-iptv.de/v1/ereignis",
        {"sender": "ARD", "sendungstitel": "Tagesschau", "sehzeitSek": 900},
    ),
    _post(
        "https://api2.appsflyer.com/inappevent/com.example.series",
        {
            "eventName": "af_content_view",
            "eventValue": json.dumps({"serie": "La Casa", "episodio": "5", "porcentaje": "80"}),
        },
    ),
    _form(
        "https://app.adjust.com/event",
        {
            "app_token": "abc123def456",
            "event_token": "x1y2z3",
            "callback_params": json.dumps({"serie": "Dark", "folge": "3", "prozent": "50"}),
        },
    ),
    _form(
        "https://app.adjust.com/event",
        {
            "app_token": "abc123def456",
            "event_token": "q9w8e7",
            "partner_params": json.dumps({"dizi": "Kurulus Osman", "bolum": "3", "yuzde": "50"}),
        },
    ),
    _post(
        "https://api.example-tv.com/v1/events", {"show": "The Crown", "episode": 4, "percent": 35}
    ),
]


@pytest.mark.parametrize("example", BIO_POSITIVES, ids=lambda e: e["url"])
def test_biometric_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_viewing_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    assert not signatures_found(engine, example, BIO | VIEW), example["note"]
