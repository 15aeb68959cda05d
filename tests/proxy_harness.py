"""A real mitmdump between a real TLS client and a local HTTPS server, for tests and the bench.

Everything stays on loopback: the upstream is an `http.server` behind a
self-signed certificate made here (mitmdump runs with `--ssl-insecure`), the
client trusts the CA mitmdump writes into a temporary `confdir`, and mitmdump
is a child process stopped with SIGINT, as a tester's Ctrl-C would.
"""

from __future__ import annotations

import datetime
import gzip
import hashlib
import http.client
import ipaddress
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[1]
ADDON_SCRIPT = ROOT / "addons" / "exfilwatch.py"
MITMDUMP = [sys.executable, "-c", "from mitmproxy.tools.main import mitmdump; mitmdump()"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_cert(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost / 127.0.0.1 (the upstream's)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "upstream.pem", folder / "upstream.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def gzip_bomb(uncompressed: int) -> bytes:
    """`uncompressed` zero bytes, gzip-compressed (about 1000:1), built in chunks."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    parts = [comp.compress(chunk) for _ in range(uncompressed >> 20)]
    parts.append(comp.flush())
    return b"".join(parts)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall
    routes: ClassVar[dict[str, Callable[[], tuple[dict[str, str], bytes]]]] = {}

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _body_digest(self) -> tuple[int, str]:
        remaining = int(self.headers.get("content-length") or 0)
        digest = hashlib.sha256()
        total = 0
        while remaining:
            chunk = self.rfile.read(min(remaining, 1 << 20))
            if not chunk:
                break
            digest.update(chunk)
            total += len(chunk)
            remaining -= len(chunk)
        return total, digest.hexdigest()

    def _answer(self) -> None:
        size, digest = self._body_digest()
        route = self.routes.get(self.path.split("?")[0])
        if route is not None:
            headers, body = route()
        else:
            headers = {"content-type": "application/json"}
            body = json.dumps({"ok": True, "received": size, "sha256": digest}).encode()
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer


class Upstream:
    """A local HTTPS server; `routes` maps a path to (headers, body) it answers with."""

    def __init__(self, folder: Path, routes: dict[str, Callable[[], tuple[dict, bytes]]]) -> None:
        cert, key = make_cert(folder)
        handler = type("Handler", (_Handler,), {"routes": routes})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        # the handshake in the handler thread, not in the accept loop: one slow client
        # must not stop the server from accepting the others
        self.server.socket = context.wrap_socket(
            self.server.socket, server_side=True, do_handshake_on_connect=False
        )
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Upstream:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class Mitmdump:
    """A mitmdump child on a free loopback port; `stop()` sends SIGINT and waits."""

    def __init__(self, folder: Path, extra: Sequence[str] = (), addon: bool = True) -> None:
        self.folder = folder
        self.confdir = folder / "mitmconf"
        self.port = free_port()
        self.log_path = folder / f"mitmdump-{self.port}.log"
        self.args = [
            "--listen-host", "127.0.0.1", "--listen-port", str(self.port),
            "--ssl-insecure", "--set", f"confdir={self.confdir}", "--set", "flow_detail=0",
        ]  # fmt: skip
        self.ready_marker = "proxy listening"
        if addon:
            self.args += ["-s", str(ADDON_SCRIPT)]
            self.ready_marker = "exfilwatch: analysing live traffic"
        self.args += list(extra)
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def ca(self) -> Path:
        return self.confdir / "mitmproxy-ca-cert.pem"

    def start(self, timeout: float = 30.0) -> Mitmdump:
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [*MITMDUMP, *self.args], stdout=log, stderr=subprocess.STDOUT, cwd=self.folder
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mitmdump exited at start: {self.log()}")
            if self.ca.exists() and _accepts(self.port) and self.ready_marker in self.log():
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"mitmdump did not start in {timeout}s: {self.log()}")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-5000:]
        except OSError:
            return ""

    def peak_rss(self) -> int:
        """Peak resident memory of the mitmdump process, bytes (VmHWM)."""
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        return 0

    def stop(self, timeout: float = 60.0) -> int:
        process = self.process
        if process is None or process.poll() is not None:
            return process.returncode if process else 0
        process.send_signal(signal.SIGINT)
        try:
            return process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait(10)

    def __enter__(self) -> Mitmdump:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def client(self, upstream_port: int, timeout: float = 60.0) -> http.client.HTTPSConnection:
        """An HTTPS connection to localhost:upstream_port, tunnelled through the proxy."""
        context = ssl.create_default_context(cafile=str(self.ca))
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, timeout=timeout, context=context)
        conn.set_tunnel("localhost", upstream_port)
        return conn


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def request(
    conn: http.client.HTTPSConnection,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, data


def gzip_json(doc: object) -> bytes:
    return gzip.compress(json.dumps(doc).encode())


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def private(path: Path) -> bool:
    return (os.stat(path).st_mode & 0o077) == 0


# -- replaying recorded app traffic (the held-out set's replay.json) ---------------

REDIRECT_SCRIPT = '''\
"""Test-only mitmproxy script: every upstream connection goes to the local server,
while the flow keeps the app's host name (so URLs and SNI stay as recorded)."""


def server_connect(data):
    data.server.address = ("127.0.0.1", {port})
'''


def redirect_script(folder: Path, upstream_port: int) -> Path:
    path = folder / "redirect_upstream.py"
    path.write_text(REDIRECT_SCRIPT.format(port=upstream_port))
    return path


def replay_routes(items: list[dict[str, Any]]) -> Callable[[str, str, str], tuple]:
    """Recorded answers, looked up by (method, host, path) in recording order."""
    import base64
    from collections import defaultdict, deque
    from urllib.parse import urlsplit

    answers: dict[tuple[str, str, str], deque] = defaultdict(deque)
    for item in items:
        parts = urlsplit(item["url"])
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        response = item["response"]
        headers = [(k, v) for k, v in response["headers"] if k.lower() != "content-length"]
        body = base64.b64decode(response["body_b64"])
        answers[(item["method"], parts.hostname or "", path)].append(
            (response["status"], headers, body)
        )

    def lookup(method: str, host: str, path: str) -> tuple:
        queue = answers.get((method, host.split(":")[0], path))
        if not queue:
            return 404, [("content-type", "text/plain")], b"not recorded"
        return queue.popleft() if len(queue) > 1 else queue[0]

    return lookup


class _ReplayHandler(_Handler):
    lookup: ClassVar[Callable[[str, str, str], tuple]]

    def _answer(self) -> None:
        self._body_digest()
        status, headers, body = type(self).lookup(
            self.command, self.headers.get("host", ""), self.path
        )
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer


class ReplayUpstream(Upstream):
    """An HTTPS server answering each recorded request with its recorded response."""

    def __init__(self, folder: Path, items: list[dict[str, Any]]) -> None:
        super().__init__(folder, {})
        handler = type("Handler", (_ReplayHandler,), {"lookup": staticmethod(replay_routes(items))})
        self.server.RequestHandlerClass = handler


def replay(proxy: Mitmdump, items: list[dict[str, Any]], timeout: float = 60.0) -> int:
    """Send the recorded requests through the proxy, one tunnel per request.

    One tunnel each because the upstream redirect (`redirect_script`) makes mitmproxy
    open a new server connection per request, and a kept-alive tunnel then stalls
    after a few requests."""
    import base64
    from urllib.parse import urlsplit

    conns: dict[str, http.client.HTTPSConnection] = {}
    context = ssl.create_default_context(cafile=str(proxy.ca))
    sent = 0
    try:
        for item in items:
            parts = urlsplit(item["url"])
            host, port = parts.hostname or "", parts.port or 443
            key = f"{host}:{port}"
            if key not in conns:
                conn = http.client.HTTPSConnection(
                    "127.0.0.1", proxy.port, timeout=timeout, context=context
                )
                conn.set_tunnel(host, port)
                conns[key] = conn
            conn = conns[key]
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            body = base64.b64decode(item["body_b64"])
            conn.putrequest(item["method"], path, skip_host=True, skip_accept_encoding=True)
            names = set()
            for name, value in item["headers"]:
                if name.lower() in ("content-length", "transfer-encoding") or name.startswith(":"):
                    continue
                names.add(name.lower())
                conn.putheader(name, value)
            if "host" not in names:
                conn.putheader("host", key if parts.port else host)
            if body or item["method"] in ("POST", "PUT", "PATCH"):
                conn.putheader("content-length", str(len(body)))
            conn.endheaders(body or None)
            conn.getresponse().read()
            conn.close()
            del conns[key]
            sent += 1
    finally:
        for conn in conns.values():
            conn.close()
    return sent
