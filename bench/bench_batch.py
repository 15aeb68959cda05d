"""Batch speed-up: 40 capture files on 1 and 2 workers, and the cost per GB.

    python bench/bench_batch.py [--files 40] [--requests 400] [--runs 3]

Writes 40 HARs built from the demo session (each `--requests` requests, with
fresh sequence numbers), runs `exfilwatch scan DIR --jobs 1` and `--jobs 2`
alternately, checks that both give identical findings, and prints the medians,
the speed-up (issue 9's target on this two-core machine: >= 1.7) and CPU-seconds
per GB of capture.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _installed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_scan import build_har  # noqa: E402


def timed(cmd: list[str], out: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (children) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [*cmd, "-o", str(out)], check=True, stderr=subprocess.DEVNULL, env=_installed.env()
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def findings(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    for row in rows:
        row.pop("time")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    exfilwatch = _installed.script("exfilwatch")
    if not exfilwatch:
        sys.exit("bench: needs exfilwatch on PATH (pip install -e .)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "captures"
        folder.mkdir()
        build_har(folder / "capture-00.har", args.requests)
        for i in range(1, args.files):
            shutil.copy(folder / "capture-00.har", folder / f"capture-{i:02d}.har")
        size = sum(p.stat().st_size for p in folder.iterdir())
        known = str(ROOT / "captures" / "known.yaml")
        base = [exfilwatch, "scan", str(folder), "--known", known, "--no-progress"]
        one, two = Path(tmp) / "one.jsonl", Path(tmp) / "two.jsonl"
        timed([*base, "--jobs", "1"], one)  # warm caches
        walls: dict[int, list[float]] = {1: [], 2: []}
        cpus: list[float] = []
        for _ in range(args.runs):
            for jobs, out in ((1, one), (2, two)):
                wall, cpu = timed([*base, "--jobs", str(jobs)], out)
                walls[jobs].append(wall)
                if jobs == 1:
                    cpus.append(cpu)
        identical = findings(one) == findings(two)
    m1, m2 = statistics.median(walls[1]), statistics.median(walls[2])
    gb = size / 1e9
    print(f"{args.files} files, {args.files * args.requests} requests, {size / 1e6:.1f} MB")
    print(f"--jobs 1: {m1:.2f} s   --jobs 2: {m2:.2f} s   (medians of {args.runs})")
    print(f"speed-up: {m1 / m2:.2f}x  (target >= 1.70 on two cores)")
    print(f"identical findings: {identical}")
    print(f"cost: {statistics.median(cpus) / gb:.0f} CPU-seconds per GB of capture")


if __name__ == "__main__":
    main()
