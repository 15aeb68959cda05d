"""Where the engine runs for the live proxy: in the worker thread, or in a child process.

Why a child process by default: the engine is pure Python and takes about as
much CPU per exchange as mitmproxy itself. In a thread it would share
mitmproxy's GIL, and each time the event loop woke it could wait a whole switch
interval (5 ms) for the analysis to let go: the proxy measurably slowed (see
bench/bench_addon.py). In a child the analysis runs beside the proxy, and the
worker thread only ships exchanges and waits on a pipe, without the GIL.
A child can also be killed when one exchange takes too long, which a thread
cannot.

The wire format is ours, between two processes of the same program: a pickled
header (the exchange without its bodies) followed by the raw bodies, so that a
100 MB upload is written to the pipe as it is, not copied into a pickle.
Nothing read from a user's file is ever unpickled.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from ..engine import Engine, EngineOptions
from ..model import Destination, Exchange
from ..sinks.jsonl_sink import finding_line

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Analysed:
    """What the proxy needs of one exchange's findings, made where the engine ran.

    The findings come as their JSONL lines (what the file gets, and what the flow's
    metadata is parsed from) with their categories: the proxy process never calls
    `Finding.to_dict`, whose dataclass copying costs more than the rest of its share.
    """

    lines: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    destination: Destination | None = None
    """The exchange's destination: its findings', or looked up when asked for."""


_LEN = struct.Struct("!Q")
START_SECONDS = 120.0
"""How long the child may take to load its rules and reference data."""


class AnalysisError(RuntimeError):
    """The child failed (died, hung, or could not start); `kind` names it for the log."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class Analyser(Protocol):
    def analyse(self, exchange: Exchange, want_destination: bool) -> Analysed: ...

    def close(self) -> None: ...


def analyse_with(engine: Engine, exchange: Exchange, want_destination: bool) -> Analysed:
    """Findings, and the destination when asked (for flows without findings too)."""
    findings = engine.analyse(exchange)
    if findings:
        return Analysed(
            [finding_line(f) for f in findings],
            [f.category for f in findings],
            findings[0].destination,
        )
    if not want_destination:
        return Analysed()
    host = urlsplit(exchange.request.url).hostname or ""
    return Analysed(destination=engine.attributor.destination(host, exchange.server_ip))


class LocalAnalyser:
    """The engine in the calling (worker) thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def analyse(self, exchange: Exchange, want_destination: bool) -> Analysed:
        return analyse_with(self.engine, exchange, want_destination)

    def close(self) -> None:
        pass


# -- framing (both ends) ---------------------------------------------------------


def write_frame(fd: int, payload: bytes) -> None:
    _write_all(fd, _LEN.pack(len(payload)))
    _write_all(fd, payload)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def read_exact(fd: int, size: int, deadline: float | None = None) -> bytes:
    """`size` bytes from a pipe; EOFError at end of stream, TimeoutError past `deadline`."""
    chunks: list[bytes] = []
    while size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, deadline: float | None = None) -> bytes:
    (size,) = _LEN.unpack(read_exact(fd, _LEN.size, deadline))
    return read_exact(fd, size, deadline)


def pack(exchange: Exchange, want_destination: bool) -> tuple[bytes, bytes, bytes]:
    """(pickled header: the exchange without its bodies; request body; response body).

    The bodies are taken out for the pickling and put back, not copied: the exchange
    belongs to the worker thread, which is the only caller."""
    request, response = exchange.request, exchange.response
    request_body = request.body
    response_body = response.body if response is not None else b""
    request.body = b""
    if response is not None:
        response.body = b""
    try:
        header = (exchange, len(request_body), len(response_body), want_destination)
        return pickle.dumps(header, pickle.HIGHEST_PROTOCOL), request_body, response_body
    finally:
        request.body = request_body
        if response is not None:
            response.body = response_body


def join_bodies(bare: Exchange, request_body: bytes, response_body: bytes) -> Exchange:
    bare.request.body = request_body
    if bare.response is not None:
        bare.response.body = response_body
    return bare


# -- the parent's end ------------------------------------------------------------


class RemoteAnalyser:
    """The engine in a child process; used from one thread (the worker) only."""

    def __init__(self, options: EngineOptions, timeout: float = 30.0) -> None:
        self.options = options
        self.timeout = timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts = 0
        self._ready = False

    def start(self) -> None:
        """Start the child and send it its options; it loads while the proxy starts."""
        package_parent = str(Path(__file__).resolve().parents[2])
        code = (
            f"import sys; sys.path.insert(0, {package_parent!r}); "
            "from exfilwatch.live.analysis_child import main; main()"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
        )
        assert self.process.stdin is not None
        write_frame(self.process.stdin.fileno(), pickle.dumps(self.options))
        self._ready = False

    def _ensure_ready(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            self.restarts += 1
            logger.warning(
                f"exfilwatch: analysis process ended (exit status {self.process.returncode}); "
                "restarting it"
            )
            self.close()
        if self.process is None:
            self.start()
        if self._ready:
            return
        reply = self._reply(time.monotonic() + START_SECONDS)
        if reply[0] != "ready":
            self.close()
            raise AnalysisError("AnalysisStart", f"analysis process could not start: {reply[1]}")
        self._ready = True

    def analyse(self, exchange: Exchange, want_destination: bool) -> Analysed:
        self._ensure_ready()
        assert self.process is not None and self.process.stdin is not None
        header, request_body, response_body = pack(exchange, want_destination)
        fd = self.process.stdin.fileno()
        try:
            write_frame(fd, header)
            _write_all(fd, request_body)
            _write_all(fd, response_body)
        except OSError:
            self.close()
            raise AnalysisError("AnalysisProcessDied", "analysis process died") from None
        reply = self._reply(time.monotonic() + self.timeout)
        if reply[0] == "ok":
            return reply[1]
        raise AnalysisError(reply[1], reply[2])

    def _reply(self, deadline: float) -> tuple[Any, ...]:
        assert self.process is not None and self.process.stdout is not None
        try:
            return pickle.loads(read_frame(self.process.stdout.fileno(), deadline))
        except TimeoutError:
            self.close(kill=True)
            raise AnalysisError(
                "AnalysisTimeout", f"one exchange took over {self.timeout:.0f}s; process restarted"
            ) from None
        except EOFError:
            self.close()
            raise AnalysisError("AnalysisProcessDied", "analysis process died") from None

    def close(self, kill: bool = False) -> None:
        """End the child: EOF on its input lets it exit; `kill` for one that is stuck."""
        process, self.process = self.process, None
        if process is None:
            return
        if kill:
            process.kill()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
