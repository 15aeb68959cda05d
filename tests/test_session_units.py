"""An institution's units told from a person's devices by how many one host hears.

A nurse's phone whose ward app posts the status of twelve infusion pumps sends one
host twelve serials and twelve MACs: the hospital's inventory, not her devices. A
household's six devices each talk to their own vendor. The decision is taken on the
whole session, so it is the same in any order and for a file read in parts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch import batch
from exfilwatch.detect.session_units import (
    LIST_THRESHOLD,
    UNIT_THRESHOLD,
    FindingKey,
    SessionUnits,
    shape_of,
)
from exfilwatch.detect.session_values import SessionValues
from exfilwatch.engine import Engine, EngineOptions
from exfilwatch.model import Exchange, Request
from exfilwatch.scan import analyse_file, drop_units
from exfilwatch.sources import SourceOptions

WARD_HOST = "laitteet.sairaala.example"
PHONE_ANDROID_ID = "9f3c2a71b4e6d805"


def _post(flow: str, url: str, body: dict[str, Any]) -> Exchange:
    return Exchange(
        source="session.har",
        flow_id=flow,
        request=Request(
            "POST", url, [("content-type", "application/json")], json.dumps(body).encode()
        ),
    )


def _pump(number: int) -> dict[str, str]:
    return {
        "device_serial": f"IP7{number:02d}4{number * 7:03d}K",
        "mac_address": f"00:1b:4f:3a:{number:02x}:{(number * 11) % 256:02x}",
    }


def _ward_flows(pumps: int = 12) -> list[Exchange]:
    """The nurse's phone: the phone's own id to an SDK, then each pump's status twice."""
    flows = [
        _post("phone", "https://app.adjust.com/session", {"android_id": PHONE_ANDROID_ID}),
    ]
    for round_ in range(2):
        for number in range(pumps):
            url = f"https://{WARD_HOST}/api/v2/infuusiopumput/{number}/status"
            flows.append(_post(f"p{round_}-{number}", url, {**_pump(number), "rate": 4}))
    return flows


def _household_flows() -> list[Exchange]:
    """Six devices of one home, each to its own vendor, some twice."""
    devices = [
        ("https://app.adjust.com/session", {"android_id": PHONE_ANDROID_ID}),
        ("https://api.tv-maker.example/v1/register", {"device_serial": "TVX5520A91734"}),
        ("https://cloud.watch.example/sync", {"device_serial": "WQ8812C00471"}),
        ("https://api.doorbell.example/ping", {"mac_address": "3c:22:fb:10:aa:07"}),
        ("https://api.speaker.example/hello", {"device_serial": "SPK2201B55310"}),
        ("https://api.tablet.example/checkin", {"android_id": "1c7e4d92a0b3f658"}),
    ]
    return [
        _post(f"h{round_}-{index}", url, body)
        for round_ in range(2)
        for index, (url, body) in enumerate(devices)
    ]


def _analyse_whole(engine: Engine, flows: list[Exchange]) -> list[Any]:
    """As `scan` does: every flow, then the session's units dropped."""
    units = SessionUnits()
    session = SessionValues()
    found: list[Any] = []
    for index, exchange in enumerate(flows):
        found.extend(engine.analyse(exchange, session, index, units))
    dropped = units.dropped()
    return [f for f in found if FindingKey(f.flow, f.signature, f.location) not in dropped]


def _device_flows(findings: list[Any]) -> set[str]:
    return {f.flow for f in findings if f.category == "device_id"}


def _keys(findings: list[Any]) -> list[tuple[str, str, str]]:
    return sorted((f.flow, f.signature, f.location) for f in findings)


def test_a_ward_of_twelve_pumps_is_the_hospitals_and_the_phone_is_hers(engine: Engine) -> None:
    raw = [f for x in _ward_flows() for f in engine.analyse(x)]
    assert len(_device_flows(raw)) == 25  # the rules read every pump's serial and MAC
    kept = _analyse_whole(engine, _ward_flows())
    assert _device_flows(kept) == {"phone"}


def test_a_ward_below_the_threshold_is_not_a_fleet(engine: Engine) -> None:
    """Few units at one host are what a household has: kept (the rules' business)."""
    few = UNIT_THRESHOLD // 2
    kept = _analyse_whole(engine, _ward_flows(pumps=few))
    assert len(_device_flows(kept)) == 1 + 2 * few


def test_values_heard_once_each_are_not_units(engine: Engine) -> None:
    """A host that hears a new value in every request (a per-request id, or a vacuum
    app that sends a fresh `did` each time, as set 51's writer labelled) hears no unit
    twice: nothing says those software-shaped values name units rather than one device
    (a MAC or an IMEI is hardware's: see the baggage readers below)."""
    flows = [
        _post(
            f"v{number}",
            "https://api.vacuum.example/prop/get",
            {
                "did": str(418_203_311 + number * 7919),
                "device_serial": _pump(number)["device_serial"],
            },
        )
        for number in range(3 * UNIT_THRESHOLD)
    ]
    raw = [f for x in flows for f in engine.analyse(x)]
    kept = _analyse_whole(engine, flows)
    assert _device_flows(raw) and _keys(kept) == _keys(raw)


def test_one_flow_listing_many_units_is_an_inventory(engine: Engine) -> None:
    """A venue's gate list: a dozen scanners' MACs in one answer, never heard again."""
    gates = [_pump(number)["mac_address"] for number in range(LIST_THRESHOLD + 4)]
    flows = [
        _post("phone", "https://app.adjust.com/session", {"android_id": PHONE_ANDROID_ID}),
        _post("gates", "https://api.venue.example/v1/sync", {"mac_address": gates}),
    ]
    raw = [f for x in flows for f in engine.analyse(x)]
    assert "gates" in _device_flows(raw)
    assert _device_flows(_analyse_whole(engine, flows)) == {"phone"}


def test_a_household_of_six_devices_is_kept(engine: Engine) -> None:
    raw = [f for x in _household_flows() for f in engine.analyse(x)]
    kept = _analyse_whole(engine, _household_flows())
    assert _device_flows(raw) and _keys(kept) == _keys(raw)


def test_the_order_of_the_flows_does_not_change_the_findings(engine: Engine) -> None:
    flows = _ward_flows() + _household_flows()
    forward = _analyse_whole(engine, flows)
    backward = _analyse_whole(engine, list(reversed(flows)))
    assert _keys(forward) == _keys(backward)
    assert len(_device_flows(forward)) == 13  # the phone and the household's twelve flows


def test_known_values_are_never_units(tmp_path: Path) -> None:
    """The tester who lists the pumps' serials in --known says they are hers."""
    known = tmp_path / "known.yaml"
    serials = "\n".join(f"- {_pump(n)['device_serial']}" for n in range(12))
    known.write_text(f"serial:\n{serials}\n")
    har = _write_har(tmp_path / "session.har", _ward_flows())
    findings = analyse_file(har, EngineOptions(known_file=str(known)).build()).findings
    pumps = {str(index) for index in range(1, 25)}  # a HAR's flows are named by position
    rules = [f for f in findings if f.category == "device_id" and f.signature != "known:serial"]
    assert {f.flow for f in findings if f.signature == "known:serial"} == pumps
    assert {f.flow for f in rules if f.location.endswith("device_serial")} == pumps
    assert not [f for f in rules if f.location.endswith("mac_address")]  # not listed: units


def test_a_file_in_parts_gives_the_findings_of_the_whole(tmp_path: Path) -> None:
    """Split in three, no part sees twelve pumps' worth of units at once... the whole does."""
    har = _write_har(tmp_path / "session.har", _ward_flows() + _household_flows())
    options = EngineOptions()
    engine = options.build()
    whole = analyse_file(har, engine)
    assert whole.units is None  # decided and dropped inside analyse_file
    parts = [analyse_file(har, engine, SourceOptions(), k, 3) for k in range(3)]
    assert all(p.units is not None for p in parts)
    merged = batch.merge(parts, options)
    assert _keys(merged.findings) == _keys(whole.findings)
    assert merged.finding_exchange == sorted(merged.finding_exchange)
    assert len(_device_flows(whole.findings)) == 13
    assert any("institution units" in w for w in whole.warnings)


def test_serialised_parts_drop_the_same_lines(tmp_path: Path) -> None:
    har = _write_har(tmp_path / "session.har", _ward_flows())
    options = EngineOptions()
    engine = options.build()
    parts = [batch._serialized(analyse_file(har, engine, SourceOptions(), k, 2)) for k in range(2)]
    merged = batch.merge(parts, options)
    assert merged.lines is not None
    assert {json.loads(line)["flow"] for line in merged.lines} == {"0"}  # the phone's


def test_a_streamed_file_gives_the_findings_of_the_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    har = _write_har(tmp_path / "session.har", _ward_flows() + _household_flows())
    options = EngineOptions()
    (whole,) = batch.run_local([str(har)], options, SourceOptions(), 1)
    monkeypatch.setattr(batch, "SPLIT_BYTES", 1)
    monkeypatch.setattr(batch, "RUN_EXCHANGES", 4)
    (streamed,) = batch.run_local([str(har)], options, SourceOptions(), 2)
    assert _keys(streamed.findings) == _keys(whole.findings)
    assert len(_device_flows(whole.findings)) == 13


def test_the_option_keeps_every_unit(tmp_path: Path) -> None:
    har = _write_har(tmp_path / "session.har", _ward_flows())
    findings = analyse_file(har, EngineOptions(units=False).build()).findings
    assert len(_device_flows(findings)) == 25


def test_drop_units_without_a_tally_changes_nothing(tmp_path: Path) -> None:
    har = _write_har(tmp_path / "session.har", _household_flows())
    result = analyse_file(har, EngineOptions(units=False).build())
    before = _keys(result.findings)
    drop_units(result)
    assert _keys(result.findings) == before


@pytest.mark.parametrize(
    ("value", "shape"),
    [
        ("00:1B:4F:3A:0C:84", "mac"),
        ("6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "uuid"),
        ("356938035643809", "imei"),
        ("9f3c2a71b4e6d805", "hex16"),
        ("IP7034021K", "serial"),
        ('{"mac": "x"}', "record"),
    ],
)
def test_shape_of(value: str, shape: str) -> None:
    assert shape_of(value) == shape


def test_case_and_separators_do_not_make_another_unit() -> None:
    units = SessionUnits(threshold=1)
    units.note(FindingKey("a", "s", "l"), "h.example", "00:1B:4F:3A:0C:84")
    units.note(FindingKey("b", "s", "l"), "h.example", "00-1b-4f-3a-0c-84")
    assert not units.fleets()


def _write_har(path: Path, flows: list[Exchange]) -> Path:
    entries = [
        {
            "startedDateTime": "2024-12-01T12:00:00.000Z",
            "time": 1,
            "request": {
                "method": x.request.method,
                "url": x.request.url,
                "httpVersion": "HTTP/1.1",
                "headers": [{"name": k, "value": v} for k, v in x.request.headers],
                "queryString": [],
                "cookies": [],
                "headersSize": -1,
                "bodySize": len(x.request.body),
                "postData": {"mimeType": "application/json", "text": x.request.body.decode()},
            },
            "response": {
                "status": 204,
                "statusText": "",
                "httpVersion": "HTTP/1.1",
                "headers": [],
                "cookies": [],
                "content": {"size": 0, "mimeType": "text/plain"},
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": 0,
            },
            "cache": {},
            "timings": {"send": 0, "wait": 1, "receive": 0},
        }
        for x in flows
    ]
    log = {"log": {"version": "1.2", "creator": {"name": "t"}, "entries": entries}}
    path.write_text(json.dumps(log))
    return path


def test_the_live_proxy_holds_a_fleet_back_from_when_it_shows(tmp_path: Path) -> None:
    """A proxy run writes each flow's findings at once: those written before the fleet
    showed stay, and from then on the pumps' findings are not written."""
    from exfilwatch.live.analysis import Analysis, Outputs

    out = tmp_path / "live.jsonl"
    analysis = Analysis(EngineOptions().build(), Outputs(str(out), None))
    results = [analysis.analyse(x) for x in _ward_flows()]
    analysis.close()
    written = {json.loads(line)["flow"] for line in out.read_text().splitlines()}
    assert "phone" in written and "p0-0" in written  # before the fleet showed
    assert "device_id" not in results[-1].categories  # after it: held back
    assert not {f"p1-{n}" for n in range(UNIT_THRESHOLD + 1, 12)} & written
