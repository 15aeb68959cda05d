"""Round 63 (sets 242, 243, 245): the readings behind the misses and false positives, in
spellings and apps the sets never used.

- Viewing: Armenian `khagh` (a match) beside a live flag and seconds watched, `kayan` /
  `radiokayan` (a radio station) with a duration, `lsvel` (when a song was heard) in a
  recently-listened list; a Portuguese `novela` (a telenovela) in a watching history is
  watched, not a novel read.
- Biometric: PERCLOS beside a blink rate or an eye's closure (a driver's eye metrics).
- Precision: a screen of an operator's collection of screens reporting its play log
  (`/ecras/<id>/registo-reproducao`, `/pantallas/<id>/...`), a transit operator's
  telematics of its vehicles (`/telematica/viaturas/<n>`), an MDM console acting on one
  managed device (`/console/...`, `/admin/...` at an MDM host), PERCLOS settings and
  tallies, a novel's reading history, an Armenian game and metro station
  (tests/fixtures/negatives/negatives_round243.jsonl). Still found: a device's own MDM
  agent checking in, a person's own car's VIN.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round243.jsonl"
BIO = {"biometric"}
DEV = {"device_id"}
VIEW = {"viewing_history"}

VIEW_POSITIVES: list[dict[str, Any]] = [
    {
        "url": "https://api.example-marz.am/v3/live/heartbeat",
        "method": "POST",
        "json": {
            "khaghi_id": "g-12",
            "ditvac_vayrkyan": 1320,
            "ughigh": True,
            "ts": "2025-04-01T18:00:00Z",
        },
    },
    {
        "url": "https://api.example-efir.am/v1/radio/lsum",
        "method": "POST",
        "json": {
            "radiokayan": "Hanrayin Radio",
            "skizb": "2025-04-01T08:00:00Z",
            "tevoxutyun": 900,
        },
    },
    {
        "url": "https://api.example-nvag.am/v2/im/verjin-lsvacner",
        "method": "GET",
        "response": {
            "json": {
                "tsank": [
                    {"yergi_id": "s-1", "katarogh": "Aram", "lsvel": "2025-04-01T08:00:00Z"},
                    {"yergi_id": "s-2", "katarogh": "Lilit", "lsvel": "2025-04-01T07:50:00Z"},
                ]
            }
        },
    },
    {
        "url": "https://api.example-novelas.pt/v2/conta/historico-de-visualizacao",
        "method": "GET",
        "response": {
            "json": {
                "itens": [
                    {
                        "novelaSlug": "a-favorita",
                        "nome": "A Favorita",
                        "episodio": 12,
                        "vistoEm": "2025-04-01T21:00:00Z",
                    },
                    {
                        "novelaSlug": "mar-salgado",
                        "nome": "Mar Salgado",
                        "episodio": 88,
                        "vistoEm": "2025-03-31T21:00:00Z",
                    },
                ]
            }
        },
    },
]

BIO_POSITIVES: list[dict[str, Any]] = [
    {
        "url": "https://fatigue.example-fleet.fr/v1/conducteur/vigilance",
        "method": "POST",
        "json": {"fenetreSec": 60, "perclos": 0.18, "clignementsParMinute": 17},
    },
    {
        "url": "https://api.example-autobus.it/v2/autista/stanchezza",
        "method": "POST",
        "json": {"PERCLOS_P80": 22.4, "occhiChiusi": 0.4, "t": 1741852829245},
    },
]

DEVICE_POSITIVES: list[dict[str, Any]] = [
    {
        "url": "https://mdm.example-corp.com/agent/v1/devices/R58N12ABCDE/checkin",
        "method": "POST",
        "json": {"imei": "356938035643809", "serial": "R58N12ABCDE", "battery": 88},
    },
    {
        "url": "https://api.example-drive.pt/v1/veiculos/VF3LCYHZPKS123456/estado",
        "method": "GET",
        "response": {"json": {"vin": "VF3LCYHZPKS123456", "combustivel": 0.61}},
    },
]


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_viewing_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", BIO_POSITIVES, ids=lambda e: e["url"])
def test_eye_closure_metrics_are_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "biometric.eye_closure.perclos" in signatures_found(engine, example, BIO)


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_own_device_is_still_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
