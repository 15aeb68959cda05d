"""`exfilwatch scan` as a user runs it: the demo, output formats, exit codes."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT

from exfilwatch import __version__
from exfilwatch.cli import main

DEMO = ROOT / "captures"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exfilwatch", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_demo_shows_all_three_categories_in_the_table():
    proc = run("scan", str(DEMO), "--format", "table")
    assert proc.returncode == 0, proc.stderr
    for category in ("biometric", "viewing_history", "device_id"):
        assert category in proc.stdout
    assert "body|gzip" in proc.stdout  # the decoding path is shown


def test_jsonl_contract(tmp_path):
    out = tmp_path / "findings.jsonl"
    assert main(["scan", str(DEMO), "--known", str(DEMO / "known.yaml"), "-o", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines
    keys = {"id", "time", "source", "flow", "method", "url", "category", "signature",
            "confidence", "location", "encodings", "evidence", "destination"}  # fmt: skip
    dest = {
        "host",
        "domain",
        "owner",
        "owner_country",
        "server_ip",
        "server_country",
        "asn",
        "party",
    }
    for line in lines:
        assert keys <= set(line)
        assert dest <= set(line["destination"])
        assert 0 <= line["confidence"] <= 1
    assert len({line["id"] for line in lines}) == len(lines)
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_version():
    proc = run("--version")
    assert proc.stdout.strip() == f"exfilwatch {__version__}"


def test_bad_inputs_are_named_and_good_ones_still_analysed(tmp_path):
    bomb = tmp_path / "bomb.har"
    blob = gzip.compress(b"\0" * (32 * 1024 * 1024))
    import base64

    bomb.write_text(
        json.dumps(
            {
                "log": {
                    "entries": [
                        {
                            "request": {
                                "method": "POST",
                                "url": "https://x.example/u",
                                "headers": [{"name": "content-encoding", "value": "gzip"}],
                                "postData": {
                                    "mimeType": "application/json",
                                    "encoding": "base64",
                                    "text": base64.b64encode(blob).decode(),
                                },
                            }
                        }
                    ]
                }
            }
        )
    )
    (tmp_path / "random.har").write_bytes(os.urandom(4096))
    (tmp_path / "truncated.har").write_text('{"log": {"entries": [{"request"')
    (tmp_path / "empty.har").write_bytes(b"")
    (tmp_path / "utf8.har").write_bytes(
        b'{"log": {"entries": [{"request": {"method": "GET", "url": "https://x/\xff\xfe"}}]}}'
    )
    out = tmp_path / "out.jsonl"
    proc = run("scan", str(tmp_path), str(DEMO), str(tmp_path / "missing.har"), "-o", str(out))
    assert proc.returncode == 2
    errors = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr
    named = " ".join(errors)
    for name in ("random.har", "truncated.har", "empty.har", "missing.har"):
        assert name in named
    assert all(line.startswith("exfilwatch: ") for line in errors)
    categories = {json.loads(line)["category"] for line in out.read_text().splitlines()}
    assert {"biometric", "viewing_history", "device_id"} <= categories


def test_bad_known_file_is_one_line(tmp_path):
    bad = tmp_path / "known.yaml"
    bad.write_text("- [unclosed")
    proc = run("scan", str(DEMO), "--known", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "not valid YAML" in proc.stderr


@pytest.mark.parametrize("fmt", ["destinations", "table"])
def test_other_formats(fmt):
    proc = run("scan", str(DEMO), "--format", fmt)
    assert proc.returncode == 0
    assert "effects.shortclips.example" in proc.stdout


def test_an_engine_failure_costs_one_flow_not_the_rest(monkeypatch, capsys):
    """A bug that one strange exchange reaches is reported, naming the input and the
    flow, and the flows after it are still analysed (exit status 2: not wholly read)."""
    from exfilwatch.engine import Engine
    from exfilwatch.scan import analyse_file

    har = next(DEMO.glob("*.har"))
    real = Engine.analyse
    calls = {"n": 0}

    def flaky(self, exchange, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyError("broken detector")
        return real(self, exchange, *args, **kwargs)

    monkeypatch.setattr(Engine, "analyse", flaky)
    monkeypatch.delenv("EXFILWATCH_DEBUG", raising=False)
    result = analyse_file(har, Engine.from_options())
    assert result.error is None and result.unanalysed == 1
    assert result.failure.startswith("flow ") and "KeyError" in result.failure
    assert calls["n"] == result.flows > 2  # every later flow was still analysed
    calls["n"] = 0
    assert main(["scan", str(har), "--format", "jsonl", "-o", os.devnull]) == 2
    err = capsys.readouterr().err
    assert "1 flow(s) not analysed" in err and har.name in err and "Traceback" not in err


def _findings(tmp_path, name: str, *args: str) -> list[dict]:
    out = tmp_path / name
    assert main(["scan", str(DEMO), "-o", str(out), *args]) == 0
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_builtin_rules_left_out_keep_the_known_findings(tmp_path):
    """`--no-builtin-signatures` with `--known`: only the phone's own identifiers, and
    every one the full scan finds (the held-out gates score known values this way)."""
    known = ("--known", str(DEMO / "known.yaml"))
    full = _findings(tmp_path, "full.jsonl", *known)
    only = _findings(tmp_path, "only.jsonl", *known, "--no-builtin-signatures")

    def key(f: dict) -> tuple:
        return f["flow"], f["signature"], f["location"], f["category"]

    assert only and all(f["signature"].startswith("known:") for f in only)
    assert sorted(map(key, only)) == sorted(
        key(f) for f in full if f["signature"].startswith("known:")
    )
    assert len(full) > len(only)  # the rules found more than the known values


def test_builtin_rules_left_out_leave_a_users_own_pack(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "mine.yaml").write_text(
        "id: user.demo_adid\ntitle: The demo's advertising id\n"
        "description: A user's rule.\ncategory: device_id\nseverity: low\n"
        "confidence: 0.5\nreferences: [https://example.com/docs]\n"
        "match:\n  keys: [gps_adid]\n  value: uuid\n"
        "examples:\n  positive:\n"
        "    - url: https://a.example/?gps_adid=2e4c6a8b-1d3f-4b5a-9c7e-0f1e2d3c4b5a\n"
        "    - url: https://b.example/?gps_adid=5e4c6a8b-1d3f-4b5a-9c7e-0f1e2d3c4b5a\n"
        "  negative:\n    - url: https://a.example/?gps_adid=none\n"
        "    - url: https://a.example/?id=2e4c6a8b-1d3f-4b5a-9c7e-0f1e2d3c4b5a\n"
    )
    found = _findings(tmp_path, "mine.jsonl", "--no-builtin-signatures", "--signatures", str(pack))
    assert found and {f["signature"] for f in found} == {"user.demo_adid"}
    assert _findings(tmp_path, "none.jsonl", "--no-builtin-signatures") == []
