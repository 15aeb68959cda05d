"""An app's own request header carrying one id on every call: the device's binding.

The reading hangs on what the header does, not on its name: the same UUID or hex id
in a custom request header on three or more flows to one app. Names that say it is a
person's, an account's or a credential veto it, as do values the server issued or
the session sent as a credential. The findings must not depend on flow order or on a
file being split or streamed.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from exfilwatch import batch
from exfilwatch.detect.session_headers import SessionHeaders, id_shaped, vetoed
from exfilwatch.engine import Engine, EngineOptions
from exfilwatch.model import Exchange, Request, Response
from exfilwatch.scan import analyse_file, settle_headers
from exfilwatch.sources import SourceOptions

BINDING = "3f2a9c1e-7b4d-4e8a-9c0f-1d2e3f4a5b6c"
HEX_BINDING = "9f86d081884c7d659a2feaa0c55ad015"
SIGNATURE = "session:device_header"


def _get(
    flow: str,
    url: str,
    headers: list[tuple[str, str]],
    response: dict[str, Any] | None = None,
) -> Exchange:
    answer = None
    if response is not None:
        answer = Response(
            200, [("content-type", "application/json")], json.dumps(response).encode()
        )
    return Exchange(
        source="session.har",
        flow_id=flow,
        request=Request("GET", url, list(headers)),
        response=answer,
    )


def _calls(name: str, value: str, count: int, host: str = "api.banco.example") -> list[Exchange]:
    paths = ("saldo", "movimientos", "tarjetas", "perfil/ajustes", "avisos")
    return [
        _get(f"{name}-{i}", f"https://{host}/v1/{paths[i % len(paths)]}?p={i}", [(name, value)])
        for i in range(count)
    ]


def _read(engine: Engine, flows: list[Exchange]) -> set[tuple[str, str]]:
    """The session's header findings once it is whole, as a file's are read."""
    headers = SessionHeaders()
    for index, exchange in enumerate(flows):
        engine.analyse(exchange, None, index, headers=headers)
    hits = headers.settle()
    return {(f.flow, f.location) for f in engine.header_findings(hits)}


@pytest.mark.parametrize(
    "name",
    # names no rule reads: Korean-app shorthand, Ukrainian app's underscore, Kenyan
    # `ph` (phone), Irish `aitheantas` (identity), Swahili `songa`, a bare letter
    ["x-dvc-id", "mobile_uid", "x-ph-s", "x-aitheantas", "x-songa-unit", "x-pado-m"],
)
def test_an_app_header_with_one_id_on_every_call_is_a_device_id(engine: Engine, name: str) -> None:
    found = _read(engine, _calls(name, BINDING, 3))
    assert found == {(f"{name}-{i}", f"header.{name}") for i in range(3)}


def test_a_hex_id_counts_and_two_calls_are_not_enough(engine: Engine) -> None:
    assert len(_read(engine, _calls("x-zz-k9", HEX_BINDING, 4))) == 4
    assert not _read(engine, _calls("x-zz-k9", HEX_BINDING, 2))


def test_the_flows_must_go_to_one_app(engine: Engine) -> None:
    flows = [
        *_calls("x-dvc-id", BINDING, 2, "api.banco.example"),
        *_calls("x-dvc-id", BINDING, 2, "cdn.otro.example"),
    ]
    flows = [_get(f"f{i}", x.request.url, x.request.headers) for i, x in enumerate(flows)]
    assert not _read(engine, flows)


@pytest.mark.parametrize(
    "value", ["1234567890123456", "abcdefabcdefabcd", "v2.11.3-build", "12345678-aaaa"]
)
def test_a_value_that_is_not_an_id_is_not_read(engine: Engine, value: str) -> None:
    assert not id_shaped(value)
    assert not _read(engine, _calls("x-dvc-id", value, 5))


@pytest.mark.parametrize(
    "name",
    [
        "x-user",
        "x-rider",
        "x-ritmo-usuario",
        "x-grana-cliente",
        "x-household",
        "x-vertrag",
        "x-braze-api-key",
        "ocp-apim-subscription-key",
        "x-auth-client",
        "x-oturum",
        "x-session-id",
        "x-request-id",
        "x-tenant",
        "x-profil",
        "x-kullanici",
        "x-akun",
    ],
)
def test_a_name_for_a_person_or_a_credential_vetoes(engine: Engine, name: str) -> None:
    assert vetoed(name)
    assert not _read(engine, _calls(name, BINDING, 5))


@pytest.mark.parametrize("name", ["x-rider-device", "x-client-id", "x-device-key", "x-ph-s"])
def test_a_device_word_outweighs_a_person_word_and_a_bare_client_is_not_auth(name: str) -> None:
    assert not vetoed(name)


def test_a_value_the_server_issued_is_a_token(engine: Engine) -> None:
    flows = _calls("x-dvc-id", BINDING, 4)
    late = _get("login", "https://api.banco.example/v1/login", [], {"handle": BINDING})
    assert not _read(engine, [*flows, late])  # issued after: still not the phone's


def test_a_value_also_sent_as_a_credential_is_not_read(engine: Engine) -> None:
    flows = _calls("x-dvc-id", BINDING, 4)
    auth = _get("auth", "https://api.banco.example/v1/me", [("authorization", f"Key {BINDING}")])
    assert not _read(engine, [auth, *flows])


@pytest.mark.parametrize("name", ["x-device-id", "x-dp-terminal", "x-id-vinculacion"])
def test_a_header_a_rule_already_read_is_not_reported_twice(engine: Engine, name: str) -> None:
    assert not _read(engine, _calls(name, BINDING, 3))  # the rule's own finding stands


def test_the_order_of_the_flows_does_not_change_the_findings(engine: Engine) -> None:
    flows = [
        *_calls("x-dvc-id", BINDING, 4),
        *_calls("x-dp-terminal", HEX_BINDING, 3),
        _get("login", "https://api.banco.example/v1/login", [], {"t": HEX_BINDING}),
    ]
    expected = _read(engine, flows)
    assert expected == {(f"x-dvc-id-{i}", "header.x-dvc-id") for i in range(4)}
    shuffle = random.Random(51)
    for _ in range(5):
        shuffle.shuffle(flows)
        assert _read(engine, flows) == expected


def _write_har(path: Path, flows: list[Exchange]) -> Path:
    def entry(x: Exchange) -> dict[str, Any]:
        body = x.response.body.decode() if x.response else ""
        return {
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
                "bodySize": 0,
            },
            "response": {
                "status": 200,
                "statusText": "",
                "httpVersion": "HTTP/1.1",
                "headers": [{"name": "content-type", "value": "application/json"}],
                "cookies": [],
                "content": {"size": len(body), "mimeType": "application/json", "text": body},
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": len(body),
            },
            "cache": {},
            "timings": {"send": 0, "wait": 1, "receive": 0},
        }

    doc = {
        "log": {"version": "1.2", "creator": {"name": "t"}, "entries": [entry(x) for x in flows]}
    }
    path.write_text(json.dumps(doc))
    return path


def _session(tmp_path: Path) -> Path:
    flows = [
        *_calls("x-dvc-id", BINDING, 3),
        *_calls("x-dp-terminal", HEX_BINDING, 3),
        _get("login", "https://api.banco.example/v1/login", [], {"t": HEX_BINDING}),
    ]
    return _write_har(tmp_path / "session.har", flows)


def _headers_found(findings: list[Any]) -> list[tuple[str, str]]:
    return sorted((f.flow, f.location) for f in findings if f.signature == SIGNATURE)


def test_a_file_in_parts_gives_the_findings_of_the_whole(tmp_path: Path) -> None:
    """Three calls spread over three parts: no part sees the header three times."""
    har = _session(tmp_path)
    options = EngineOptions()
    engine = options.build()
    whole = analyse_file(har, engine)
    parts = [analyse_file(har, engine, SourceOptions(), k, 3) for k in range(3)]
    assert not any(_headers_found(p.findings) for p in parts)
    merged = batch.merge(parts, options)
    assert len(_headers_found(whole.findings)) == 3
    assert _headers_found(merged.findings) == _headers_found(whole.findings)
    assert merged.finding_exchange == sorted(merged.finding_exchange)


@pytest.mark.parametrize("run", [1, 100])
def test_a_streamed_file_gives_the_findings_of_the_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: int
) -> None:
    """Runs of one exchange each, and one run holding the whole file."""
    har = _session(tmp_path)
    options = EngineOptions()
    (whole,) = batch.run_local([str(har)], options, SourceOptions(), 1)
    monkeypatch.setattr(batch, "SPLIT_BYTES", 1)
    monkeypatch.setattr(batch, "RUN_EXCHANGES", run)
    (streamed,) = batch.run_local([str(har)], options, SourceOptions(), 2)
    whole_keys = _line_keys(whole)
    assert len(whole_keys) == 3
    assert _line_keys(streamed) == whole_keys


def _line_keys(result: Any) -> list[tuple[str, str]]:
    if result.lines is None:
        return _headers_found(result.findings)
    rows = [json.loads(line) for line in result.lines]
    return sorted((r["flow"], r["location"]) for r in rows if r["signature"] == SIGNATURE)


def test_no_learning_turns_it_off(tmp_path: Path) -> None:
    result = analyse_file(_session(tmp_path), EngineOptions(learn=False).build())
    assert not _headers_found(result.findings)


def test_settling_twice_reports_nothing_new(engine: Engine, tmp_path: Path) -> None:
    result = analyse_file(_session(tmp_path), engine)
    before = len(result.findings)
    settle_headers(result, engine)  # the session was read and let go
    assert len(result.findings) == before


def test_the_live_analysis_reads_late_on_the_third_call(tmp_path: Path) -> None:
    from exfilwatch.live.analysis import Analysis, Outputs

    out = tmp_path / "live.jsonl"
    analysis = Analysis(EngineOptions().build(), Outputs(str(out), None))
    results = [analysis.analyse(x) for x in _calls("x-dvc-id", BINDING, 4)]
    analysis.close()
    assert "device_id" not in results[0].categories
    assert {late.flow for late in results[2].late} == {"x-dvc-id-0", "x-dvc-id-1"}
    assert "device_id" in results[2].categories and "device_id" in results[3].categories
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(x["flow"] for x in lines if x["signature"] == SIGNATURE) == [
        f"x-dvc-id-{i}" for i in range(4)
    ]
    assert all(BINDING not in line for line in out.read_text().splitlines())
