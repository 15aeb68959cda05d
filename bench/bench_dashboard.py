"""Does the dashboard stay responsive with 100,000 findings? Load, update, memory, latency.

    python bench/bench_dashboard.py [--findings 100000] [--runs 5] [--tmux]

Measured on a findings JSONL made with `exfilwatch.dashboard.sample` (invented
data; nothing read from the network or ../shared), each figure the median of
--runs, side by side with a baseline:

- load: reading, parsing and aggregating all findings (dashboard reader and
  model) vs the naive way (`json.loads` + `Finding.from_dict` per line, then
  the same aggregation).
- update: the cost of one new finding (and of a burst of 100) with all the
  findings already loaded: incremental (follower reads the new bytes, model adds
  it) vs a full re-read and re-aggregation, what a dashboard without a follower
  would do per update. Plus the app's redraw time for that update.
- filter: one filter change (an owner; a search typed letter by letter).
- memory: Python heap held by the loaded findings (tracemalloc), dashboard
  decoder (interned strings, shared destinations) vs the naive objects.
- latency: in the real app (headless Textual, default poll and redraw timers),
  from appending a line to the file to the finding being the feed's top row;
  with --tmux also in a real terminal (tmux 160x48, `tmux capture-pane`).
  Target: under one second.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from exfilwatch.dashboard.aggregate import DashboardModel, Filter
from exfilwatch.dashboard.readers import JsonlReader
from exfilwatch.dashboard.sample import sample_findings
from exfilwatch.model import Finding
from exfilwatch.sinks.jsonl_sink import finding_line, write_findings


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def read_all(path: Path) -> DashboardModel:
    """The dashboard's way: follower + decoder + incremental model."""
    reader = JsonlReader(path)
    model = DashboardModel()
    while True:
        batch = reader.poll()
        model.add(batch.findings)
        if not batch.more:
            break
    reader.close()
    return model


def read_naive(path: Path) -> list[Finding]:
    with path.open(encoding="utf-8") as fh:
        return [Finding.from_dict(json.loads(line)) for line in fh if line.strip()]


def aggregate_naive(path: Path) -> DashboardModel:
    model = DashboardModel()
    model.add(read_naive(path))
    return model


def row(name: str, ours: float, base: float, unit: str = "s") -> None:
    ratio = base / ours if ours else float("inf")
    print(f"  {name:<44} {fmt(ours, unit):>12} {fmt(base, unit):>12} {ratio:>9.1f}x")


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.2f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value / 2**20:.1f} MiB"


def bench_model(path: Path, runs: int) -> DashboardModel:
    print(f"{'':2}{'':<44} {'dashboard':>12} {'baseline':>12} {'speed-up':>10}")
    load = median_time(lambda: read_all(path), runs)
    naive = median_time(lambda: aggregate_naive(path), runs)
    row("load (read, parse, aggregate)", load, naive)

    extra = path.with_name("extra.jsonl")
    new = list(sample_findings(100, seed=11, start=1_900_000_000.0))
    for burst in (1, 100):
        shutil.copyfile(path, extra)
        reader = JsonlReader(extra)
        model = DashboardModel()
        while True:
            batch = reader.poll()
            model.add(batch.findings)
            if not batch.more:
                break

        def incremental(
            reader: JsonlReader = reader, model: DashboardModel = model, burst: int = burst
        ) -> None:
            with extra.open("a", encoding="utf-8") as out:
                write_findings(out, new[:burst])
            model.add(reader.poll().findings)

        ours = median_time(incremental, runs)
        full = median_time(lambda: aggregate_naive(extra), max(1, runs // 2))
        row(f"update: {burst} new finding(s), full re-read as base", ours, full)

    model = read_all(path)
    owner = median_time(
        lambda: (model.set_filter(Filter()), model.set_filter(Filter(owner="ByteDance Ltd."))), runs
    )
    print(f"  {'filter: owner (one pass)':<44} {fmt(owner, 's'):>12}")
    model.set_filter(Filter())
    typed = []
    for i in range(1, len("pangle") + 1):
        started = time.perf_counter()
        model.set_filter(Filter(text="pangle"[:i]))
        typed.append(time.perf_counter() - started)
    print(f"  {'filter: search typed p,pa,..,pangle (each)':<44} "
          + " ".join(fmt(t, "s") for t in typed))  # fmt: skip
    return model


def bench_memory(path: Path) -> None:
    def held(load: Callable[[], object]) -> int:
        gc.collect()
        tracemalloc.start()
        kept = load()
        gc.collect()
        size = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del kept
        return size

    ours = held(lambda: read_all(path))
    base = held(lambda: aggregate_naive(path))
    row("memory held (tracemalloc)", ours, base, unit="B")


async def app_latency(path: Path, runs: int) -> tuple[float, list[float], float, int]:
    """(load s, latencies s, median redraw s, findings) in the headless app."""
    from textual.widgets import DataTable

    from exfilwatch.dashboard.app import DashboardApp

    app = DashboardApp(JsonlReader(path))  # default timers: what a user gets
    latencies: list[float] = []
    redraws: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        started = time.perf_counter()
        total = sum(1 for _ in path.open("rb"))
        while app.model.all.total < total or app.drawn_version != app.model.version:
            await pilot.pause(0.02)
        load = time.perf_counter() - started
        loaded = app.model.all.total
        feed = app.query_one("#feed", DataTable)
        for i in range(runs):
            f = next(sample_findings(1, seed=100 + i, start=1_900_000_000.0 + i))
            f.destination.host = f"latency-{i}.example"
            await pilot.pause(0.3 + 0.05 * i)  # land at different points of the timers
            started = time.perf_counter()
            with path.open("a", encoding="utf-8") as out:
                out.write(finding_line(f))
            while not (feed.row_count and feed.get_row_at(0)[3].plain == f.destination.host):
                await pilot.pause(0.01)
            latencies.append(time.perf_counter() - started)
            redraws.append(app.last_redraw_seconds)
        return load, latencies, statistics.median(redraws), loaded


def tmux_latency(path: Path, runs: int) -> list[float] | None:
    if not shutil.which("tmux"):
        return None
    session = f"exfilwatch-bench-{os.getpid()}"
    entry = "import sys; from exfilwatch.cli import main; sys.exit(main())"
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote(entry)} dashboard {path}; sleep 5"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "48", command], check=True
    )

    def pane() -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
        ).stdout

    try:
        total = sum(1 for _ in path.open("rb"))
        deadline = time.monotonic() + 120
        while f"{total:,} findings" not in pane() and time.monotonic() < deadline:
            time.sleep(0.1)
        out = []
        for i in range(runs):
            f = next(sample_findings(1, seed=200 + i, start=1_900_000_100.0 + i))
            f.destination.host = f"tmux-latency-{i}.example"
            time.sleep(0.37)
            started = time.monotonic()
            with path.open("a", encoding="utf-8") as fh:
                fh.write(finding_line(f))
            while f.destination.host not in pane():
                if time.monotonic() - started > 10:
                    break
                time.sleep(0.01)
            out.append(time.monotonic() - started)
        return out
    finally:
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=False)
        time.sleep(0.5)
        subprocess.run(["tmux", "kill-session", "-t", session], check=False, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tmux", action="store_true", help="also measure in a real terminal")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "findings.jsonl"
        with path.open("w", encoding="utf-8") as out:
            write_findings(out, sample_findings(args.findings))
        size = path.stat().st_size
        print(f"{args.findings:,} findings, {size / 2**20:.1f} MiB JSONL; medians of {args.runs}")
        bench_model(path, args.runs)
        bench_memory(path)
        load, latencies, redraw, total = asyncio.run(app_latency(path, args.runs))
        print(f"app (headless, 160x48): {total:,} findings loaded and drawn in {load:.2f} s;")
        print(
            f"  append -> top of live feed: median {statistics.median(latencies) * 1000:.0f} ms, "
            f"max {max(latencies) * 1000:.0f} ms (target < 1000 ms); "
            f"redraw for one new finding {redraw * 1000:.1f} ms"
        )
        if args.tmux:
            got = tmux_latency(path, args.runs)
            if got is None:
                print("tmux: not installed, skipped")
            else:
                print(
                    f"tmux 160x48 (real terminal): append -> on screen: median "
                    f"{statistics.median(got) * 1000:.0f} ms, max {max(got) * 1000:.0f} ms"
                )


if __name__ == "__main__":
    main()
