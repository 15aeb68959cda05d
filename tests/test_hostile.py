"""Hostile input and the tool's own privacy (issue 10).

The fuzz tests run every target in tests/fuzz_targets.py for a bounded number of
examples (EXFILWATCH_FUZZ_EXAMPLES, default 120 each: about a minute in all);
`python bench/fuzz.py TARGET` runs atheris for as long as you like.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import shutil
import subprocess
import sys

import fuzz_targets
import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exfilwatch.detect.signatures import safe_regex

EXAMPLES = int(os.environ.get("EXFILWATCH_FUZZ_EXAMPLES", "120"))
DEMO = ROOT / "captures"


@pytest.mark.parametrize("name", sorted(fuzz_targets.TARGETS))
def test_fuzz_target(name):
    target = fuzz_targets.TARGETS[name]

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=False,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.binary(max_size=4096))
    def run(data: bytes) -> None:
        target(data)

    run()


def test_pathological_user_regexes_are_refused():
    for pattern in (r"(a+)+$", r"(a|aa)*b(x*)*", r"(\w+\s?)*$", r"(.)\1"):
        with pytest.raises(ValueError):
            safe_regex(pattern)
    assert safe_regex(r"(?i)^(gps_)?adid$").search("GPS_ADID")


def _har(url: str, body: bytes, headers: list[dict] | None = None) -> dict:
    return {
        "log": {
            "entries": [
                {
                    "request": {
                        "method": "POST",
                        "url": url,
                        "headers": headers or [],
                        "postData": {
                            "mimeType": "application/json",
                            "encoding": "base64",
                            "text": base64.b64encode(body).decode(),
                        },
                    }
                }
            ]
        }
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    bomb = base64.b64encode(gzip.compress(b"\0" * (256 * 1024 * 1024), 9)).decode()
    (d / "bomb-in-base64-in-json.har").write_text(
        json.dumps(_har("https://x.example/u?keep=1", json.dumps({"blob": bomb}).encode()))
    )
    deep = b'{"a": "x", "d": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    (d / "deep.har").write_text(json.dumps(_har("https://x.example/deep", deep)))
    (d / "random.har").write_bytes(os.urandom(8192))
    (d / "truncated.har").write_text(json.dumps(_har("https://x.example/t", b"{}"))[:-20])
    (d / "invalid-utf8.har").write_bytes(
        b'{"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example/\xff\xfe?a=\xc3\x28"}}]}}'
    )
    pcap_header = bytes.fromhex("d4c3b2a1020004000000000000000000ffff000001000000")
    (d / "empty.pcap").write_bytes(pcap_header)
    (d / "truncated.pcap").write_bytes(
        pcap_header + bytes.fromhex("00000000000000003c0000003c000000") + b"\x00" * 10
    )
    (d / "zero-bytes.pcap").write_bytes(b"")
    return d


def test_hostile_inputs_end_cleanly_and_good_ones_are_analysed(hostile, tmp_path):
    out = tmp_path / "out.jsonl"
    good = tmp_path / "good"
    shutil.copytree(DEMO, good)
    code = (
        "import resource, subprocess, sys;"
        "p = subprocess.run(sys.argv[1:]);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr);"
        "sys.exit(p.returncode)"
    )
    cmd = [sys.executable, "-c", code, sys.executable, "-m", "exfilwatch", "scan", "--jobs", "1"]
    cmd += [str(hostile), str(good), str(hostile / "missing.har"), "-o", str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    lines = proc.stderr.strip().splitlines()
    peak_kib = int(lines[-1])
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    print(f"hostile set: peak RSS {peak_kib / 1024:.0f} MiB")
    assert peak_kib < 1.5 * 1024 * 1024, f"peak RSS {peak_kib} KiB"
    for name in ("random.har", "truncated.har", "missing.har", "zero-bytes.pcap"):
        assert any(name in line for line in lines), name
    findings = [json.loads(line) for line in out.read_text().splitlines()]
    assert {"biometric", "viewing_history", "device_id"} <= {f["category"] for f in findings}


def test_known_values_are_never_echoed(tmp_path):
    known = (DEMO / "known.yaml").read_text()
    values = [line.split(": ", 1)[1].strip('"') for line in known.splitlines() if ": " in line]
    proc = subprocess.run(
        [sys.executable, "-m", "exfilwatch", "scan", str(DEMO), "--known", str(DEMO / "known.yaml"),
         "--format", "jsonl"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0 and proc.stdout
    for value in values:
        assert value not in proc.stdout and value not in proc.stderr


def test_reveal_warns(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "exfilwatch", "scan", str(DEMO), "--reveal", "--format", "jsonl"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "unredacted" in proc.stderr


def test_debug_shows_a_traceback_for_option_errors(tmp_path):
    bad = tmp_path / "k.yaml"
    bad.write_text(": : :")
    plain = subprocess.run(
        [sys.executable, "-m", "exfilwatch", "scan", str(DEMO), "--known", str(bad)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    debug = subprocess.run(
        [sys.executable, "-m", "exfilwatch", "--debug", "scan", str(DEMO), "--known", str(bad)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert plain.returncode == debug.returncode == 2
    assert "Traceback" not in plain.stderr and "Traceback" in debug.stderr


@pytest.mark.skipif(
    not shutil.which("unshare") or os.geteuid() != 0, reason="needs root and unshare"
)
def test_scan_needs_no_network():
    """In a network namespace with no interfaces at all, the demo scan still works."""
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("network namespaces unavailable here")
    proc = subprocess.run(
        ["unshare", "--net", sys.executable, "-m", "exfilwatch", "scan", str(DEMO),
         "--format", "jsonl", "--jobs", "2"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert '"biometric"' in proc.stdout


def test_many_tiny_tcp_streams_stay_bounded(tmp_path):
    """50,000 connections that each send one SYN: open streams are capped
    (`EXFILWATCH_PCAP_MAX_STREAMS`, default 20,000), so memory follows the cap,
    not the file, and the eviction is reported."""
    import tracemalloc

    from _pcap_build import ipv4, link, tcp, write_pcap

    from exfilwatch.sources.pcap_source import read_pcap

    count = 50_000

    def frames():
        for i in range(count):
            src = f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}"
            ip = ipv4(src, "192.0.2.1", 6, tcp(40000 + i % 20000, 80, i, 0, 0x02))
            yield 1_700_000_000 + i * 1e-4, link("ethernet", ip)[1]

    path = write_pcap(tmp_path / "syn-flood.pcap", 1, frames())
    tracemalloc.start()
    exchanges = list(read_pcap(path, None, max_streams=1000))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert exchanges == [] or all(not e.request.body for e in exchanges)
    print(f"{count} streams, cap 1000: peak {peak / 1e6:.0f} MB")
    assert peak < 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("target", "data"),
    [
        # atheris: a tnetstring that is a string, not a dict, crashed mitmproxy's reader
        ("flows", b";" * 18 + b"\n"),
    ],
)
def test_fuzz_regressions(target, data):
    fuzz_targets.TARGETS[target](data)


def test_truncated_msgpack_arrays_do_not_leak():
    """atheris ran out of memory on the msgpack target: with a large `max_array_len`,
    msgpack 1.1 preallocates (and loses) room for arrays the input only declares."""
    import tracemalloc

    from exfilwatch.decode._formats import msgpack_document

    tracemalloc.start()
    for i in range(5000):
        msgpack_document(b"\xdd\x00\x0f\x42\x40" + bytes([i % 256]) * 40, 16 << 20)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert current < 16 * 1024 * 1024
