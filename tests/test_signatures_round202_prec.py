"""Round 55 C (precision sets 202 and 205 worked): the families behind their false positives
and biometric misses, in apps and languages the sets never used.

- Camera footage replayed by an NVR or a cloud VMS: asked by a numbered channel and a
  wall-clock start (`canal` + `desde`, `channel` + `startTime`, `kanal` + `von`) under a
  recordings word, with no recording id and no programme, is a site's monitoring, not
  viewing (acts.py `_channel_window`). A household recorder's recording, asked by its id or
  with a TV channel's slug, stays viewing.
- A list of units each in its own numbered room of one ward (`Melati R1` ... `R6`, `ICU-3`)
  is an institution's inventory (unit_owners.py `_rooms_of_one_ward`); a family's devices in
  named rooms, or in its numbered bedrooms (`Kamar 2`, the room word itself), stay found.
- Attendance terminals' PUSH protocol: `FACE ... TMP=` lines and `BIODATA Type=2|3|9 ...
  Tmp=` (near-infrared face, voice, visible-light face); fingerprints and clockings are not.
- Tencent Cloud IAI's two-image compare (`ImageA`, `ImageB`); its OCR host is not read.
- Enrolled face templates answered under a path naming the face as a part of a segment
  (`galeri-wajah`, `face-gallery`).

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

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round202_prec.jsonl"
BIO = {"biometric"}
VIEW = {"viewing_history"}
DEVICE = {"device_id"}
_RNG = random.Random(55202)


def _b64(size: int) -> str:
    return base64.b64encode(_RNG.randbytes(size)).decode()


def _jpeg() -> str:
    return "/9j/4AAQSkZJRgABAQAAAQABAAD" + base64.b64encode(_RNG.randbytes(300)).decode()


def _floats(size: int) -> list[float]:
    return [round(_RNG.gauss(0.0, 0.08), 5) for _ in range(size)]


def _serial() -> str:
    return "".join(_RNG.choice("0123456789ABCDEF") for _ in range(10))


def _mac() -> str:
    return ":".join(f"{_RNG.randrange(256):02X}" for _ in range(6))


def _post(url: str, body: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"url": url, "method": "POST", "json": body, **extra}


def _push(url: str, text: str) -> dict[str, Any]:
    return {"url": url, "method": "POST", "body": text}


def _answer(url: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"url": url, "method": "GET", "response": {"json": body}}


BIO_POSITIVES = [
    _push(
        "http://jam.example-pabrik.co.id/iclock/cdata?table=OPERLOG&Stamp=1",
        "USER PIN=77\tName=Karyawan 77\tPri=0\tPasswd=\tCard=\tGrp=1\n"
        f"FACE PIN=77\tFID=0\tSIZE=1600\tVALID=1\tTMP={_b64(600)}\n",
    ),
    _push(
        "https://ponto.example-empresa.com.br/iclock/cdata?table=BIODATA",
        "BIODATA Pin=310\tNo=0\tIndex=0\tValid=1\tDuress=0\tType=9\tMajorVer=5\tMinorVer=8"
        f"\tFormat=0\tTmp={_b64(600)}\n",
    ),
    _push(
        "https://access.example-office.ae/iclock/cdata?table=BIODATA",
        "BIODATA Pin=12\tNo=0\tIndex=0\tValid=1\tDuress=0\tType=3\tMajorVer=1\tMinorVer=0"
        f"\tFormat=0\tTmp={_b64(400)}\n",
    ),
    _post(
        "https://iai.tencentcloudapi.com/",
        {"ImageA": _jpeg(), "ImageB": _jpeg(), "FaceModelVersion": "3.0"},
        headers={"X-TC-Action": "CompareFace", "X-TC-Version": "2020-03-03"},
    ),
    _post(
        "https://iai.tencentcloudapi.com/",
        {"Image": _jpeg(), "PersonId": "staff-0192"},
        headers={"X-TC-Action": "VerifyFace", "X-TC-Version": "2020-03-03"},
    ),
    _answer(
        "https://presensi.example-sekolah.sch.id/api/v1/galeri-wajah?kelas=7a",
        {
            "guru": [
                {"nip": "19801", "template": _floats(128)},
                {"nip": "19802", "template": _floats(128)},
            ]
        },
    ),
    _answer(
        "https://door.example-corp.co.uk/api/v3/sites/ldn/face-gallery",
        {"members": [{"id": "m-1", "embedding": _floats(512)}]},
    ),
]

VIEW_POSITIVES = [
    # a household cloud recorder: the recording named by its id stays viewing
    _post(
        "https://api.example-tv.com.py/v1/grabaciones/reproducir",
        {
            "grabacionId": "rec-88121",
            "canal": 4,
            "desde": "2025-01-03T20:00:00Z",
            "posicion": 1260,
            "duracionSeg": 3600,
        },
    ),
    # a TV app's recording played back on a channel named by its slug
    _post(
        "https://api.example-iptv.com/v2/recordings/playback",
        {
            "channel": "sport-1",
            "startTime": "2025-01-03T20:00:00Z",
            "position": 840,
            "durationSec": 5400,
        },
    ),
]


def _room_list(rooms: list[str]) -> list[dict[str, Any]]:
    return [{"room": room, "serial": _serial(), "mac": _mac(), "online": True} for room in rooms]


DEVICE_POSITIVES = [
    _answer(
        "https://api.example-smarthome.co.id/v1/perangkat",
        {
            "perangkat": [
                {"ruang": r, "serial": _serial(), "mac": _mac()}
                for r in ["Ruang Tamu", "Kamar Tidur", "Dapur"]
            ]
        },
    ),
    _answer(
        "https://api.example-tvhome.com/v1/my/tvs",
        {"tvs": _room_list(["Kamar 1", "Kamar 2", "Kamar 3", "Kamar 4"])},
    ),
]


@pytest.mark.parametrize("example", BIO_POSITIVES, ids=lambda e: e["url"])
def test_biometric_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", VIEW_POSITIVES, ids=lambda e: e["url"])
def test_household_recording_stays_viewing(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_family_device_list_stays_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEVICE), example["url"]


def test_ward_tv_fleet_is_an_inventory(engine: Engine) -> None:
    example = _answer(
        "https://tv.example-hospital.my/api/v1/tv?wad=mawar",
        {"tv": [{"bilik": f"Mawar B{i}", "serial": _serial(), "mac": _mac()} for i in range(1, 6)]},
    )
    assert not signatures_found(engine, example, DEVICE)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    assert not signatures_found(engine, example, BIO | VIEW | DEVICE), example["note"]
