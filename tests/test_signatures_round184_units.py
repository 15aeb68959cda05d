"""Round 52 (sets 179 and 183): many distinct hardware ids at one host are an inventory.

An airport's baggage readers post each read with the reader's MAC and serial, a
university's lecture recorders report health with their MAC: each unit is heard once
or twice in a session, so the recurring-value reading never saw them. A person's
phone has one Wi-Fi and one Bluetooth MAC, a household a few: more than
`HARDWARE_THRESHOLD` distinct MACs (or IMEIs) at one host, heard once each or not, are
an institution's units; their serials at that host go with them, while the tester's
own app install id to the same host stays.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from test_session_units import _write_har

from exfilwatch import batch
from exfilwatch.detect.session_units import (
    HARDWARE_THRESHOLD,
    UNIT_THRESHOLD,
    FindingKey,
    SessionUnits,
)
from exfilwatch.detect.session_values import SessionValues
from exfilwatch.engine import Engine, EngineOptions
from exfilwatch.model import Exchange, Request
from exfilwatch.scan import analyse_file
from exfilwatch.sources import SourceOptions

READS_HOST = "bagagem.aeroporto.example"
PHONE_ANDROID_ID = "5be1d0c47a93f216"
PHONE_INSTALL_ID = "3f0c9a52-7d1e-4b6a-9c21-0e8d5f4a7b13"


def _post(flow: str, url: str, body: dict[str, Any]) -> Exchange:
    headers = [("content-type", "application/json")]
    return Exchange("s.har", flow, Request("POST", url, headers, json.dumps(body).encode()))


def _reader(number: int) -> dict[str, str]:
    return {
        "leitorMac": f"70:b3:d5:1c:{number:02x}:{(number * 37) % 256:02x}",
        "numeroSerie": f"{40_118_000_000_000 + number * 7_321}",
    }


def _reads(readers: int) -> list[Exchange]:
    """The supervisor's app: its install id once, then one read from each reader."""
    flows = [
        _post(
            "phone",
            f"https://{READS_HOST}/api/v1/registo",
            {"androidId": PHONE_ANDROID_ID, "installationId": PHONE_INSTALL_ID},
        )
    ]
    flows += [
        _post(f"r{n}", f"https://{READS_HOST}/api/v1/leituras", {**_reader(n), "tag": f"LH{n}"})
        for n in range(readers)
    ]
    return flows


def _kept_device_flows(engine: Engine, flows: list[Exchange]) -> set[str]:
    units = SessionUnits()
    session = SessionValues()
    found = [f for i, x in enumerate(flows) for f in engine.analyse(x, session, i, units)]
    dropped = units.dropped()
    return {
        f.flow
        for f in found
        if f.category == "device_id" and FindingKey(f.flow, f.signature, f.location) not in dropped
    }


def test_readers_heard_once_each_are_the_airports(engine: Engine) -> None:
    flows = _reads(HARDWARE_THRESHOLD + 6)
    raw = {f.flow for x in flows for f in engine.analyse(x) if f.category == "device_id"}
    assert {"r0", "r5"} <= raw  # the rules read each reader's MAC
    assert _kept_device_flows(engine, flows) == {"phone"}


def test_a_few_macs_at_one_host_are_kept(engine: Engine) -> None:
    """A household's earbuds, watch and phone (Wi-Fi and Bluetooth) to one vendor."""
    flows = _reads(HARDWARE_THRESHOLD)
    raw = {f.flow for x in flows for f in engine.analyse(x) if f.category == "device_id"}
    assert _kept_device_flows(engine, flows) == raw


def test_the_reading_is_the_same_in_any_order(engine: Engine) -> None:
    flows = _reads(HARDWARE_THRESHOLD + 6)
    assert _kept_device_flows(engine, flows[::-1]) == {"phone"}


def test_a_file_in_parts_gives_the_findings_of_the_whole(tmp_path: Path) -> None:
    har = _write_har(tmp_path / "session.har", _reads(HARDWARE_THRESHOLD + 6))
    options = EngineOptions()
    engine = options.build()
    whole = analyse_file(har, engine)
    parts = [analyse_file(har, engine, SourceOptions(), k, 4) for k in range(4)]
    merged = batch.merge(parts, options)
    keys = sorted((f.flow, f.signature, f.location) for f in merged.findings)
    assert keys == sorted((f.flow, f.signature, f.location) for f in whole.findings)
    assert {f.flow for f in whole.findings if f.category == "device_id"} == {"0"}


def test_units_known_to_the_tester_are_not_counted() -> None:
    units = SessionUnits()
    macs = [f"00:1b:4f:3a:0c:{n:02x}" for n in range(HARDWARE_THRESHOLD + 1)]
    for n, mac in enumerate(macs):
        units.note(FindingKey(f"f{n}", "device_id.mac", "body.json.mac"), "h.example", mac)
    assert units.fleets()
    units.note_known("k", "body.json.mac", macs[0])
    assert not units.fleets()


def test_the_live_proxy_holds_readers_back_from_when_they_show() -> None:
    units = SessionUnits()
    serial = FindingKey("s", "device_id.serial", "body.json.serial")
    units.note(serial, "h.example", "40118000007321")
    install = FindingKey("i", "device_id.install_id", "body.json.installationId")
    units.note(install, "h.example", PHONE_INSTALL_ID)
    for n in range(HARDWARE_THRESHOLD + 1):
        units.note(
            FindingKey(f"f{n}", "device_id.mac", "m"), "h.example", f"00:1b:4f:3a:0c:{n:02x}"
        )
    assert units.in_fleet(FindingKey("f0", "device_id.mac", "m"))
    assert units.in_fleet(serial)  # a unit's serial beside its MAC
    assert not units.in_fleet(install)  # the tester's app install id to the same host


def _operator_session() -> list[Exchange]:
    """A family's own set-top box reports to its operator again and again, and the same
    operator's app lists the shop-window screens (MACs heard once each): the screens
    are the operator's units, the box that keeps reporting is the family's."""
    host = "mw.operators-tv.example"
    box = {"sn": "KSTB25439194781", "mac": "00:1a:d0:54:a1:44"}
    flows = [_post(f"box{n}", f"https://{host}/stb/v3/auth", box) for n in range(4)]
    flows += [
        _post(f"screen{n}", f"https://{host}/app/v2/shop-screens", {"mac": _reader(n)["leitorMac"]})
        for n in range(HARDWARE_THRESHOLD + 4)
    ]
    return flows


def test_a_device_heard_again_among_units_heard_once_is_the_testers(engine: Engine) -> None:
    flows = _operator_session()
    raw = {f.flow for x in flows for f in engine.analyse(x) if f.category == "device_id"}
    assert {"box0", "screen0"} <= raw
    assert _kept_device_flows(engine, flows) == {"box0", "box1", "box2", "box3"}
    assert _kept_device_flows(engine, flows[::-1]) == {"box0", "box1", "box2", "box3"}


def test_units_that_report_again_go_however_often_they_report() -> None:
    """The recurring reading (a hospital's pumps reporting every minute) keeps no unit:
    each of them is heard again and again."""
    units = SessionUnits()
    for n in range(UNIT_THRESHOLD + 2):
        for beat in range(2):
            key = FindingKey(f"p{n}-{beat}", "device_id.mac", "body.json.mac")
            units.note(key, "pumps.example", f"00:1b:4f:3a:0c:{n:02x}")
    assert FindingKey("p0-1", "device_id.mac", "body.json.mac") in units.dropped()
