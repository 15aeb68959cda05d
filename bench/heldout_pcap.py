"""Held-out app traffic through a real TLS client, captured with tcpdump: does the
pcap (with its key log) give the same findings as the HAR of the same traffic?

    python bench/heldout_pcap.py [--flows 400] [--seed 11] [--out DIR] [--json R.json]

1. generates the held-out session (`tests/heldout/generate.py`) into a temp dir
   (or --out);
2. starts one TLS server on loopback (self-signed certificate from
   `cryptography`, TLS 1.2 and 1.3 allowed) that answers any Host with the
   recorded response, and one plain-HTTP server;
3. records the loopback interface with `tcpdump -i lo -w session.pcap` while
   Python's `http.client` + `ssl` (key log via `SSLContext.keylog_filename`,
   SNI and Host the original host) replays every request of replay.json with
   its exact method, target, headers and raw body. Each host gets one
   transport: plain HTTP, TLS 1.3, or TLS 1.2 with one of three AEAD suites;
   connections are kept alive for up to 12 requests, as an app's HTTP stack
   does. With `editcap` the key log is also embedded into session.pcapng
   (Decryption Secrets Block) and that file is scored too, without --keylog;
4. stops tcpdump cleanly (SIGINT, packets dropped by the kernel are reported),
   scans the HAR and the capture(s) with `exfilwatch scan --known` (through
   `bench/evaluate.py`) and prints, for each, recall/precision in `--known` and
   signature modes, then the difference between the findings of the capture and
   of the HAR as sets of (flow, category, signature, location).

Needs tcpdump and root (or CAP_NET_RAW). Exit status 1 when a target is missed
(--known recall < 0.98 or precision < 0.97 on the pcap, or findings differ).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import http.client
import importlib.util
import json
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "bench"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import heldout_h2  # noqa: E402  (bench/heldout_h2.py)

from tests.proxy_harness import make_cert  # noqa: E402  (one self-signed cert helper)

TLS12_SUITES = (
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305",
)
PER_CONNECTION = 12
TARGET_RECALL, TARGET_PRECISION = 0.98, 0.97


def load_evaluator() -> Any:
    """bench/evaluate.py as a module: the same matching and scoring as every other input."""
    spec = importlib.util.spec_from_file_location(
        "exfilwatch_evaluate", ROOT / "bench" / "evaluate.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


# --- the upstream: answers each request with its recorded response --------------


def _target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class Answers:
    """Recorded responses by (method, host, target), in replay order."""

    def __init__(self, requests: list[dict[str, Any]]) -> None:
        self._queues: dict[tuple[str, str, str], deque[dict[str, Any]]] = defaultdict(deque)
        self._lock = threading.Lock()
        for item in requests:
            host = (urlsplit(item["url"]).hostname or "").lower()
            self._queues[(item["method"], host, _target(item["url"]))].append(item["response"])
        self.misses = 0

    def take(self, method: str, host: str, target: str) -> dict[str, Any] | None:
        with self._lock:
            queue = self._queues.get((method, host.lower().split(":")[0], target))
            if queue:
                return queue.popleft()
            self.misses += 1
            return None


class ReplayHandler(BaseHTTPRequestHandler):
    """Reads the request body by its length and writes the recorded answer byte for byte."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    answers: Answers

    def log_message(self, *args: object) -> None:
        pass

    def handle(self) -> None:
        """HTTP/2 when the TLS handshake chose it (ALPN), else http.server's HTTP/1.1."""
        alpn = getattr(self.connection, "selected_alpn_protocol", lambda: None)()
        if alpn == "h2":
            heldout_h2.serve(self.connection, self.answers.take)
        else:
            super().handle()

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        response = self.answers.take(self.command, self.headers.get("host", ""), self.path)
        if response is None:
            response = {"status": 404, "headers": [["content-length", "0"]], "body_b64": ""}
        status = int(response["status"])
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        head = f"HTTP/1.1 {status} {reason}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in response["headers"])
        self.wfile.write(head.encode("latin-1") + b"\r\n" + base64.b64decode(response["body_b64"]))
        self.wfile.flush()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = _answer


def start_server(answers: Answers, cert: tuple[Path, Path] | None) -> ThreadingHTTPServer:
    handler = type("Handler", (ReplayHandler,), {"answers": answers})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    if cert is not None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(*cert)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_alpn_protocols(["h2", "http/1.1"])
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# --- the client: one transport per host, keep-alive connections ----------------


@dataclass(frozen=True)
class Transport:
    """How one host is reached: plain HTTP, or TLS with a version (and TLS 1.2 suite),
    offering HTTP/2 (ALPN h2) or HTTP/1.1."""

    tls: ssl.TLSVersion | None
    suite: str | None = None
    h2: bool = False

    @property
    def label(self) -> str:
        if self.tls is None:
            return "http"
        name = "TLS1.3" if self.tls == ssl.TLSVersion.TLSv1_3 else "TLS1.2"
        name = f"{name} {self.suite}" if self.suite else name
        return f"{name} {'h2' if self.h2 else 'http/1.1'}"


def transport_for(host: str) -> Transport:
    """A stable per-host choice: about 1/5 plain HTTP, the rest half TLS 1.3, half
    TLS 1.2; half of the TLS hosts speak HTTP/2 where the recording did."""
    n = int.from_bytes(hashlib.sha256(host.encode()).digest()[:4], "big")
    if n % 5 == 0:
        return Transport(None)
    h2 = bool((n >> 8) % 2)
    if n % 2:
        return Transport(ssl.TLSVersion.TLSv1_3, h2=h2)
    suite = TLS12_SUITES[(n // 2) % len(TLS12_SUITES)]
    return Transport(ssl.TLSVersion.TLSv1_2, suite, h2)


def _connector(port: int) -> Any:
    """http.client connects to the host name; send it to the loopback server instead."""

    def create(
        address: tuple, timeout: object = None, source_address: object = None
    ) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    return create


Connection = http.client.HTTPConnection | heldout_h2.Client


@dataclass
class Client:
    """Replays requests; one open connection per (host, protocol), closed after
    PER_CONNECTION requests. HTTP/2 for requests recorded as HTTP/2 to hosts whose
    transport offers it, HTTP/1.1 (http.client) for the rest."""

    plain_port: int
    tls_port: int
    keylog: Path
    conns: dict[tuple[str, bool], tuple[Connection, int]] = field(default_factory=dict)
    contexts: dict[tuple[Transport, bool], ssl.SSLContext] = field(default_factory=dict)
    stats: Counter[str] = field(default_factory=Counter)
    h2_opened: int = 0

    def _context(self, t: Transport, h2: bool) -> ssl.SSLContext:
        if (t, h2) not in self.contexts:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            ctx.minimum_version = ctx.maximum_version = t.tls  # type: ignore[assignment]
            if t.suite:
                ctx.set_ciphers(t.suite)
            ctx.set_alpn_protocols(["h2"] if h2 else ["http/1.1"])
            ctx.keylog_filename = str(self.keylog)
            self.contexts[(t, h2)] = ctx
        return self.contexts[(t, h2)]

    def _open(self, host: str, t: Transport, h2: bool) -> Connection:
        if h2:
            raw = _connector(self.tls_port)(("", 0))
            sock = self._context(t, True).wrap_socket(raw, server_hostname=host)
            if sock.selected_alpn_protocol() != "h2":
                raise RuntimeError(f"{host}: the server did not agree to HTTP/2")
            self.h2_opened += 1
            return heldout_h2.Client(sock, host, server_first=self.h2_opened % 2 == 0)
        if t.tls is None:
            conn = http.client.HTTPConnection(host, self.plain_port, timeout=10)
            conn._create_connection = _connector(self.plain_port)  # type: ignore[attr-defined]
            return conn
        # `host` is what http.client passes as server_hostname: the SNI.
        conn = http.client.HTTPSConnection(
            host, self.tls_port, context=self._context(t, False), timeout=10
        )
        conn._create_connection = _connector(self.tls_port)  # type: ignore[attr-defined]
        return conn

    def _connection(self, host: str, h2: bool) -> Connection:
        conn, used = self.conns.get((host, h2), (None, 0))
        if conn is not None and used >= PER_CONNECTION:
            conn.close()
            conn = None
        if conn is None:
            t = transport_for(host)
            conn = self._open(host, t, h2)
            self.stats[
                f"connections {t.label if h2 or t.tls is None else replace(t, h2=False).label}"
            ] += 1
            used = 0
        self.conns[(host, h2)] = (conn, used + 1)
        return conn

    def send(self, item: dict[str, Any]) -> int:
        """One request exactly as recorded (Host added for HTTP/2 recordings); its status."""
        host = urlsplit(item["url"]).hostname or ""
        body = base64.b64decode(item["body_b64"])
        headers = [(k, v) for k, v in item["headers"] if not k.startswith(":")]
        t = transport_for(host)
        h2 = t.h2 and item["http_version"] == "HTTP/2.0"
        conn = self._connection(host, h2)
        label = t.label if h2 or t.tls is None else replace(t, h2=False).label
        self.stats[f"requests {label}"] += 1
        if isinstance(conn, heldout_h2.Client):
            return conn.request(item["method"], _target(item["url"]), headers, body)
        if not any(k.lower() == "host" for k, _ in headers):
            headers.insert(0, ("Host", host))
        if body and not any(k.lower() == "content-length" for k, _ in headers):
            headers.append(("Content-Length", str(len(body))))
        conn.putrequest(
            item["method"], _target(item["url"]), skip_host=True, skip_accept_encoding=True
        )
        for k, v in headers:
            conn.putheader(k, v)
        conn.endheaders(body or None)
        response = conn.getresponse()
        response.read()
        return response.status

    def close(self) -> None:
        for conn, _ in self.conns.values():
            conn.close()
        self.conns.clear()


# --- capture -------------------------------------------------------------------


@contextmanager
def tcpdump(path: Path, ports: list[int], report: dict[str, Any]) -> Iterator[None]:
    """tcpdump on lo for these ports; stopped with SIGINT so the file ends cleanly."""
    expr = " or ".join(f"tcp port {p}" for p in ports)
    cmd = ["tcpdump", "-i", "lo", "-U", "--immediate-mode", "-B", "16384", "-s", "0"]
    proc = subprocess.Popen(
        [*cmd, "-w", str(path), expr],
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stderr.readline()  # type: ignore[union-attr]
    if "listening" not in line:
        proc.kill()
        raise RuntimeError(f"tcpdump did not start: {line.strip()}")
    try:
        yield
        time.sleep(0.5)  # the last ACKs and FINs
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        report["tcpdump"] = " / ".join(s.strip() for s in err.splitlines() if s.strip())


def replay(workdir: Path, report: dict[str, Any]) -> tuple[Path, Path]:
    """Serve and replay replay.json while tcpdump records; (capture, key log)."""
    requests = json.loads((workdir / "replay.json").read_text(encoding="utf-8"))["requests"]
    capture, keylog = workdir / "session.pcap", workdir / "session.keylog"
    keylog.unlink(missing_ok=True)
    answers = Answers(requests)
    with tempfile.TemporaryDirectory() as tmp:
        plain = start_server(answers, None)
        secure = start_server(answers, make_cert(Path(tmp)))
        ports = [plain.server_address[1], secure.server_address[1]]
        client = Client(ports[0], ports[1], keylog)
        statuses: Counter[int] = Counter()
        started = time.perf_counter()
        try:
            with tcpdump(capture, ports, report):
                for item in requests:
                    statuses[client.send(item)] += 1
                client.close()
        finally:
            plain.shutdown()
            secure.shutdown()
    report["replay"] = {
        "requests": len(requests),
        "seconds": round(time.perf_counter() - started, 2),
        "statuses": dict(sorted(statuses.items())),
        "server_misses": answers.misses,
        **dict(sorted(client.stats.items())),
    }
    return capture, keylog


def embed_keys(capture: Path, keylog: Path) -> Path | None:
    """session.pcapng with the key log in a Decryption Secrets Block (needs editcap)."""
    editcap = shutil.which("editcap")
    if editcap is None:
        return None
    target = capture.with_suffix(".pcapng")
    subprocess.run(
        [editcap, "--inject-secrets", f"tls,{keylog}", str(capture), str(target)],
        check=True,
        capture_output=True,
    )
    return target


# --- scoring and comparison ----------------------------------------------------

FindingKey = tuple[Any, str, str, str]
_CODING_STEP = re.compile(r"^((?:response\.)?body)\|(?:gzip|x-gzip|deflate|br|zstd)(?=[.|]|$)")


def without_coding(location: str) -> str:
    """`body|gzip.json.x` -> `body.json.x`: a HAR stores bodies already decoded.

    HAR exporters (mitmproxy's savehar, Chrome) write the text of a gzip body
    while keeping its `content-encoding` header, so the engine never sees the
    gzip step there; a capture and a flow dump hold the bytes as sent.
    """
    return _CODING_STEP.sub(r"\1", location)


def finding_keys(
    ev: Any, findings: list[dict[str, Any]], mapping: dict[str, int]
) -> dict[FindingKey, dict[str, Any]]:
    """(label index, category, signature, location) -> one finding; source, flow id,
    time and server address are left out: they differ between inputs by nature."""
    out: dict[FindingKey, dict[str, Any]] = {}
    for f in findings:
        flow = mapping.get(str(f.get("flow")))
        where = flow if flow is not None else ev.url_key(f.get("method", ""), f.get("url", ""))
        out.setdefault((where, f["category"], f["signature"], f["location"]), f)
    return out


def score_input(
    ev: Any, path: Path, doc: dict[str, Any], known: Path, keylog: Path | None
) -> dict[str, Any]:
    """Scan once with --known; score known and signature modes; keep the keys to compare."""
    labels = doc["flows"]
    keylog_arg = str(keylog) if keylog else None
    exchanges, read_error = ev.read_input(path, keylog_arg)
    mapping, unmatched = ev.map_exchanges(exchanges, labels)
    first_party = [doc.get("first_party", "ByteDance")]
    findings = ev.run_scan(path, known, first_party, keylog_arg)
    scores = {}
    for mode in ("known", "signatures"):
        pred = ev.predicted(findings, mapping, labels, known_only=(mode == "known"))
        scores[mode] = ev.score(labels, pred, mode)
    return {
        "path": path,
        "exchanges": len(exchanges),
        "unmatched": unmatched,
        "unmapped_labels": len(labels) - len(set(mapping.values())),
        "read_error": read_error,
        "findings": len(findings),
        "scores": scores,
        "keys": finding_keys(ev, findings, mapping),
    }


def compare(
    ref: dict[str, Any], other: dict[str, Any], labels: list[dict[str, Any]], decoded: bool
) -> dict[str, Any]:
    """Finding keys of `other` against `ref`; `decoded`: ref is a HAR (see without_coding)."""

    def keys(r: dict[str, Any]) -> set[FindingKey]:
        if not decoded:
            return set(r["keys"])
        return {(k[0], k[1], k[2], without_coding(k[3])) for k in r["keys"]}

    a, b = keys(ref), keys(other)
    rows = []
    for side, keys_ in (
        (f"only in {ref['path'].name}", a - b),
        (f"only in {other['path'].name}", b - a),
    ):
        for key in sorted(keys_, key=str):
            url = labels[key[0]]["url"] if isinstance(key[0], int) else str(key[0])
            rows.append({"side": side, "flow": key[0], "url": url[:100], "key": list(key[1:])})
    return {"common": len(a & b), "only_ref": len(a - b), "only_other": len(b - a), "rows": rows}


def print_result(name: str, r: dict[str, Any]) -> None:
    print(
        f"\n## {name}: {r['exchanges']} exchanges, {r['unmatched']} unmatched, "
        f"{r['unmapped_labels']} labels without an exchange, {r['findings']} findings"
        + (f", read error: {r['read_error']}" if r["read_error"] else "")
    )
    for mode, s in r["scores"].items():
        o = s.overall()
        cats = ", ".join(f"{c} {v.recall:.3f}/{v.precision:.3f}" for c, v in s.per_category.items())
        print(
            f"  {mode:<10} recall {o.recall:.3f} precision {o.precision:.3f} "
            f"(TP {o.tp} FN {o.fn} FP {o.fp} extra {o.extra_tp}; {cats})"
        )


def summary(r: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in r.items() if k not in ("keys", "scores", "path")}
    out["path"] = str(r["path"])
    for mode, s in r["scores"].items():
        o = s.overall()
        out[mode] = {"recall": round(o.recall, 4), "precision": round(o.precision, 4)}
        out[mode] |= {"tp": o.tp, "fn": o.fn, "fp": o.fp, "extra": o.extra_tp}
    return out


def run(
    workdir: Path, flows: int, seed: int, show: int = 30, pcapng: bool = True
) -> dict[str, Any]:
    """The whole benchmark in `workdir`; returns a JSON-ready report (with `ok`).

    `pcapng`: also embed the key log into a pcapng (editcap) and score that.
    """
    from tests.heldout.generate import generate

    report: dict[str, Any] = {"flows": flows, "seed": seed}
    doc = generate(workdir, seed=seed, flows=flows)
    capture, keylog = replay(workdir, report)
    embedded = embed_keys(capture, keylog) if pcapng else None
    ev = load_evaluator()
    known = workdir / "known.yaml"
    results = {
        "HAR": score_input(ev, workdir / "session.har", doc, known, None),
        "flow dump": score_input(ev, workdir / "session.flows", doc, known, None),
    }
    results["pcap + key log"] = score_input(ev, capture, doc, known, keylog)
    if embedded is not None:
        results["pcapng (keys embedded)"] = score_input(ev, embedded, doc, known, None)
    print(f"replay: {report['replay']}\ntcpdump: {report['tcpdump']}")
    for name, r in results.items():
        print_result(name, r)
    ok = True
    report["inputs"] = {name: summary(r) for name, r in results.items()}
    for name, r in results.items():
        if name in ("HAR", "flow dump"):
            continue
        for ref in ("HAR", "flow dump"):
            diff = compare(results[ref], r, doc["flows"], decoded=(ref == "HAR"))
            report["inputs"][name][f"vs {ref}"] = {k: v for k, v in diff.items() if k != "rows"}
            how = " (content-coding steps aside)" if ref == "HAR" else " (exact)"
            print(
                f"\n{name} vs {ref}{how}: {diff['common']} findings in both, "
                f"{diff['only_ref']} only in the {ref}, {diff['only_other']} only in the capture"
            )
            for row in diff["rows"][:show]:
                print(f"   {row['side']:<22} flow {row['flow']!s:>5} {row['key']}  {row['url']}")
            ok &= not diff["rows"]
        k = r["scores"]["known"].overall()
        ok &= k.recall >= TARGET_RECALL and k.precision >= TARGET_PRECISION
        ok &= r["unmatched"] == 0 and r["unmapped_labels"] == 0 and not r["read_error"]
    report["ok"] = ok
    print(
        f"\n{'PASS' if ok else 'FAIL'}: --known recall >= {TARGET_RECALL}, precision >= "
        f"{TARGET_PRECISION} on the capture(s), and the same findings as the HAR"
    )
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--flows", type=int, default=400)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--out", type=Path, help="keep the session, capture and key log here")
    p.add_argument("--json", type=Path, help="write the report here")
    p.add_argument("--show", type=int, default=30, help="differences to print")
    p.add_argument("--no-pcapng", action="store_true", help="skip the pcapng with embedded keys")
    args = p.parse_args(argv)
    if shutil.which("tcpdump") is None:
        print("tcpdump not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.out or Path(tmp)
        report = run(workdir, args.flows, args.seed, args.show, not args.no_pcapng)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
