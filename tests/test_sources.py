"""HAR and flow-dump sources: real exports, and one engine for both."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, shared_path

from exfilwatch.engine import Engine
from exfilwatch.scan import analyse_file
from exfilwatch.sources import SourceError, read_exchanges, sniff

DEMO = ROOT / "captures" / "demo-shortvideo.har"
KNOWN = ROOT / "captures" / "known.yaml"


def test_real_browser_and_tool_exports_are_read():
    folder = shared_path("corpus", "har")
    hars = sorted(folder.rglob("*.har"))
    assert len(hars) >= 8
    for har in hars:
        entries = json.loads(har.read_text(encoding="utf-8-sig"))["log"]["entries"]
        exchanges = list(read_exchanges(har))
        assert len(exchanges) == len(entries), har.name
        assert all(e.request.url.startswith(("http://", "https://")) for e in exchanges)


def test_bom_and_base64_post_data():
    folder = shared_path("corpus", "har", "mitmproxy")
    assert list(read_exchanges(folder / "with-bom.har"))
    posts = [e for e in read_exchanges(folder / "postdata.har") if e.request.body]
    assert posts


def test_demo_har_keeps_addresses_and_times():
    exchanges = list(read_exchanges(DEMO))
    assert exchanges[0].server_ip == "192.0.2.10"
    assert exchanges[0].started > 1.7e9
    assert exchanges[0].request.header("content-encoding") == "gzip"


@pytest.fixture(scope="module")
def demo_flows(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("flows") / "demo.flows"
    subprocess.run(
        [sys.executable, str(ROOT / "captures" / "make_demo.py"), "--flows", str(out)],
        check=True,
        cwd=tmp_path_factory.mktemp("cwd"),
    )
    # make_demo.py rewrites the committed HAR; it is deterministic, so nothing changes.
    return out


def _comparable(findings):
    return sorted(
        (f.category, f.signature, f.location, tuple(f.encodings), f.evidence, f.url, f.method)
        for f in findings
    )


def test_flow_dump_gives_the_same_findings_as_the_har(demo_flows):
    engine = Engine.from_options(known_file=KNOWN)
    har = analyse_file(DEMO, engine)
    flows = analyse_file(demo_flows, engine)
    assert har.error is None and flows.error is None
    assert har.flows == flows.flows
    assert _comparable(har.findings) == _comparable(flows.findings)
    assert {f.category for f in har.findings} >= {"biometric", "viewing_history", "device_id"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x13\x37garbage" * 10, "not a HAR file"),
        (b'{"log": {"entries": [', "not valid JSON"),
        (b'{"something": 1}', "no log.entries"),
        (b"[" * 200_000, "not a HAR file"),
        (b"{" + b'"a":' * 1 + b"[" * 100_000, "too deeply"),
        (b"99:" + b"x" * 10, "flow dump"),
    ],
)
def test_bad_files_raise_one_line_errors(tmp_path, content, message):
    path = tmp_path / "input.har"
    path.write_bytes(content)
    with pytest.raises(SourceError) as exc:
        list(read_exchanges(path))
    text = str(exc.value)
    assert message in text and str(path) in text and "\n" not in text


def test_malformed_entries_are_skipped_and_reported(tmp_path):
    good = json.loads(DEMO.read_text())
    good["log"]["entries"].insert(1, {"request": {"no": "url"}})
    path = tmp_path / "partly.har"
    path.write_text(json.dumps(good))
    result = analyse_file(path, Engine.from_options())
    assert result.flows == len(good["log"]["entries"]) - 1
    assert "1 of" in (result.error or "")


def test_sniff_by_content_not_name(tmp_path):
    path = tmp_path / "capture.txt"
    path.write_bytes(DEMO.read_bytes())
    assert sniff(path) == "har"
