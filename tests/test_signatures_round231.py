"""Round 61 (sets 231, 232): the readings behind the misses, in spellings and apps the sets
never used.

- Device: the Aadhaar PID block's `DeviceInfo` `dc` (the unique Registered Device Code of
  UIDAI's Registered Devices specification) read as the registered device's id.
- Viewing: Marathi `kendra` (a radio station, on a radio path), `takke` (percent), `vel`
  (time: `pahileVel`), `maalika` (a series); a "recently" list of songs dated under a bare
  "when" (`cuando`, `at`) from a path that says listened, played or watched.
- Precision: a velocity `vel`, a service centre `kendra`, a discount `takke`, a store's
  recent releases, a forum's recent topics, a placeholder device code
  (tests/fixtures/negatives/negatives_round231.jsonl).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round231.jsonl"
DEV = {"device_id"}
VIEW = {"viewing_history"}
_PID = (
    '<?xml version="1.0"?><PidData><Resp errCode="0" errInfo="" fCount="2" fType="2" iCount="0"'
    ' pCount="0"/><DeviceInfo dpId="STARTEK.ACPL" rdsId="ACPL.AND.001" rdsVer="1.1.2"'
    ' dc="{dc}" mi="FM220U"/><Skey ci="20260611">bW9yZXNlc3Npb25rZXlieXRlc2hlcmVtb3JlYnl0ZXM='
    '</Skey><Hmac>SE1BQ1ZBTFVFSE1BQ1ZBTFVFSE1BQ1ZBTFVF</Hmac><Data type="X">'
    "ZW5jcnlwdGVkYmlvbWV0cmljZGF0YWVuY3J5cHRlZGJpb21ldHJpY2RhdGE=</Data></PidData>"
)

DEVICE_POSITIVES = [
    {
        "url": "https://api.example-pos.in/v3/aeps/cash",
        "method": "POST",
        "json": {"amount": 1000, "pid_xml": _PID.format(dc="e4b1c9d2-6a7f-4b3e-9c21-5f8d0a3b7e64")},
    },
    {
        "url": "https://api.example-coop.in/v1/kyc/finger",
        "method": "POST",
        "form": {"rdResponse": _PID.format(dc="A7F3C91B20E84D6FB5C2E19D073A")},
    },
]

VIEW_POSITIVES = [
    {
        "url": "https://api.example-aakashvani.in/v2/radio/aikane",
        "method": "POST",
        "json": {"kendra": "Pune FM", "suruvat": "2025-03-01T06:00:00Z", "kalavadhi_min": 22},
    },
    {
        "url": "https://api.example-krida.in/v1/video/pahile",
        "method": "POST",
        "json": {
            "videoId": "k-77",
            "sheershak": "Kabaddi final",
            "takke": 60,
            "pahileVel": "2025-03-01T06:00:00Z",
        },
    },
    {
        "url": "https://api.example-ritmo.mx/v1/usuario/escuchado",
        "method": "GET",
        "response": {
            "json": {
                "recientes": [
                    {
                        "cancion": "La Bamba",
                        "artista": "Ritchie Valens",
                        "cuando": "2025-01-02T10:00:00Z",
                    },
                    {
                        "cancion": "Cielito",
                        "artista": "Pedro Infante",
                        "cuando": "2025-01-02T09:50:00Z",
                    },
                ]
            }
        },
    },
    {
        "url": "https://api.example-tunes.test/v1/me/listened",
        "method": "GET",
        "response": {
            "json": {
                "recent": [
                    {"song": "Blue", "artist": "Joni Mitchell", "time": "2025-01-02T10:00:00Z"},
                    {"song": "River", "artist": "Joni Mitchell", "time": "2025-01-02T09:50:00Z"},
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_device_code_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id.rd_pid_device_code" in signatures_found(engine, example, DEV)


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_viewing_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV)
    assert not found, (example["note"], found)
