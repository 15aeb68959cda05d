"""The analysis process the live addon starts (the other end of `live.child.ProcessChannel`).

Reads a pickled `(EngineOptions, Outputs)` (from its parent, the same program),
builds the engine, answers `["ready"]` (or `["error", message]`), then reads
exchanges (`live.wire`) until EOF and answers `["done", [[host, destination,
categories, lines, error kind, error message, late], ...]]` for them in order
(`late`: what the exchange taught on earlier ones, almost always empty), one
frame per batch: whenever no further exchange is waiting on the pipe, or every
`BATCH_SECONDS` while they keep coming.

It lowers its own priority before importing anything heavy, and ignores Ctrl-C:
the terminal sends it to the whole process group, and the proxy, which still
has exchanges queued, decides when it ends (EOF on stdin).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from typing import Any

NICENESS = 19
LINGER = 0.2
"""After a quiet spell, how long the first exchange waits for others to join it.

Woken once per batch instead of once per exchange, the child takes the proxy's
CPU (and cache) from it far less often, and answers it once per batch: each
answer is a wake-up of the proxy's event loop, and a log record for every addon.
Findings appear at most this much later, which a tester does not notice."""
BATCH_SECONDS = 0.25
"""Under continuous traffic, answers still go at least this often."""
BATCH_SIZE = 256
CHUNK = 1 << 20


def yield_cpu() -> None:
    """Run only on CPU time nobody else wants (Linux SCHED_IDLE; elsewhere, nice 19).

    Niceness alone is not enough: each time the proxy wakes up (several times per
    request) it would wait for the scheduler to preempt us, and those waits add up
    to milliseconds per request on a busy machine. A SCHED_IDLE task is preempted at
    once. When the machine is saturated the findings come later (the queue absorbs
    them, and counts what it cannot), never the phone's traffic."""
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        with contextlib.suppress(OSError, AttributeError):
            os.nice(NICENESS)


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    yield_cpu()  # before the imports below: loading the rules is most of our start-up
    import pickle

    from . import wire
    from .analysis import Analysis

    reader = PipeReader(sys.stdin.buffer.fileno())
    out = sys.stdout.buffer.fileno()
    sys.stdout = sys.stderr  # nothing but frames on the pipe
    try:
        (size,) = wire.REPLY.unpack(reader.read(wire.REPLY.size))
        options, outputs = pickle.loads(reader.read(size))
        analysis = Analysis(options.build(), outputs)
    except EOFError:
        return
    except Exception as exc:
        _write(out, wire.reply_frame(["error", f"{exc}"]))
        return
    _write(out, wire.reply_frame(["ready"]))
    batch: list[list[Any]] = []
    oldest = 0.0
    try:
        while True:
            if not reader.ready():
                if batch:
                    _flush(out, analysis, batch)
                reader.wait()
                time.sleep(LINGER)
            try:
                sizes = wire.EXCHANGE.unpack(reader.read(wire.EXCHANGE.size))
                header, request_body, response_body = (reader.read(n) for n in sizes)
            except EOFError:
                break
            if not batch:
                oldest = time.monotonic()
            batch.append(_analyse(analysis, wire, header, request_body, response_body))
            if len(batch) >= BATCH_SIZE or time.monotonic() - oldest >= BATCH_SECONDS:
                _flush(out, analysis, batch)
    finally:
        if batch:
            with contextlib.suppress(OSError):
                _flush(out, analysis, batch)
        analysis.close()


def _analyse(analysis: Any, wire: Any, header: bytes, request: bytes, response: bytes) -> list:
    try:
        result = analysis.analyse(wire.exchange_from_wire(header, request, response))
    except Exception as exc:
        return ["", None, [], [], type(exc).__name__, str(exc), []]
    destination = wire.destination_to_wire(result.destination)
    late = wire.late_to_wire(result.late) if result.late else []
    return [result.host, destination, result.categories, result.lines, None, None, late]


def _flush(out: int, analysis: Any, batch: list[list[Any]]) -> None:
    from . import wire

    analysis.commit()
    _write(out, wire.reply_frame(["done", batch]))
    batch.clear()


class PipeReader:
    """Reads frames off a pipe with few system calls, and says whether more is waiting."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()

    def ready(self) -> bool:
        """Whether a read would find data now (so an answer can wait for the next one)."""
        import select

        return bool(self.buffer) or bool(select.select([self.fd], [], [], 0)[0])

    def wait(self) -> None:
        """Until there is something to read (or the end of the stream)."""
        import select

        if not self.buffer:
            select.select([self.fd], [], [])

    def read(self, size: int) -> bytes:
        """Exactly `size` bytes; EOFError at the end of the stream."""
        if len(self.buffer) >= size:
            data = bytes(self.buffer[:size])
            del self.buffer[:size]
            return data
        chunks, missing = [bytes(self.buffer)], size - len(self.buffer)
        self.buffer.clear()
        while missing > 0:
            chunk = os.read(self.fd, max(missing, CHUNK))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            missing -= len(chunk)
        data = b"".join(chunks)
        if missing < 0:  # read past this frame: keep the start of the next one
            self.buffer += data[size:]
            data = data[:size]
        return data


def _write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


if __name__ == "__main__":
    main()
