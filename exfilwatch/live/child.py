"""The analysis in a child process, driven from mitmproxy's event loop without a thread.

Why a child: the engine is pure Python and takes about as much CPU per exchange
as mitmproxy itself; in the proxy's process it would hold the GIL the proxy
needs. Why no thread on our side either: a thread that ships exchanges and
reads answers still takes the GIL for each of them, and every hand-over of the
GIL between it and the event loop is a wait for the proxy. So the hook writes
the exchange to the child's pipe itself, without blocking (`inflight`), and the
loop reads the answers when they arrive, a batch at a time.

A child that dies, or takes longer than `timeout` on one exchange (it is then
killed), costs the exchange it was on (counted as an error); the others go
again to a new child. Without a loop (tests, shutdown) `drain` pumps the pipes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import subprocess
import time
from collections.abc import Callable
from typing import Any

from ..engine import EngineOptions
from . import spawn, wire
from .analysis import Analysed, Outputs
from .channel import Outcome, Ticket
from .inflight import Inflight, Job

logger = logging.getLogger(__name__)

START_SECONDS = 120.0
"""How long the child may take to load its rules and reference data."""
WATCH_SECONDS = 1.0


class ProcessChannel:
    """Exchanges to a child process and outcomes back; used from the event loop's thread only."""

    def __init__(
        self,
        options: EngineOptions,
        outputs: Outputs,
        deliver: Callable[[list[Outcome]], None],
        max_jobs: int = 1000,
        max_bytes: int = 256 << 20,
        timeout: float = 30.0,
    ) -> None:
        self.options, self.outputs, self.deliver = options, outputs, deliver
        self.max_jobs, self.max_bytes, self.timeout = max_jobs, max_bytes, timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts = 0
        self.jobs = Inflight()
        self._ready = False
        self._replies = bytearray()
        self._progress = time.monotonic()
        self._loop: Any = None
        self._writing = False
        self._watch: Any = None

    def start(self) -> None:
        """Start the child now; it loads its rules while the proxy starts."""
        self.process = spawn.spawn()
        self._ready, self._replies = False, bytearray()
        self._progress = time.monotonic()
        init = spawn.init_frame(self.options, self.outputs)
        self.jobs.add(Job(Ticket(None, "", ""), [init], 0), first=True)
        if self._loop is not None:
            self._loop.add_reader(self._fds()[0], self._on_readable)
        self._write()

    def attach(self, loop: Any) -> None:
        if self._loop is loop:
            return
        self._loop = loop
        if self.process is not None:
            loop.add_reader(self._fds()[0], self._on_readable)
        self._write()
        self._watch = loop.call_later(WATCH_SECONDS, self._on_watch)

    def resize(self, max_jobs: int, max_bytes: int) -> None:
        self.max_jobs, self.max_bytes = max_jobs, max_bytes

    def submit(self, exchange: Any, ticket: Ticket) -> bool:
        if len(self.jobs) >= self.max_jobs:
            return False
        chunks = wire.exchange_chunks(exchange)
        size = sum(map(len, chunks))
        if not self.jobs.fits(size, self.max_jobs, self.max_bytes):
            return False
        self.jobs.add(Job(ticket, chunks, size))
        if self.process is None:
            self.start()
        elif not self._writing:
            self._write()
        return True

    def drain(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self.jobs:
            self._check_stuck()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self.process is None:
                self.start()
                continue
            rfd, wfd = self._fds()
            wfds = [wfd] if self.jobs.unsent else []
            readable, writable, _ = select.select([rfd], wfds, [], min(remaining, WATCH_SECONDS))
            if writable:
                self._write()
            if readable:
                self._on_readable()
        return True

    def close(self) -> int:
        """Stop. Exchanges already in the pipe are still analysed (the child reads to EOF,
        within `spawn.end`'s wait); those not yet written are abandoned, and counted."""
        abandoned = sum(1 for j in self.jobs.unsent if j.is_exchange)
        self.jobs.clear()
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None
        self._stop()
        return abandoned

    # -- the pipes ----------------------------------------------------------------

    def _fds(self) -> tuple[int, int]:
        """(the child's answers, its input)."""
        assert self.process is not None
        assert self.process.stdout is not None and self.process.stdin is not None
        return self.process.stdout.fileno(), self.process.stdin.fileno()

    def _write(self) -> None:
        """Write what the pipe takes now; the loop calls again when it takes more."""
        if self.process is None:
            return
        had = bool(self.jobs.sent)
        try:
            done = self.jobs.write(self._fds()[1])
        except OSError:  # the child is gone
            self._died()
            return
        if not had and self.jobs.sent:
            self._progress = time.monotonic()
        self._want_writable(not done)

    def _want_writable(self, want: bool) -> None:
        """Have the loop call `_write` when the pipe takes more (only while some is left)."""
        if self._loop is None or want == self._writing:
            return
        if want:
            self._loop.add_writer(self._fds()[1], self._write)
        else:
            self._loop.remove_writer(self._fds()[1])
        self._writing = want

    def _on_readable(self) -> None:
        if self.process is None:
            return
        try:
            data = os.read(self._fds()[0], spawn.PIPE_SIZE)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._died()
            return
        self._replies += data
        outcomes: list[Outcome] = []
        for message in wire.split_replies(self._replies):
            self._progress = time.monotonic()
            if message[0] == "done":
                outcomes.extend(self._answered(entry) for entry in message[1])
            elif message[0] == "ready":
                self._ready = True
                self.jobs.answered()  # the options
            else:
                self._failed_start(str(message[1]))
                break
        if outcomes:
            self.deliver(outcomes)

    def _answered(self, entry: list[Any]) -> Outcome:
        job = self.jobs.answered()
        host, destination, categories, lines, kind, message = entry[: wire.LATE_FIELD]
        if kind is not None:
            return Outcome(job.ticket, None, (kind, message))
        where = wire.destination_from_wire(destination)
        result = Analysed(host, where, categories, lines, wire.answer_late(entry))
        return Outcome(job.ticket, result)

    # -- when the child fails -------------------------------------------------------

    def _on_watch(self) -> None:
        self._check_stuck()
        if self._loop is not None:
            self._watch = self._loop.call_later(WATCH_SECONDS, self._on_watch)

    def _check_stuck(self) -> None:
        limit = self.timeout if self._ready else START_SECONDS
        if not self.jobs.sent or time.monotonic() - self._progress <= limit:
            return
        if self._ready:
            message = f"one exchange took over {limit:.0f}s; process restarted"
            self._restart("AnalysisTimeout", message, kill=True)
        else:
            self._stop(kill=True)
            self._failed_start(f"it did not load its rules in {limit:.0f}s")

    def _died(self) -> None:
        process = self.process
        status = process.poll() if process is not None else None
        if status is None and process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                status = process.wait(1)
        if not self._ready:
            self._failed_start(f"it ended (exit status {status})")
            return
        logger.warning(f"exfilwatch: analysis process ended (exit status {status}); restarting it")
        self._restart("AnalysisProcessDied", "analysis process died")

    def _failed_start(self, message: str) -> None:
        """The child could not load its rules: everything waiting fails, next exchange retries."""
        self._stop()
        error = ("AnalysisStart", f"analysis process could not start: {message}")
        self.deliver([Outcome(j.ticket, None, error) for j in self.jobs.clear()])

    def _restart(self, kind: str, message: str, kill: bool = False) -> None:
        """The exchange the child was on fails; the rest go to a new child."""
        self.restarts += 1
        was_ready = self._ready
        self._stop(kill)
        lost = self.jobs.answered() if was_ready and self.jobs.sent else None
        self.jobs.resend()
        if lost is not None:
            self.deliver([Outcome(lost.ticket, None, (kind, message))])
        if self.jobs:
            self.start()

    def _stop(self, kill: bool = False) -> None:
        if self.process is None:
            return
        if self._loop is not None:
            with contextlib.suppress(Exception):
                self._loop.remove_reader(self._fds()[0])
                if self._writing:
                    self._loop.remove_writer(self._fds()[1])
        process, self.process = self.process, None
        self._ready = self._writing = False
        spawn.end(process, kill)
