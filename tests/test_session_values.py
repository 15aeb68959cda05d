"""Device ids learned from one flow of a session and found in its other flows.

A rule reads `advertising_id` in one request; the same value under `u`, hashed under
`h` or base64'd in a header of another request (before or after it) is then a device
id too. The findings must not depend on the order the flows arrive in, nor on a file
being analysed whole or in parts.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch import batch
from exfilwatch.detect.session_values import SessionValues, teachable
from exfilwatch.engine import Engine, EngineOptions
from exfilwatch.model import Exchange, Request
from exfilwatch.scan import analyse_file
from exfilwatch.sources import SourceOptions

AAID = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
ZERO_AAID = "00000000-0000-0000-0000-000000000000"
LEARNED = "learned:device_id"


def _post(
    flow: str, url: str, body: dict[str, Any], headers: list[tuple[str, str]] = ()
) -> Exchange:
    return Exchange(
        source="session.har",
        flow_id=flow,
        request=Request(
            "POST",
            url,
            [("content-type", "application/json"), *headers],
            json.dumps(body).encode(),
        ),
    )


def _session_flows() -> list[Exchange]:
    md5 = hashlib.md5(AAID.encode()).hexdigest()
    b64 = base64.b64encode(AAID.encode()).decode()
    return [
        # Before anything names it: found late, once the SDK's call has taught it.
        _post("0", "https://api.radio.example/v1/ping", {"s": 12, "u": AAID}),
        _post("1", "https://app.adjust.com/session", {"gps_adid": AAID, "app_token": "abc123"}),
        _post("2", "https://api.shop.example/v2/cart", {"items": [3, 4], "h": md5}),
        _post("3", "https://cdn.example/t", {"e": "view"}, [("x-k", b64)]),
        _post("4", "https://api.weather.example/v1/now", {"lat": 52.1, "lon": 4.3}),
    ]


def _learned(findings: list[Any]) -> set[tuple[str, str]]:
    return {(f.flow, f.location) for f in findings if f.signature == LEARNED}


def _analyse_all(engine: Engine, flows: list[Exchange]) -> list[Any]:
    session = SessionValues()
    out: list[Any] = []
    for index, exchange in enumerate(flows):
        out.extend(engine.analyse(exchange, session, index))
    return out


def test_a_value_a_rule_read_is_found_under_any_key_and_encoding(engine: Engine) -> None:
    found = _learned(_analyse_all(engine, _session_flows()))
    assert ("0", "body.json.u") in found  # before the teaching flow: a late finding
    assert ("2", "body.json.h") in found  # its MD5
    assert any(flow == "3" and "x-k" in where for flow, where in found)  # base64 in a header
    assert not any(flow in {"1", "4"} for flow, _ in found)  # the rule's own; nothing there


def test_without_a_session_nothing_is_learned(engine: Engine) -> None:
    found = [f for x in _session_flows() for f in engine.analyse(x)]
    assert not _learned(found)


def test_the_order_of_the_flows_does_not_change_the_findings(engine: Engine) -> None:
    def key(findings: list[Any]) -> set[tuple[str, str, str, str]]:
        return {(f.flow, f.signature, f.location, f.evidence) for f in findings}

    flows = _session_flows()
    forward = key(_analyse_all(engine, flows))
    backward = key(_analyse_all(engine, list(reversed(flows))))
    assert forward == backward and any(s == LEARNED for _, s, _, _ in forward)


def test_a_zero_or_shared_value_teaches_nothing(engine: Engine) -> None:
    flows = [
        _post("0", "https://app.adjust.com/session", {"gps_adid": ZERO_AAID}),
        _post("1", "https://api.radio.example/v1/ping", {"u": ZERO_AAID}),
    ]
    assert not _learned(_analyse_all(engine, flows))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (AAID, True),
        ("9774d56d682e549c", True),  # an ANDROID_ID
        ("A4:3E:A0:A8:0E:DF", True),  # a MAC
        ("R58N12ABCDE", True),  # a Samsung serial
        (ZERO_AAID, False),
        ("ffffffff", False),  # no digit
        ("1234", False),  # too short
        ("advertising", False),  # a word
        ("ab 12 cd 34 ef", False),  # spaces: text, not an id
    ],
)
def test_teachable(value: str, expected: bool) -> None:
    assert teachable(value) is expected


def _write_har(path: Path, flows: list[Exchange]) -> Path:
    entries = []
    for x in flows:
        entries.append(
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
        )
    path.write_text(
        json.dumps({"log": {"version": "1.2", "creator": {"name": "t"}, "entries": entries}})
    )
    return path


def _keys(findings: list[Any]) -> list[tuple[str, str, str]]:
    return sorted((f.flow, f.signature, f.location) for f in findings)


def test_a_file_in_parts_gives_the_findings_of_the_whole(tmp_path: Path) -> None:
    """Parts learn apart; merging them matches each part's values in the others. In
    two parts, the SDK call that teaches the value (odd index) and the flows that carry
    it (even indices) fall in different parts."""
    flows = _session_flows()
    teacher, carriers = flows[1], [flows[0], flows[2], flows[3]]
    ordered = [carriers[0], teacher, carriers[1], flows[4], carriers[2]]
    har = _write_har(tmp_path / "session.har", ordered)
    options = EngineOptions()
    engine = options.build()
    whole = analyse_file(har, engine)
    parts = [analyse_file(har, engine, SourceOptions(), k, 2) for k in range(2)]
    assert all(p.session is not None for p in parts) and whole.session is None
    assert not _learned(parts[0].findings)  # nothing teaches in the even part alone
    merged = batch.merge(parts, options)
    assert _keys(merged.findings) == _keys(whole.findings)
    assert len(_learned(whole.findings)) == 3
    assert merged.finding_exchange == sorted(merged.finding_exchange)


def test_a_streamed_file_gives_the_findings_of_the_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file streamed to the workers a run at a time: each run learns apart,
    and the runs merge as parts do. With one exchange a run, every value crosses."""
    har = _write_har(tmp_path / "session.har", _session_flows())
    options = EngineOptions()
    (whole,) = batch.run_local([str(har)], options, SourceOptions(), 1)
    monkeypatch.setattr(batch, "SPLIT_BYTES", 1)
    monkeypatch.setattr(batch, "RUN_EXCHANGES", 1)
    (streamed,) = batch.run_local([str(har)], options, SourceOptions(), 2)
    assert len(_learned(whole.findings)) == 3
    assert _keys(streamed.findings) == _keys(whole.findings)
    assert streamed.finding_exchange == sorted(streamed.finding_exchange)


def test_no_learning_option(tmp_path: Path) -> None:
    har = _write_har(tmp_path / "session.har", _session_flows())
    findings = analyse_file(har, EngineOptions(learn=False).build()).findings
    assert findings and not _learned(findings)


def test_the_live_analysis_writes_late_findings(tmp_path: Path) -> None:
    from exfilwatch.live.analysis import Analysis, Outputs

    out = tmp_path / "live.jsonl"
    analysis = Analysis(EngineOptions().build(), Outputs(str(out), None))
    results = [analysis.analyse(x) for x in _session_flows()]
    analysis.close()
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    late = [x for x in lines if x["signature"] == LEARNED and x["flow"] == "0"]
    assert late and "device_id" not in results[0].categories  # known only after flow 1
    assert "device_id" in results[2].categories
