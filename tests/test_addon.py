"""The mitmproxy addon, in-process: mitmproxy's own test harness (taddons, tflow)."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import os
import stat
import threading
import time
from pathlib import Path

import pytest
from mitmproxy import exceptions, flowfilter, http, io, websocket
from mitmproxy.test import taddons, tflow
from wsproto.frame_protocol import Opcode

from exfilwatch.addon import META_KEY, ExfilWatch
from exfilwatch.engine import Engine, EngineOptions
from exfilwatch.live.analysis import Outputs
from exfilwatch.live.channel import Ticket
from exfilwatch.live.child import ProcessChannel
from exfilwatch.scan import analyse_file
from exfilwatch.sources import SourceOptions
from exfilwatch.sources.mitm_flow import exchange_from_flow

ROOT = Path(__file__).resolve().parents[1]
AAID = "38400000-8cf0-11bd-b23e-10b96e40000d"
ANDROID_ID = "9774d56d682e549c"
# The analysis runs in a child process: its first exchange loads the rules cold, which on a
# loaded two-core CI run took longer than flush's 10 s default (one failed run, round 66).
DRAIN = 60.0
KNOWN_YAML = f"advertising_id: {AAID}\nandroid_id: '{ANDROID_ID}'\n"


_BUILT: dict[EngineOptions, Engine] = {}


@pytest.fixture(autouse=True)
def _reuse_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each configure builds an engine (rules, owner data): build each set of options once."""
    real = EngineOptions.build

    def build(self: EngineOptions) -> Engine:
        if self not in _BUILT:
            _BUILT[self] = real(self)
        return _BUILT[self]

    monkeypatch.setattr(EngineOptions, "build", build)


@pytest.fixture
def known(tmp_path: Path) -> Path:
    path = tmp_path / "known.yaml"
    path.write_text(KNOWN_YAML)
    return path


def aaid_flow(resp: bool = True) -> http.HTTPFlow:
    f = tflow.tflow(resp=resp)
    f.request.url = f"https://app.adjust.com/session?gps_adid={AAID}&app_token=abc"
    return f


def plain_flow() -> http.HTTPFlow:
    f = tflow.tflow(resp=True)
    f.request.url = "https://api.example.com/orders?page=2"
    return f


def configure(tctx: taddons.context, addon: ExfilWatch, **options: object) -> None:
    """Configure the addon; analysis in a thread (a child process is tested on its own)."""
    options.setdefault("exfilwatch_worker", "thread")
    tctx.configure(addon, **options)


def matches(expr: str, f: http.HTTPFlow) -> bool:
    return bool(flowfilter.match(expr, f))


def test_options_are_prefixed_and_documented() -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        names = [n for n in sorted(tctx.options.keys()) if n.startswith("exfilwatch_")]
        for name in (
            "exfilwatch_known",
            "exfilwatch_jsonl",
            "exfilwatch_store",
            "exfilwatch_first_party",
            "exfilwatch_signatures",
            "exfilwatch_watch_countries",
            "exfilwatch_queue",
        ):
            assert name in names
            assert tctx.options._options[name].help.strip()


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("exfilwatch_known", "/nonexistent/known.yaml", "cannot read"),
        ("exfilwatch_watch_countries", ["CN,Russia"], "RUSSIA is not a two-letter"),
        ("exfilwatch_queue", 0, "at least 1"),
        ("exfilwatch_jsonl", "/nonexistent/dir/out.jsonl", "cannot open"),
        ("exfilwatch_signatures", ["/nonexistent/rules"], "/nonexistent/rules"),
    ],
)
def test_configure_rejects_bad_options_clearly(option: str, value: object, message: str) -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx, pytest.raises(exceptions.OptionsError, match=message):
        configure(tctx, addon, **{option: value})


def test_builtin_rules_can_be_left_out(known: Path) -> None:
    """`exfilwatch_builtin_signatures` off: the rules read nothing, the known values still do."""
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_builtin_signatures=False)
        bare = aaid_flow()
        addon.response(bare)
        assert addon.flush(DRAIN)
        configure(tctx, addon, exfilwatch_known=str(known))
        f = aaid_flow()
        addon.response(f)
        assert addon.flush(DRAIN)
    assert META_KEY not in bare.metadata  # gps_adid is a built-in rule's, left out
    found = f.metadata[META_KEY]["findings"]
    assert found and all(d["signature"].startswith("known:") for d in found)


def test_known_values_never_echoed_in_errors(tmp_path: Path) -> None:
    bad = tmp_path / "known.yaml"
    bad.write_text(f"advertising_id: [{{nested: {AAID}}}]\n")
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        with pytest.raises(exceptions.OptionsError) as err:
            configure(tctx, addon, exfilwatch_known=str(bad))
        assert AAID not in str(err.value)


def test_finding_marks_comments_and_fills_metadata(tmp_path: Path) -> None:
    addon = ExfilWatch()
    out = tmp_path / "findings.jsonl"
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_jsonl=str(out))
        f, clean = aaid_flow(), plain_flow()
        addon.response(f)
        addon.response(clean)
        assert addon.flush(DRAIN)
    assert f.marked == ":yellow_circle:"
    assert f.comment.startswith("device_id x1 -> ")
    meta = f.metadata[META_KEY]
    assert meta["worst"] == "device_id"
    assert meta["findings"][0]["location"] == "query.gps_adid"
    assert AAID not in meta["findings"][0]["evidence"]  # redacted by default
    assert matches("~marked", f) and matches("~comment device_id", f)
    assert matches("~meta exfilwatch", f) and matches("~meta gps_adid", f)
    assert not clean.marked and not clean.comment and META_KEY not in clean.metadata
    lines = out.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"] == "live"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_response_carrying_an_identifier_back(known: Path) -> None:
    """A device registration answer: the server hands the phone its identifier."""
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_known=str(known))
        f = plain_flow()
        f.response.headers["content-type"] = "application/json"
        f.response.content = json.dumps({"registered": {"android_id": ANDROID_ID}}).encode()
        addon.response(f)
        assert addon.flush(DRAIN)
    found = f.metadata[META_KEY]["findings"]
    assert any(d["direction"] == "response" for d in found)


def test_compressed_body_analysed_from_raw_bytes(known: Path) -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_known=str(known))
        f = plain_flow()
        f.request.method = "POST"
        f.request.headers["content-encoding"] = "gzip"
        f.request.headers["content-type"] = "application/json"
        raw = gzip.compress(json.dumps({"device": {"adid": AAID}}).encode())
        f.request.raw_content = raw
        addon.response(f)
        assert addon.flush(DRAIN)
    assert f.request.raw_content == raw  # untouched
    found = f.metadata[META_KEY]["findings"]
    assert any("gzip" in d["encodings"] for d in found)


def test_broken_gzip_body_is_not_an_error() -> None:
    """mitmproxy's `.content` would raise on this; the raw bytes go to the bounded decoder."""
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon)
        f = aaid_flow()
        f.request.headers["content-encoding"] = "gzip"
        f.request.raw_content = b"\x1f\x8b\x08\x00not really gzip"
        addon.response(f)
        assert addon.flush(DRAIN)
    assert addon.tally.errors == 0
    assert f.marked  # the URL still carries the advertising ID


def test_error_flow_request_is_analysed() -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon)
        f = aaid_flow(resp=False)
        f.error = tflow.terr()
        addon.error(f)
        answered = aaid_flow()
        addon.error(answered)  # had a response: analysed at `response`, not again
        assert addon.flush(DRAIN)
    assert f.marked
    assert addon.tally.analysed == 1


def _ws_messages(f: http.HTTPFlow, contents: list[bytes]) -> list[websocket.WebSocketMessage]:
    return [
        websocket.WebSocketMessage(Opcode.TEXT, i % 2 == 0, c, timestamp=946681300 + i)
        for i, c in enumerate(contents)
    ]


def test_each_websocket_message_is_analysed(known: Path) -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_known=str(known))
        f = tflow.twebsocketflow()
        f.websocket.messages = []
        contents = [
            json.dumps({"type": "hello", "advertisingId": AAID}).encode(),
            b'{"type": "ack"}',
            json.dumps({"type": "ping", "aid": ANDROID_ID}).encode(),
        ]
        for message in _ws_messages(f, contents):
            f.websocket.messages.append(message)
            addon.websocket_message(f)
        assert addon.flush(DRAIN)
    meta = f.metadata[META_KEY]
    flows = {d["flow"] for d in meta["findings"]}
    assert flows == {f"{f.id}/ws0", f"{f.id}/ws2"}
    assert meta["categories"]["device_id"] >= 2
    assert f.comment.count("->") == 1  # one line, updated in place


def test_grpc_body_with_known_value(known: Path) -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_known=str(known))
        f = plain_flow()
        f.request.method = "POST"
        f.request.http_version = "HTTP/2.0"
        f.request.headers["content-type"] = "application/grpc"
        text = AAID.encode()
        message = b"\x0a" + bytes([len(text)]) + text + b"\x10\x01"  # field 1: string, 2: varint
        f.request.raw_content = b"\x00" + len(message).to_bytes(4, "big") + message
        addon.response(f)
        assert addon.flush(DRAIN)
    assert any("grpc" in d["location"] for d in f.metadata[META_KEY]["findings"])


def test_user_marker_and_comment_are_kept() -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon)
        f = aaid_flow()
        f.marked = ":star:"
        f.comment = "login step"
        addon.response(f)
        assert addon.flush(DRAIN)
    assert f.marked == ":star:"
    assert f.comment.splitlines()[0] == "login step"
    assert f.comment.splitlines()[1].startswith("device_id x1")


def test_full_queue_drops_without_blocking(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    addon = ExfilWatch()
    gate = threading.Event()
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_queue=2)
        engine = addon.engine
        assert engine is not None
        real = engine.analyse

        def slow(exchange, *session):  # type: ignore[no-untyped-def]
            gate.wait(10)
            return real(exchange, *session)

        monkeypatch.setattr(engine, "analyse", slow)
        with caplog.at_level(logging.WARNING):
            started = time.perf_counter()
            for _ in range(10):
                addon.response(aaid_flow())
            elapsed = time.perf_counter() - started
        gate.set()
        assert addon.flush(DRAIN)
        summary = addon.commands.summary()
    assert elapsed < 1.0
    assert addon.tally.dropped >= 7  # one in hand, two queued
    assert addon.tally.analysed + addon.tally.dropped == 10
    assert "dropped" in summary
    assert sum("queue full" in r.message for r in caplog.records) == 1


def test_analysis_exception_logged_once_never_reaches_flow(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon)
        engine = addon.engine
        assert engine is not None

        def boom(exchange, *session):  # type: ignore[no-untyped-def]
            raise KeyError("synthetic")

        monkeypatch.setattr(engine, "analyse", boom)
        flows = [aaid_flow() for _ in range(3)]
        before = [f.get_state() for f in flows]
        with caplog.at_level(logging.WARNING):
            for f in flows:
                addon.response(f)
            assert addon.flush(DRAIN)
    assert addon.tally.errors == 3
    assert sum("KeyError" in r.message for r in caplog.records) == 1
    assert [f.get_state() for f in flows] == before


def test_summary_and_export_commands(tmp_path: Path) -> None:
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon)
        addon.response(aaid_flow())
        addon.response(plain_flow())
        assert addon.flush(DRAIN)
        text = tctx.master.commands.execute("exfilwatch.summary")
        target = tmp_path / "export.jsonl"
        tctx.master.commands.execute(f"exfilwatch.export {target}")
    assert "2 exchange(s) analysed" in text and "device_id 1" in text
    assert "by owner:" in text and "by country:" in text
    lines = target.read_text().splitlines()
    assert [json.loads(x)["category"] for x in lines] == ["device_id"]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_marks_arrive_through_the_event_loop() -> None:
    """Live: the worker hands results to the loop captured at `running`."""

    async def scenario() -> http.HTTPFlow:
        addon = ExfilWatch()
        with taddons.context(addon) as tctx:
            configure(tctx, addon)
            addon.running()
            f = aaid_flow()
            addon.response(f)
            for _ in range(200):
                if f.marked:
                    break
                await asyncio.sleep(0.01)
            addon.done()
            return f

    f = asyncio.run(scenario())
    assert f.marked == ":yellow_circle:"


def test_done_writes_summary_file_and_closes(tmp_path: Path) -> None:
    addon = ExfilWatch()
    summary = tmp_path / "summary.json"
    with taddons.context(addon) as tctx:
        configure(
            tctx, addon, exfilwatch_summary=str(summary), exfilwatch_jsonl=str(tmp_path / "x")
        )
        addon.response(aaid_flow())
        addon.done()
    data = json.loads(summary.read_text())
    assert data["findings"] == 1 and data["by_category"] == {"device_id": 1}
    assert addon.channel is None


def test_live_and_dump_give_the_same_findings(tmp_path: Path, known: Path) -> None:
    """A flow analysed live, then saved as `mitmdump -w` does and scanned: same findings."""
    flows = [aaid_flow(), plain_flow(), tflow.twebsocketflow()]
    ws = flows[2]
    ws.websocket.messages = _ws_messages(ws, [json.dumps({"gaid": AAID}).encode(), b"{}"])
    addon = ExfilWatch()
    out = tmp_path / "live.jsonl"
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_known=str(known), exfilwatch_jsonl=str(out))
        for f in flows:
            addon.response(f)
        for i in range(len(ws.websocket.messages)):
            saved = ws.websocket.messages
            ws.websocket.messages = saved[: i + 1]
            addon.websocket_message(ws)
            ws.websocket.messages = saved
        addon.done()
    dump = tmp_path / "flows.mitm"
    with dump.open("wb") as fh:
        writer = io.FlowWriter(fh)
        for f in flows:
            writer.add(f)
    engine = Engine.from_options(known_file=known)
    scanned = analyse_file(dump, engine, SourceOptions()).findings
    live = [json.loads(line) for line in out.read_text().splitlines()]

    def comparable(d: dict) -> str:
        return json.dumps({k: v for k, v in d.items() if k not in ("source", "id")}, sort_keys=True)

    assert live
    assert sorted(map(comparable, live)) == sorted(comparable(f.to_dict()) for f in scanned)


def test_thin_script_imports_the_package() -> None:
    with taddons.context() as tctx:
        module = tctx.script(str(ROOT / "addons" / "exfilwatch.py"))
    assert type(module.addons[0]).__module__ == "exfilwatch.addon"
    here = str(ROOT / "addons")
    import sys

    assert here not in [os.path.abspath(p or ".") for p in sys.path]


def test_analysis_in_a_child_process(known: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The default: a child process analyses; if it dies, the next exchange restarts it."""
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        tctx.configure(addon, exfilwatch_known=str(known))
        assert tctx.options.exfilwatch_worker == "process"
        first = aaid_flow()
        addon.response(first)
        assert addon.flush(DRAIN)
        channel = addon.channel
        assert isinstance(channel, ProcessChannel) and channel.process is not None
        child = channel.process
        child.kill()
        child.wait()
        with caplog.at_level(logging.WARNING):
            for _ in range(3):
                addon.response(aaid_flow())
            assert addon.flush(DRAIN)
        later = aaid_flow()
        addon.response(later)
        assert addon.flush(DRAIN)
        addon.done()
    assert first.marked == ":yellow_circle:" and later.marked == ":yellow_circle:"
    assert addon.tally.analysed == 5 and addon.tally.errors == 0
    assert sum("analysis process ended" in r.message for r in caplog.records) == 1


def test_store_gets_findings_and_every_destination(tmp_path: Path) -> None:
    from exfilwatch.sinks.store import Store

    path = tmp_path / "findings.db"
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon, exfilwatch_store=str(path))
        addon.response(aaid_flow())
        addon.response(plain_flow())
        assert addon.flush(DRAIN)
        addon.done()
    with Store(path, readonly=True) as store:
        assert [f.category for f in store.findings()] == ["device_id"]
        assert {"app.adjust.com", "api.example.com"} <= set(store.destinations())
        assert store.runs()[-1].ended
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_stuck_analysis_is_killed_and_counted() -> None:
    """A child that stops answering is killed after `timeout`; the exchange it was on is
    counted as an error, the ones queued behind it go to a new child."""
    import signal

    outcomes = []
    # a first exchange with time to spare (a loaded machine makes a fresh child slow),
    # then a limit a stopped child overruns
    channel = ProcessChannel(EngineOptions(), Outputs(), outcomes.extend, timeout=60)
    exchange = exchange_from_flow(aaid_flow(), "live")
    try:
        assert channel.submit(exchange, Ticket(None, "GET", exchange.request.url))
        assert channel.drain(60) and outcomes[0].result.lines
        channel.timeout = 5
        child = channel.process
        assert child is not None
        os.kill(child.pid, signal.SIGSTOP)
        for _ in range(3):
            assert channel.submit(exchange, Ticket(None, "GET", exchange.request.url))
        assert channel.drain(60)
        assert child.wait(10) is not None and channel.process is not child
        assert [o.error[0] for o in outcomes[1:] if o.error] == ["AnalysisTimeout"]
        assert sum(1 for o in outcomes[1:] if o.result and o.result.lines) == 2
    finally:
        channel.close()


def test_wire_carries_an_exchange_unchanged() -> None:
    """Header bytes that are not UTF-8 (kept as surrogate escapes) and raw bodies survive."""
    from exfilwatch.live import wire

    f = aaid_flow()
    f.request.headers["x-odd"] = b"caf\xe9".decode("utf-8", "surrogateescape")
    f.request.raw_content = b"\x1f\x8b\x00binary"
    exchange = exchange_from_flow(f, "live")
    chunks = wire.exchange_chunks(exchange)
    data = b"".join(chunks)
    header_len, request_len, response_len = wire.EXCHANGE.unpack_from(data)
    at = wire.EXCHANGE.size
    header = data[at : at + header_len]
    request_body = data[at + header_len : at + header_len + request_len]
    response_body = data[at + header_len + request_len :]
    assert len(response_body) == response_len
    assert wire.exchange_from_wire(header, request_body, response_body) == exchange


def test_replies_are_split_on_frame_boundaries() -> None:
    from exfilwatch.live import wire

    data = bytearray(wire.reply_frame(["ready"]) + wire.reply_frame(["done", [[1]]]))
    tail = bytearray(data[-3:])
    del data[-3:]
    assert wire.split_replies(data) == [["ready"]]
    data += tail
    assert wire.split_replies(data) == [["done", [[1]]]] and not data


def opaque_flow() -> http.HTTPFlow:
    """The Android ID under a key no rule reads: found only once a later flow names it."""
    f = tflow.tflow(resp=True)
    f.request.url = f"https://cdn.example.net/v2/ping?k7={ANDROID_ID}"
    return f


def teaching_flow() -> http.HTTPFlow:
    f = tflow.tflow(resp=True)
    f.request.url = f"https://app.adjust.com/session?android_id={ANDROID_ID}&app_token=abc"
    return f


@pytest.mark.parametrize("worker", ["thread", "process"])
def test_late_finding_counts_and_marks_the_earlier_flow(worker: str, tmp_path: Path) -> None:
    """The second flow teaches the Android ID the first carried: the first flow's host is
    counted for device_id and the flow is marked, as if the order had been the other way."""
    from mitmproxy.addons.view import View

    addon, view = ExfilWatch(), View()
    out = tmp_path / "findings.jsonl"
    with taddons.context(addon, view) as tctx:
        configure(tctx, addon, exfilwatch_worker=worker, exfilwatch_jsonl=str(out))
        first, second = opaque_flow(), teaching_flow()
        for f in (first, second):
            view.add([f])  # as the UI's view does when a flow starts
            addon.response(f)
            assert addon.flush(DRAIN)
        snap = addon.tally.snapshot()
        addon.done()
    late = [d for d in read_lines(out) if d["flow"] == first.id]
    assert [d["signature"] for d in late] == ["learned:device_id"]
    where = "example.net (private)"  # the first flow's destination, not the teacher's
    assert snap["flows_with_findings"] == 2 and snap["findings"] == 2
    assert snap["by_category"] == {"device_id": 2}
    assert snap["by_owner"][where] == 1
    assert first.marked == ":yellow_circle:"
    assert first.comment == f"device_id x1 -> {where}"
    assert first.metadata[META_KEY]["findings"][0]["location"] == "query.k7"
    assert second.marked == ":yellow_circle:"


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_late_finding_on_a_flow_with_findings_counts_the_flow_once() -> None:
    """A flow that had a finding already gains one more, and stays one flow with findings."""
    from mitmproxy.addons.view import View

    addon, view = ExfilWatch(), View()
    with taddons.context(addon, view) as tctx:
        configure(tctx, addon)
        first, second = opaque_flow(), teaching_flow()
        first.request.url += f"&gps_adid={AAID}"
        for f in (first, second):
            view.add([f])
            addon.response(f)
        assert addon.flush(DRAIN)
    assert addon.tally.with_findings == 2 and addon.tally.findings == 3
    assert first.comment.startswith("device_id x2 -> ")
    assert len(first.metadata[META_KEY]["findings"]) == 2


def test_late_finding_on_a_flow_mitmproxy_let_go_is_counted_not_marked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """mitmdump keeps no view, and a UI may have dropped the flow: the tally still counts."""
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon)
        first, second = opaque_flow(), teaching_flow()
        with caplog.at_level(logging.INFO):
            for f in (first, second):
                addon.response(f)
            assert addon.flush(DRAIN)
    assert addon.tally.by_category == {"device_id": 2} and addon.tally.with_findings == 2
    assert addon.tally.errors == 0
    assert not first.marked and META_KEY not in first.metadata
    late = [r.message for r in caplog.records if "late:" in r.message]
    assert len(late) == 1 and "cdn.example.net/v2/ping" in late[0] and ANDROID_ID not in late[0]


def test_late_finding_on_an_earlier_websocket_message_marks_its_flow() -> None:
    """A later message of the same WebSocket teaches: the flow in hand is marked, view or not."""
    addon = ExfilWatch()
    with taddons.context(addon) as tctx:
        configure(tctx, addon)
        f = tflow.twebsocketflow()
        f.websocket.messages = []
        contents = [
            json.dumps({"k7": ANDROID_ID}).encode(),
            b'{"type": "ack"}',
            json.dumps({"type": "hello", "androidId": ANDROID_ID}).encode(),
        ]
        for message in _ws_messages(f, contents):
            f.websocket.messages.append(message)
            addon.websocket_message(f)
        assert addon.flush(DRAIN)
    flows = sorted(d["flow"] for d in f.metadata[META_KEY]["findings"])
    assert flows == [f"{f.id}/ws0", f"{f.id}/ws2"]
    assert f.comment == f.metadata[META_KEY]["comment"]
    assert f.comment.startswith("device_id x2 -> ")
    assert addon.tally.with_findings == 2


def test_wire_carries_late_findings_and_reads_answers_without_them() -> None:
    from exfilwatch.live import wire
    from exfilwatch.live.analysis import Late
    from exfilwatch.model import Destination

    late = [Late("f1", Destination(host="cdn.example.net"), ["device_id"], ["{}\n"], True)]
    entry = wire.unpack(wire.pack(["h", None, [], [], None, None, wire.late_to_wire(late)]))
    assert wire.answer_late(entry) == late
    assert wire.answer_late(["h", None, [], [], None, None, []]) == []
    assert wire.answer_late(["h", None, [], [], None, None]) == []  # an answer from before
