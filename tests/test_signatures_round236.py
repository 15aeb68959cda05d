"""Round 62 (set 236, a referral hospital's biomedical engineer): an institution's
equipment kept out of device_id, and an attendance terminal's face photo read as
biometric, tested in spellings and places the set never used.

- A protocol only fixed units speak (`unit_owner.yaml` `fixed_unit_protocol`): ZKTeco's
  PUSH (`/iclock/...?SN=`) names an attendance terminal's serial, never a phone's.
- A hospital's maintenance system as a host (`gmao.<clinic>`, the French CMMS).
- A ward's equipment (`institution_unit.yaml` `care_equipment`: pumps, patient monitors,
  ventilators, carts, beds, in several languages) heard at a care setting (`care_setting`:
  a hospital, an ICU, a telemedicine service, Kinyarwanda `ibitaro`). Each dropped case
  has a control: the same identifier elsewhere is still found.
- A patient's or a worker's own phone at a hospital, a patient's own (singular) pump, a
  shop's cart and a staff phone clocking in through an app stay found.
- Biometric: `BIOPHOTO ... Type=2|9 ... Content=<base64>` pushed to `/iclock/cdata`
  (biometric.attendance_push.face_photo); by URL only, a fingerprint's image and ATTLOG
  clockings are not (negatives_round236.jsonl).
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round236.jsonl"
_JPEG = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 2).decode()
_MAC = "00:1C:C4:5E:20:91"


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


def _signatures(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.signature for f in engine.analyse(example_exchange(example))}


# (note, the institution's unit, a neutral URL where the same identifier is found)
DROPPED: list[tuple[str, dict[str, Any], str]] = [
    (
        "attendance terminal's serial on /iclock/getrequest",
        {
            "url": "http://clock.example-kiwanda.co.ug/iclock/getrequest?SN=ZX3B211470065",
            "method": "GET",
        },
        "http://clock.example-kiwanda.co.ug/api/device/getrequest?SN=ZX3B211470065",
    ),
    (
        "attendance terminal's serial on an OPERLOG push",
        {
            "url": "https://hr.example-sekolah.id/iclock/cdata?SN=CKJ7201960772&table=OPERLOG",
            "method": "POST",
            "body": "OPLOG 4\t0\t2025-02-03 08:00:00\t0\t0\t0\t0\n",
        },
        "https://hr.example-sekolah.id/api/cdata?SN=CKJ7201960772&table=OPERLOG",
    ),
    (
        "es syringe pumps (bombas) at a hospital host",
        {
            "url": "https://biomedica.example-hospital.es/api/bombas/estado",
            "method": "POST",
            "json": {"serie": "BJ-2210", "mac": _MAC, "bateria": 40},
        },
        "https://api.example-app.es/api/dispositivos/estado",
    ),
    (
        "en patient monitors in an ICU path",
        {
            "url": "https://api.example-health.org/icu/patient-monitors/PM-7/vitals-gateway",
            "method": "POST",
            "json": {"monitor_mac": _MAC, "bed": "ICU-7"},
        },
        "https://api.example-health.org/app/devices/PM-7/sync",
    ),
    (
        "pt hospital beds (leitos) at a hospital host",
        {
            "url": "https://api.example-hospitalar.com.br/v1/leitos/UTI-3/sensor",
            "method": "POST",
            "json": {"mac": _MAC, "ocupado": True},
        },
        "https://api.example-app.com.br/v1/aparelhos/3/sensor",
    ),
    (
        "fr pumps at a Kinyarwanda hospital host (ibitaro)",
        {
            "url": "https://ibitaro.example-gisenyi.rw/v2/pompes/bibliotheque?mac=001CC45E2091",
            "method": "GET",
        },
        "https://api.example-gisenyi.rw/v2/app/config?mac=001CC45E2091",
    ),
    (
        "a maintenance system (GMAO) host",
        {
            "url": "https://gmao.example-clinique.fr/api/equipements/441203",
            "method": "POST",
            "json": {"mac": _MAC, "etat": "ok"},
        },
        "https://api.example-app.fr/api/devices/441203",
    ),
]


@pytest.mark.parametrize(("note", "example", "control"), DROPPED, ids=[d[0] for d in DROPPED])
def test_institution_equipment_dropped(
    engine: Engine, note: str, example: dict[str, Any], control: str
) -> None:
    neutral = copy.deepcopy(example)
    neutral["url"] = control
    assert "device_id" in _categories(engine, neutral), f"control not found: {note}"
    assert "device_id" not in _categories(engine, example), note


KEPT: list[tuple[str, dict[str, Any]]] = [
    (
        "a patient's phone booking at a hospital host",
        {
            "url": "https://app.example-hospital.org/api/appointments",
            "method": "POST",
            "headers": {"x-android-id": "6f2b9a4c81d0e3a7"},
            "json": {"slot": "2025-02-04T09:00"},
        },
    ),
    (
        "a patient's own insulin pump (singular) uploading at a hospital host",
        {
            "url": "https://diabetes.example-hospital.org/api/pump/upload",
            "method": "POST",
            "json": {"pump_mac": _MAC, "basal": 0.8},
        },
    ),
    (
        "a shop's cart with the phone's MAC (no care setting)",
        {
            "url": "https://api.example-shop.com/api/carts/991/items",
            "method": "POST",
            "json": {"sku": "A-1", "mac": _MAC},
        },
    ),
    (
        "a worker's phone clocking in through an app (not the iclock protocol)",
        {
            "url": "https://api.example-ponto.com.br/v1/attendance/clock-in",
            "method": "POST",
            "headers": {"x-android-id": "6f2b9a4c81d0e3a7"},
            "json": {"lat": -23.5, "lon": -46.6},
        },
    ),
]


@pytest.mark.parametrize(("note", "example"), KEPT, ids=[k[0] for k in KEPT])
def test_own_devices_kept(engine: Engine, note: str, example: dict[str, Any]) -> None:
    assert "device_id" in _categories(engine, example), note


@pytest.mark.parametrize(
    "body",
    [
        f"BIOPHOTO PIN=7731\tType=2\tNo=0\tIndex=0\tSize=540\tContent={_JPEG}\n",
        f"USER PIN=12\tName=Nurse 12\nBIOPHOTO PIN=12\tFileName=12.jpg\tSize=540\tType=9"
        f"\tContent={_JPEG}\n",
    ],
)
def test_attendance_face_photo(engine: Engine, body: str) -> None:
    example = {
        "url": "https://att.example-ward.ke/iclock/cdata?SN=AEXX201960001&table=BIOPHOTO",
        "method": "POST",
        "body": body,
    }
    assert "biometric.attendance_push.face_photo" in _signatures(engine, example)
    assert "device_id" not in _categories(engine, example)


def test_round236_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text().splitlines():
        example = json.loads(line)
        assert not _categories(engine, example), example["note"]
