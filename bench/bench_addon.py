"""How much the addon costs the proxy: the same requests through mitmdump with and without it.

    python bench/bench_addon.py [--requests 400] [--runs 5] [--clients 1] [--upload-mb 100]

Each run starts a fresh mitmdump (with `-s addons/exfilwatch.py`, or without),
sends the same app-like HTTPS requests through it from a real TLS client to a
local HTTPS server, and times them; runs alternate between the two set-ups so
that drift on a shared machine hits both. Prints the median time of each and
their ratio (target: <= 1.10). Then one large-body check per set-up: a 1 GiB
gzip bomb download and a --upload-mb upload, with mitmdump's peak RSS (VmHWM).

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
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from proxy_harness import Mitmdump, Upstream, gzip_bomb, gzip_json, request

AAID = "38400000-8cf0-11bd-b23e-10b96e40000d"


def app_requests(n: int) -> list[tuple[str, str, bytes | None, dict[str, str]]]:
    """A mix like an app's: SDK pings with IDs in the query, JSON event batches, gzip bodies."""
    out = []
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
    """User + system CPU of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
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


def run_once(
    folder: Path, upstream_port: int, addon: bool, reqs: list, clients: int, sets: list[str]
) -> tuple[float, float, float]:
    """(wall seconds, mitmdump CPU seconds, analysis process CPU seconds) for the requests."""
    extra = ["--set", f"exfilwatch_jsonl={folder / 'findings.jsonl'}"] if addon else []
    for option in sets if addon else []:
        extra += ["--set", option]
    with Mitmdump(folder, extra, addon=addon) as proxy:
        warm = proxy.client(upstream_port)
        for method, path, body, headers in reqs[:20]:
            request(warm, method, path, body, headers)
        warm.close()
        shares = [reqs[i::clients] for i in range(clients)]
        errors: list[BaseException] = []

        def worker(share: list) -> None:
            conn = proxy.client(upstream_port)
            try:
                for method, path, body, headers in share:
                    status, _, _ = request(conn, method, path, body, headers)
                    assert status == 200
            except BaseException as exc:
                errors.append(exc)
            finally:
                conn.close()

        threads = [threading.Thread(target=worker, args=(s,)) for s in shares]
        assert proxy.process is not None
        pid = proxy.process.pid
        kids = children(pid)
        cpu0, kids0 = cpu_seconds(pid), sum(cpu_seconds(k) for k in kids)
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        if errors:
            raise errors[0]
        if addon:  # the analysis may lag behind the traffic: count its CPU once it is done
            out = folder / "findings.jsonl"
            last = -1
            while out.exists() and out.stat().st_size != last:
                last = out.stat().st_size
                time.sleep(0.3)
        cpu = cpu_seconds(pid) - cpu0
        analysis = sum(cpu_seconds(k) for k in kids) - kids0
    return elapsed, cpu, analysis


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
        time.sleep(1.0)  # let the analysis of the upload finish before reading the peak
        peak = proxy.peak_rss()
        assert proxy.process is not None
        child_peak = sum(peak_rss(k) for k in children(proxy.process.pid))
    return {"bomb_ok": bomb_ok, "upload_ok": upload_ok, "upload_s": upload_s,
            "rss_idle_mb": base / 2**20, "rss_peak_mb": peak / 2**20,
            "child_peak_mb": child_peak / 2**20}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clients", type=int, default=1, help="parallel client connections")
    parser.add_argument("--upload-mb", type=int, default=100, help="0 skips the big-body check")
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        default=[],
        metavar="OPTION=VALUE",
        help="an option for the addon runs, e.g. exfilwatch_worker=thread",
    )
    args = parser.parse_args()
    reqs = app_requests(args.requests)
    times: dict[bool, list[float]] = {False: [], True: []}
    cpus: dict[bool, list[float]] = {False: [], True: []}
    analysis: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-addon-") as tmp:
        folder = Path(tmp)
        with Upstream(folder, {}) as upstream:
            for run in range(args.runs):
                order = (False, True) if run % 2 == 0 else (True, False)
                for addon in order:
                    elapsed, cpu, child = run_once(
                        folder, upstream.port, addon, reqs, args.clients, args.sets
                    )
                    times[addon].append(elapsed)
                    cpus[addon].append(cpu)
                    if addon:
                        analysis.append(child)
        base, withaddon = statistics.median(times[False]), statistics.median(times[True])
        print(f"{args.requests} requests x {args.runs} runs, {args.clients} client(s)")
        print(f"  mitmdump alone      : median {base:.3f}s  {_fmt(times[False])}")
        print(f"  mitmdump + exfilwatch: median {withaddon:.3f}s  {_fmt(times[True])}")
        paired = statistics.median(a / b for a, b in zip(times[True], times[False], strict=True))
        print(f"  ratio of medians (target <= 1.10): {withaddon / base:.3f}")
        print(f"  median of paired ratios            : {paired:.3f}")
        per = 1000 / args.requests
        print(
            f"  CPU per request: mitmdump alone {statistics.median(cpus[False]) * per:.2f} ms, "
            f"with exfilwatch {statistics.median(cpus[True]) * per:.2f} ms "
            f"+ analysis process {statistics.median(analysis) * per:.2f} ms (SCHED_IDLE)"
        )
        print(
            f"  load average during the runs: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPU(s)"
        )
        if args.upload_mb:
            bomb = gzip_bomb(1 << 30)
            print(f"large bodies: 1 GiB gzip bomb ({len(bomb) / 2**20:.1f} MiB on the wire), "
                  f"{args.upload_mb} MiB upload")  # fmt: skip
            for addon in (False, True):
                r = big_bodies(folder, addon, args.upload_mb, bomb)
                label = "mitmdump + exfilwatch" if addon else "mitmdump alone      "
                child = f", analysis process peak {r['child_peak_mb']:.0f} MiB" if addon else ""
                print(
                    f"  {label}: bomb unaltered {r['bomb_ok']}, upload unaltered "
                    f"{r['upload_ok']} ({r['upload_s']:.1f}s), RSS idle "
                    f"{r['rss_idle_mb']:.0f} MiB, peak {r['rss_peak_mb']:.0f} MiB{child}"
                )
    return 0


def _fmt(values: list[float]) -> str:
    return "[" + ", ".join(f"{v:.3f}" for v in values) + "]"


if __name__ == "__main__":
    sys.exit(main())
