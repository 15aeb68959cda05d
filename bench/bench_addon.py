"""How much the addon costs the proxy: the same requests through mitmdump with and without it.

    python bench/bench_addon.py [--requests 200] [--runs 5] [--rate 20] [--burst 10]
                                [--block 10] [--upload-mb 100] [--set OPTION=VALUE]
                                [--control]

Two mitmdumps run side by side for the whole bench, one plain and one with
`-s addons/exfilwatch.py`, in front of one local HTTPS server. Each run sends the
same app-like HTTPS requests from a real TLS client through both, in blocks of
`--block` requests: a block through one, the same block through the other, the
order alternating from block to block, so that the drift of a shared machine
(other people's jobs come and go within seconds) hits both alike. Before each
block the bench waits until both proxies and the analysis process are idle: a
block never pays for work left over from the other set-up, and the addon's own
work (its analysis included) is charged to the addon's blocks.

What is timed is what an app waits for: the latency of each request (sent to
answer read), summed over the block. `--rate` and `--burst` pace the requests
like an app's: a phone does not flood its proxy, it sends a handful of requests
back to back when a screen opens, then little until the next one. Only the
latencies are summed, never the time between bursts. `--rate 0` sends them all
back to back (the proxy saturated, the analysis running beside every request):
a harsher figure than any app gives, printed too. The default block is one
burst: the finer the alternation, the less the machine's drift between the two
set-ups' turns weighs. Prints the median of each set-up and the
headline figure, the median of the per-run ratios (target: <= 1.10): each run's
two sums were taken turn about, burst by burst, so their ratio cancels the
drift that a ratio of medians of different runs keeps. Then the CPU per request
of mitmdump and of the analysis process. Then one large-body check per set-up:
a 1 GiB gzip bomb download and a --upload-mb upload, with mitmdump's peak RSS.

`--control` runs the same bench with no addon in either mitmdump: the ratio it
prints is what this machine's noise and the bench itself give when there is no
difference at all, the floor against which the addon's figure is read.

Everything is on loopback; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from proxy_harness import Mitmdump, Upstream, gzip_bomb, gzip_json, request

AAID = "38400000-8cf0-11bd-b23e-10b96e40000d"
Req = tuple[str, str, bytes | None, dict[str, str]]


def app_requests(n: int) -> list[Req]:
    """A mix like an app's: SDK pings with IDs in the query, JSON event batches, gzip bodies."""
    out: list[Req] = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            out.append(("GET", f"/session?gps_adid={AAID}&app_token=abc&seq={i}", None, {}))
        elif kind == 1:
            events = [{"name": "view", "item": str(uuid.UUID(int=i * 7 + j)), "ms": j * 250}
                      for j in range(20)]  # fmt: skip
            body = json.dumps({"advertisingId": AAID, "events": events}).encode()
            out.append(("POST", "/v1/events", body, {"content-type": "application/json"}))
        elif kind == 2:
            body = gzip_json({"device": {"model": "Pixel 7", "locale": "en_GB"}, "seq": i})
            headers = {"content-type": "application/json", "content-encoding": "gzip"}
            out.append(("POST", "/v1/config", body, headers))
        else:
            out.append(("GET", f"/catalog?page={i}&size=20", None, {}))
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc); 0 if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss(pid: int) -> int:
    """Peak resident memory (VmHWM) of a process, bytes; 0 if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def family(proxy: Mitmdump) -> list[int]:
    """The mitmdump process and its children (the analysis process)."""
    assert proxy.process is not None
    return [proxy.process.pid, *children(proxy.process.pid)]


def wait_idle(pids: list[int], timeout: float = 60.0) -> None:
    """Until these processes use (almost) no CPU: the previous block's work is done."""
    deadline = time.monotonic() + timeout
    last = sum(cpu_seconds(p) for p in pids)
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        time.sleep(0.1)
        now = sum(cpu_seconds(p) for p in pids)
        quiet = quiet + 1 if now - last < 0.015 else 0
        last = now


def send(
    proxy: Mitmdump, upstream_port: int, reqs: list[Req], rate: float, burst: int = 1
) -> float:
    """The requests over one kept-alive tunnel; returns the sum of their latencies.

    With a `rate`, they go in bursts of `burst` requests back to back (an app opening
    a screen), a burst starting every `burst / rate` seconds."""
    conn = proxy.client(upstream_port)
    total = 0.0
    start = time.perf_counter()
    try:
        for i, (method, path, body, headers) in enumerate(reqs):
            if rate and i % burst == 0:
                delay = start + i / rate - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            sent = time.perf_counter()
            status, _, _ = request(conn, method, path, body, headers)
            total += time.perf_counter() - sent
            assert status == 200, status
    finally:
        conn.close()
    return total


class Meter:
    """Times blocks of requests through two proxies and charges each its CPU.

    Before each block it waits until every process of both set-ups is idle, then
    reads their CPU clocks; the CPU a set-up used between two readings (its block,
    and any analysis still catching up after it) is that block's."""

    def __init__(self, proxies: dict[bool, Mitmdump]) -> None:
        self.proxies = proxies
        self.pids = {addon: family(proxy) for addon, proxy in proxies.items()}
        self.latency: dict[bool, float] = {False: 0.0, True: 0.0}
        self.cpu: dict[bool, float] = {False: 0.0, True: 0.0}
        self.analysis = 0.0
        self._last: tuple[bool, list[float]] | None = None

    def _settle(self) -> None:
        wait_idle(self.pids[False] + self.pids[True])
        if self._last is not None:
            addon, before = self._last
            used = [cpu_seconds(p) - c for p, c in zip(self.pids[addon], before, strict=True)]
            self.cpu[addon] += used[0]
            self.analysis += sum(used[1:])
            self._last = None

    def block(
        self, addon: bool, upstream_port: int, reqs: list[Req], rate: float, burst: int
    ) -> None:
        self._settle()
        self._last = (addon, [cpu_seconds(p) for p in self.pids[addon]])
        self.latency[addon] += send(self.proxies[addon], upstream_port, reqs, rate, burst)

    def finish(self) -> None:
        self._settle()


def big_bodies(folder: Path, addon: bool, upload_mb: int, bomb: bytes) -> dict:
    routes = {"/bomb": lambda: ({"content-encoding": "gzip", "content-type": "text/plain"}, bomb)}
    upload = os.urandom(1 << 20) * upload_mb
    extra = ["--set", f"exfilwatch_jsonl={folder / 'big.jsonl'}"] if addon else []
    with Upstream(folder, routes) as upstream, Mitmdump(folder, extra, addon=addon) as proxy:
        conn = proxy.client(upstream.port, timeout=300)
        base = proxy.peak_rss()
        _, headers, body = request(conn, "GET", f"/bomb?adid={AAID}")
        bomb_ok = body == bomb and headers.get("content-encoding") == "gzip"
        started = time.perf_counter()
        _, _, answer = request(conn, "POST", "/upload", upload, {"content-type": "text/plain"})
        upload_s = time.perf_counter() - started
        reply = json.loads(answer)
        upload_ok = reply["sha256"] == hashlib.sha256(upload).hexdigest()
        conn.close()
        wait_idle(family(proxy))  # the analysis of the upload is done before reading the peak
        peak = proxy.peak_rss()
        assert proxy.process is not None
        child_peak = sum(peak_rss(k) for k in children(proxy.process.pid))
    return {"bomb_ok": bomb_ok, "upload_ok": upload_ok, "upload_s": upload_s,
            "rss_idle_mb": base / 2**20, "rss_peak_mb": peak / 2**20,
            "child_peak_mb": child_peak / 2**20}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--rate", type=float, default=20.0, help="requests per second, like an app; 0: flood"
    )
    parser.add_argument(
        "--burst", type=int, default=10, help="requests sent back to back at each --rate tick"
    )
    parser.add_argument(
        "--block", type=int, default=10, help="requests sent to one set-up before switching"
    )
    parser.add_argument(
        "--control", action="store_true", help="no addon in either mitmdump: the noise floor"
    )
    parser.add_argument("--upload-mb", type=int, default=100, help="0 skips the big-body check")
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        default=[],
        metavar="OPTION=VALUE",
        help="an option for the addon's mitmdump, e.g. exfilwatch_worker=thread",
    )
    args = parser.parse_args()
    reqs = app_requests(args.requests)
    times: dict[bool, list[float]] = {False: [], True: []}
    cpus: dict[bool, list[float]] = {False: [], True: []}
    analysis: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-addon-") as tmp:
        folder = Path(tmp)
        extra = ["--set", f"exfilwatch_jsonl={folder / 'findings.jsonl'}"]
        for option in args.sets:
            extra += ["--set", option]
        with (
            Upstream(folder, {}) as upstream,
            Mitmdump(folder, addon=False) as plain_proxy,
            Mitmdump(folder, [] if args.control else extra, addon=not args.control) as addon_proxy,
        ):
            proxies = {False: plain_proxy, True: addon_proxy}
            for proxy in proxies.values():  # warm up: TLS contexts, certificates, imports
                send(proxy, upstream.port, reqs[:40], 0)
            for run in range(args.runs):
                meter = Meter(proxies)
                for start in range(0, len(reqs), args.block):
                    first = (run + start // args.block) % 2 == 1
                    chunk = reqs[start : start + args.block]
                    for addon in (first, not first):
                        meter.block(addon, upstream.port, chunk, args.rate, args.burst)
                meter.finish()
                for addon in (False, True):
                    times[addon].append(meter.latency[addon])
                    cpus[addon].append(meter.cpu[addon])
                analysis.append(meter.analysis)
        _report(args, times, cpus, analysis)
        if args.upload_mb and not args.control:
            _big_bodies_report(folder, args.upload_mb)
    return 0


def _report(
    args: argparse.Namespace,
    times: dict[bool, list[float]],
    cpus: dict[bool, list[float]],
    analysis: list[float],
) -> None:
    base, withaddon = statistics.median(times[False]), statistics.median(times[True])
    paired = [a / b for a, b in zip(times[True], times[False], strict=True)]
    pace = "back to back"
    if args.rate:
        pace = f"{args.rate:g} requests/s in bursts of {args.burst}"
    print(f"{args.requests} requests x {args.runs} runs, one client, {pace}")
    print("summed request latency per run:")
    second = "mitmdump (control)   " if args.control else "mitmdump + exfilwatch"
    print(f"  mitmdump alone       : median {base:.3f}s  {_fmt(times[False])}")
    print(f"  {second}: median {withaddon:.3f}s  {_fmt(times[True])}")
    print(
        f"  paired ratio, median of the runs' ratios (target <= 1.10): "
        f"{statistics.median(paired):.3f}, range {min(paired):.3f}-{max(paired):.3f}"
    )
    print(f"  ratio of the medians: {withaddon / base:.3f}")
    per = 1000 / args.requests
    print(
        f"  CPU per request: mitmdump alone {statistics.median(cpus[False]) * per:.2f} ms, "
        f"with exfilwatch {statistics.median(cpus[True]) * per:.2f} ms "
        f"+ analysis process {statistics.median(analysis) * per:.2f} ms (SCHED_IDLE)"
    )
    print(f"  load average after the runs: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPU(s)")


def _big_bodies_report(folder: Path, upload_mb: int) -> None:
    bomb = gzip_bomb(1 << 30)
    print(f"large bodies: 1 GiB gzip bomb ({len(bomb) / 2**20:.1f} MiB on the wire), "
          f"{upload_mb} MiB upload")  # fmt: skip
    for addon in (False, True):
        r = big_bodies(folder, addon, upload_mb, bomb)
        label = "mitmdump + exfilwatch" if addon else "mitmdump alone      "
        child = f", analysis process peak {r['child_peak_mb']:.0f} MiB" if addon else ""
        print(
            f"  {label}: bomb unaltered {r['bomb_ok']}, upload unaltered "
            f"{r['upload_ok']} ({r['upload_s']:.1f}s), RSS idle "
            f"{r['rss_idle_mb']:.0f} MiB, peak {r['rss_peak_mb']:.0f} MiB{child}"
        )


def _fmt(values: list[float]) -> str:
    return "[" + ", ".join(f"{v:.3f}" for v in values) + "]"


if __name__ == "__main__":
    sys.exit(main())
