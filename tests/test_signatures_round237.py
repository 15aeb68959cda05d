"""Round 62 (set 237): the readings behind the misses, in spellings and apps the set never used.

- Viewing: Punjabi / Hindi / Urdu `mukabla` (a match), `sidha prasaran` / `sidha` (live),
  `dhadkan` (heartbeat), `channel badlia` (channel changed), `pichhla` (previous, a switch
  side), `tikia` (stayed, a dwell), `lambai` (length), `kinna` (how much, a share); the live
  heartbeat rule reads the lexicon's live and heartbeat words and a listened time.
- Biometric: a verification task API's face task (`tasks/<sync|async>/<action>/face` with
  `data.document1` / `document2`, IDfy's face compare and photo liveness); a face vendor's
  document readers (`/readKYC`, `/readPAN`) are OCR and stay silent.
- Device: a tractor's telematics control unit serial (`tcu_serial`, maker-prefixed).
- Precision: tests/fixtures/negatives/negatives_round237.jsonl.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round237.jsonl"
BIO = {"biometric"}
DEV = {"device_id"}
VIEW = {"viewing_history"}
_JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIs"
    "IxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAA"
    "AAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q=="
)

VIEW_POSITIVES = [
    {
        "url": "https://api.example-kabaddi.in/v1/sidha-prasaran/pulse",
        "method": "POST",
        "json": {"muqabla_id": "pkl-0412", "dekhia_seconds": 1840, "quality": "hd"},
    },
    {
        "url": "https://api.example-gurbani.in/v2/sidha/dhadkan",
        "method": "PUT",
        "json": {"raag": "Asa", "suniya_sec": 420},
    },
    {
        "url": "https://api.example-cricket.pk/v1/barah-rast/dharkan",
        "method": "POST",
        "json": {"dekha_sec": 600, "seq": 12},
    },
    {
        "url": "https://stb.example-dth.in/api/v2/channel-badla",
        "method": "POST",
        "json": {
            "pichla_channel": {"number": 212, "naam": "PTC Punjabi"},
            "tikea_sec": 905,
            "samaa": "2025-02-01T08:00:00Z",
        },
    },
    {
        "url": "https://api.example-sports.in/v3/highlights/dekhia",
        "method": "POST",
        "json": {"clip_id": "hl-88", "sirlekh": "Best raids", "kinna_dekhia": 100, "lambai": 48},
    },
]

BIO_POSITIVES = [
    {
        "url": "https://eve.example-kyc.in/v3/tasks/async/compare/face",
        "method": "POST",
        "json": {
            "task_id": "t-1",
            "group_id": "g-1",
            "data": {"document1": _JPEG, "document2": _JPEG},
        },
    },
    {
        "url": "https://kyc.example-bank.in/api/tasks/sync/check_photo_liveness/face",
        "method": "POST",
        "json": {"task_id": "t-2", "data": {"document1": _JPEG}},
    },
]

DEVICE_POSITIVES = [
    {
        "url": "https://api.example-agri.in/v2/tractor/status",
        "method": "POST",
        "json": {"tcu_serial": "SW-TCU-80417723", "fuel": 40},
    },
    {
        "url": "https://api.example-agri.in/v2/machine/ping",
        "method": "POST",
        "json": {"tcuSerialNo": "MF-30018842", "hours": 812},
    },
]


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_viewing_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", BIO_POSITIVES, ids=lambda e: e["url"])
def test_face_task_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "biometric.face_image.kyc_task_face_type" in signatures_found(engine, example, BIO)


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_telematics_unit_serial_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id.telematics_unit_serial" in signatures_found(engine, example, DEV)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
