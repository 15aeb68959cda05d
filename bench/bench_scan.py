"""Full analysis of a 5,000-request HAR next to `mitmdump -n -q -r` merely reading it.

    python bench/bench_scan.py [--requests 5000] [--runs 5]

Builds the HAR from the demo session (captures/make_demo.py) repeated with fresh
identifiers, then times, alternating, `exfilwatch scan --known ... --format jsonl`
and `mitmdump -n -q -r` on the same file, and prints the medians and their ratio
(issue 2's target: ratio <= 1.0). Whole processes are timed, start-up included, as
a user would see them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _installed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "captures"))

import make_demo  # noqa: E402


def build_har(path: Path, n: int) -> None:
    make_demo.write_har(path)
    har = json.loads(path.read_text())
    base = har["log"]["entries"]
    entries = []
    for i in range(n):
        entry = json.loads(json.dumps(base[i % len(base)]))
        entry["request"]["url"] += ("&" if "?" in entry["request"]["url"] else "?") + f"seq={i}"
        entries.append(entry)
    har["log"]["entries"] = entries
    path.write_text(json.dumps(har))


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_installed.env()
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    mitmdump = _installed.script("mitmdump")
    exfilwatch = _installed.script("exfilwatch")
    if not mitmdump or not exfilwatch:
        sys.exit("bench: needs mitmdump and exfilwatch on PATH (pip install -e .)")
    with tempfile.TemporaryDirectory() as tmp:
        har = Path(tmp) / "session.har"
        build_har(har, args.requests)
        known = ROOT / "captures" / "known.yaml"
        ours = [exfilwatch, "scan", str(har), "--known", str(known), "--format", "jsonl"]
        theirs = [mitmdump, "-n", "-q", "-r", str(har)]
        timed(ours), timed(theirs)  # warm the page cache and bytecode caches
        a, b = [], []
        for _ in range(args.runs):
            a.append(timed(ours))
            b.append(timed(theirs))
        size = har.stat().st_size / 1e6
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"HAR: {args.requests} requests, {size:.1f} MB; medians of {args.runs} runs")
    print(f"exfilwatch scan (full analysis): {ma:.2f} s  ({args.requests / ma:,.0f} flows/s)")
    print(f"mitmdump -n -q -r (read only):  {mb:.2f} s  ({args.requests / mb:,.0f} flows/s)")
    print(f"ratio exfilwatch / mitmdump: {ma / mb:.2f}  (target <= 1.00)")


if __name__ == "__main__":
    main()
