"""Round 44, precision at work (stress sets 125 and 128): a site's operations console.

A broadcast engineer's network management app and a mall security operator's video
management, signage and access apps are told about the site's encoders, receivers,
transmitters, cameras and controllers, a few at a time (one camera's health, a page of
seven radios), with the shapes of the phone's own ids. Round 43's readings (a site's
header, a dozen units, a unit's class) missed them. Three readings carry to the next
trade and language:
- the host: a label that is only a management system's name (`nms`, `vms`, `bms`,
  `scada`) serves the site's units; watching on a VMS is the site's monitoring, not
  media a person chose;
- the caller: a request header carrying a staff number says the app signs in as the
  site's worker, so the units its server RETURNS are the site's;
- the question: a query filtering devices by team (`grupo`, `kumpulan`, `Abteilung`)
  asks a console for colleagues' devices.
- the shape: an `x, y` record with a width or a height is a face box (a privacy blur's,
  a detector's): where a face is, not a measure of it, so no landmark set.
What must stay found: the phone's own ids in its requests (its MDM check-in, even under a
staff header), a household's few devices listed in a response, a compound host label.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

UA = "okhttp/4.12.0"
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round130_precision.jsonl"
UNIT_STATUS = {"serialNumber": "TX-40917733", "macAddress": "00:50:C2:7E:31:09", "temp_c": 41.5}
PHONE_IDS = {
    "imei": "356938035643809",
    "serialNumber": "R58N21XK3QA",
    "wifiMac": "A4:C3:F0:12:7B:9E",
}
DEVICES = [
    {"name": "Tablet-4", "imei": "356938035643809", "mac": "00:1A:2B:3C:4D:5E"},
    {"name": "Radio-7", "imei": "353918057481232", "mac": "00:1A:2B:3C:4D:60"},
    {"name": "Tablet-9", "imei": "354779065512345", "mac": "00:1A:2B:3C:4D:71"},
]
CAMERA_REVIEW = {
    "sessions": [
        {"camera_id": "CAM-03", "mode": "recorded", "watched_sec": 600},
        {"camera_id": "CAM-09", "mode": "live", "watched_sec": 35},
    ]
}


def _found(engine: Engine, example: dict, category: str = "device_id") -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == category}


def _unit_status(host: str, headers: dict[str, str] | None = None) -> dict:
    return {
        "url": f"https://{host}/api/v1/units/site-3/status",
        "method": "GET",
        "headers": {"user-agent": UA, **(headers or {})},
        "response": {"json": UNIT_STATUS},
    }


def _device_list(query: str) -> dict:
    return {
        "url": f"https://console.example-ops.eu/api/v1/devices{query}",
        "method": "GET",
        "headers": {"user-agent": UA},
        "response": {"json": {"devices": DEVICES}},
    }


@pytest.mark.parametrize(
    "host", ["nms.example-tv.eu", "vms.example-mall.my", "bms.example-tower.de", "scada.example.pl"]
)
def test_an_operations_console_host_serves_the_sites_units(engine: Engine, host: str) -> None:
    assert not _found(engine, _unit_status(host)), host


def test_a_network_managers_trap_names_a_switch(engine: Engine) -> None:
    trap = {
        "oid": "1.3.6.1.6.3.1.1.5.4",
        "sysName": "sw-core-01",
        "ifPhysAddress": "00:1C:73:11:22:33",
    }
    example = {"url": "https://nms.example-isp.pt/api/v1/traps", "method": "POST", "json": trap}
    assert not _found(engine, example)
    assert _found(engine, {**example, "url": "https://api.example-isp.pt/api/v1/traps"})


@pytest.mark.parametrize("host", ["api.example-ops.eu", "vms-cloud.example-cam.com"])
def test_other_hosts_stay_readable(engine: Engine, host: str) -> None:
    assert _found(engine, _unit_status(host)), host


@pytest.mark.parametrize(
    "header", ["x-staff-no", "x-employee-id", "x-no-kakitangan", "x-funcionario", "x-mitarbeiter"]
)
def test_a_staff_caller_is_told_of_the_sites_units(engine: Engine, header: str) -> None:
    example = _unit_status("api.example-ops.eu", {header: "SEC-8821"})
    assert not _found(engine, example), header


def test_a_staff_callers_own_phone_stays_found(engine: Engine) -> None:
    check_in = {
        "url": "https://mdm.example-ops.eu/agent/v2/checkin",
        "method": "POST",
        "headers": {"user-agent": UA, "x-staff-no": "SEC-8821"},
        "json": PHONE_IDS,
    }
    assert _found(engine, check_in)


@pytest.mark.parametrize(
    "query",
    ["?grupo=engenharia", "?team=security&page=1", "?kumpulan=keselamatan", "?abteilung=it"],
)
def test_a_teams_devices_are_colleagues(engine: Engine, query: str) -> None:
    assert not _found(engine, _device_list(query)), query


def test_a_households_few_devices_stay_found(engine: Engine) -> None:
    assert _found(engine, _device_list(""))
    assert _found(engine, _device_list("?page=1"))


def test_a_vms_review_of_camera_feeds_is_no_viewing(engine: Engine) -> None:
    review = {"url": "https://vms.example-mall.my/api/v2/audit/review", "json": CAMERA_REVIEW}
    assert not _found(engine, review, "viewing_history")
    stream = {**review, "url": "https://api.example-stream.eu/v1/history/sessions"}
    assert _found(engine, stream, "viewing_history")


def _face_boxes(extent: dict[str, float]) -> dict:
    boxes = [{"frame": f, "x": 0.3 + f / 100, "y": 0.4, **extent} for f in range(0, 25, 6)]
    return {"url": "https://api.example-clips.eu/v1/exports/mask", "json": {"face_boxes": boxes}}


@pytest.mark.parametrize("extent", [{"w": 0.05, "h": 0.07}, {"width": 40}, {"largura": 40}])
def test_face_boxes_are_no_landmarks(engine: Engine, extent: dict[str, float]) -> None:
    assert not _found(engine, _face_boxes(extent), "biometric"), extent


def test_face_points_stay_landmarks(engine: Engine) -> None:
    assert _found(engine, _face_boxes({}), "biometric")


def test_the_negatives_file_is_clean(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    examples = [json.loads(line) for line in lines if line.strip()]
    assert len(examples) >= 10
    dirty = [
        (e["note"], sorted(f.signature for f in engine.analyse(example_exchange(e))))
        for e in examples
        if any(
            f.category in {"device_id", "viewing_history", "biometric"}
            for f in engine.analyse(example_exchange(e))
        )
    ]
    assert not dirty, dirty
