"""Reports: numbers agree with the JSONL, nothing external, redacted, Chromium renders it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections import Counter
from pathlib import Path

import pytest
from _findings_factory import AAID, FACE, finding, sample_findings, write_jsonl

from exfilwatch.cli import main
from exfilwatch.sinks.collection import load_findings
from exfilwatch.sinks.report import build_model, render_html, render_markdown
from exfilwatch.sinks.store import Store

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
)


def _html(tmp_path: Path, findings=None) -> tuple[str, Path]:
    src = write_jsonl(tmp_path / "findings.jsonl", findings or sample_findings())
    out = tmp_path / "report.html"
    assert main(["report", str(src), "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8"), src


def test_numbers_agree_with_jsonl(tmp_path: Path) -> None:
    html, src = _html(tmp_path)
    rows = [json.loads(line) for line in src.read_text().splitlines()]
    per_category = Counter(r["category"] for r in rows)
    per_host = Counter(r["destination"]["host"] for r in rows)
    owners = {r["destination"]["owner"] for r in rows}
    totals = dict(re.findall(r'data-total="(\w+)">(\d+)<', html))
    assert int(totals["findings"]) == len(rows)
    assert int(totals["flows"]) == len({(r["source"], r["flow"]) for r in rows})
    assert int(totals["hosts"]) == len(per_host)
    assert int(totals["owners"]) == len(owners)
    third = sum(r["destination"]["party"] == "third" for r in rows)
    assert int(totals["third_party"]) == third
    summary = dict(re.findall(r'<li data-category="(\w+)" data-findings="(\d+)"', html))
    assert {k: int(v) for k, v in summary.items()} == per_category
    dests = dict(re.findall(r'<tr data-host="([^"]+)" data-findings="(\d+)"', html))
    assert {k: int(v) for k, v in dests.items()} == per_host
    assert len(re.findall(r'<tr class="finding" data-id="(\w+)"', html)) == len(rows)
    assert set(re.findall(r'<tr class="finding" data-id="(\w+)"', html)) == {r["id"] for r in rows}
    # the Sankey: each column of nodes adds up to the findings, the category column per category
    nodes = re.findall(r'data-column="(\d)" data-name="([^"]+)" data-value="(\d+)"', html)
    for column in "0123":
        assert sum(int(v) for c, _, v in nodes if c == column) == len(rows)
    data_column = {name: int(v) for c, name, v in nodes if c == "1"}
    assert data_column == {"Device identifiers": 4, "Biometric data": 1, "Viewing history": 2}
    owner_column = {name: int(v) for c, name, v in nodes if c == "2"}
    assert owner_column == Counter(r["destination"]["owner"] for r in rows)
    links = re.findall(
        r'class="link" d="[^"]+" fill="[^"]+" data-from="[^"]+" data-to="[^"]+" data-value="(\d+)"',
        html,
    )
    assert sum(map(int, links)) == 3 * len(rows)  # three link columns, each carries every finding


def test_self_contained_and_redacted(tmp_path: Path) -> None:
    html, _ = _html(tmp_path)
    assert "<script" not in html.lower()
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html, re.I)
    assert not re.search(r"url\(", html)
    assert re.search(r"<svg[^>]+class=\"sankey\"", html)
    assert AAID not in html  # not in evidence, and not in the URLs shown
    assert "gps_adid=3840…000d" in html
    assert "body.form.data|base64|json.$android_id" in html  # the decoding path
    assert "https://example.org/rule-docs" in html  # rule references
    assert "/api/watch/12…90/progress" in html  # an id-like path segment, shortened


def test_traffic_text_is_escaped(tmp_path: Path) -> None:
    evil = finding(
        "biometric",
        "biometric.face_landmarks",
        FACE,
        "f09",
        'body.json["<img src=x>"]',
        evidence="<script>alert(1)</script>",
    )
    evil.destination.owner = "Evil </svg><script>x()</script>"
    html, _ = _html(tmp_path, [evil])
    assert "<script" not in html.lower() and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = render_markdown(build_model(load_findings(tmp_path / "findings.jsonl")))
    outside_code = re.sub(r"`[^`]*`", "", md)  # code spans show text literally
    assert "<script>" not in outside_code and "<img" not in outside_code


def test_markdown(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "findings.jsonl", sample_findings())
    out = tmp_path / "report.md"
    assert main(["report", str(src), "-o", str(out), "--title", "Build 42"]) == 0
    md = out.read_text()
    assert md.startswith("# Build 42\n")
    assert "7 findings in 7 flows to 5 hosts of 5 owners in 4 countries; 6 to third parties." in md
    assert "- **Biometric data**: 1 finding in 1 flow" in md
    assert "| session | Device identifiers | Adjust GmbH | DE | 2 |" in md
    finding_rows = [line for line in md.splitlines() if re.match(r"\| \d+ \| 2025", line)]
    assert len(finding_rows) == 7
    assert AAID not in md
    assert hashlib.sha256(src.read_bytes()).hexdigest() in md


def test_inputs_are_hashed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capture = tmp_path / "capture.har"
    capture.write_text('{"log": {"entries": []}}')
    src = write_jsonl(tmp_path / "f.jsonl", sample_findings())
    out = tmp_path / "r.html"
    assert main(["report", str(src), "--inputs", str(capture), "-o", str(out)]) == 0
    html = out.read_text()
    assert hashlib.sha256(capture.read_bytes()).hexdigest() in html
    assert hashlib.sha256(src.read_bytes()).hexdigest() in html
    assert main(["report", str(src), "--inputs", str(tmp_path / "gone.pcap"), "-o", str(out)]) == 2
    assert "gone.pcap: cannot read" in capsys.readouterr().err


def test_report_from_store_shows_runs_and_flows(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.start_run(app="com.example.video", device="pixel-7", rules={"a.rule": "0123abcd"})
        store.add_findings(sample_findings())
        store.add_flow_counts({"app.adjust.com": 9}, {})
        store.end_run()
    model = build_model(load_findings(db))
    assert model.flows_known and model.apps == ["com.example.video"]
    html = render_html(model)
    assert 'data-run="1"' in html and "pixel-7" in html and "1 rules" in html
    assert re.search(r'data-host="app.adjust.com".*?<td class="num">9</td>', html, re.S)


def test_empty_and_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "none.jsonl"
    empty.write_text("")
    out = tmp_path / "r.html"
    assert main(["report", str(empty), "-o", str(out)]) == 0
    assert "No findings" in out.read_text()
    assert main(["report", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "missing.jsonl: no such file" in err and "Traceback" not in err


def _png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the (filtered) scanlines of a PNG, enough to tell blank from not."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            bpp = {2: 3, 6: 4, 0: 1, 4: 2}[colour] * depth // 8
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp + 1
    return width, height, [raw[i * stride : (i + 1) * stride] for i in range(height)]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_renders_in_headless_chromium(tmp_path: Path) -> None:
    findings = sample_findings() + sample_findings(source="second.har")
    _html(tmp_path, findings)
    page = tmp_path / "report.html"
    png = tmp_path / "out.png"
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                "--window-size=1400,2400",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=90,
        )
    assert png.exists(), proc.stderr.decode(errors="replace")[-2000:]
    width, height, rows = _png_rows(png.read_bytes())
    assert (width, height) == (1400, 2400)
    assert len(set(rows)) > 200  # a blank page has a handful of distinct scanlines
