"""A bounded hand-off from mitmproxy's event loop to one analysis thread.

The proxy must never wait for the analysis: `submit` takes a lock for a few
microseconds and returns; when the queue already holds `max_jobs` jobs or
`max_bytes` of bodies it refuses the job instead of blocking, and the caller
counts the drop. The byte budget matters because a queued exchange keeps its
bodies alive after mitmproxy has let go of the flow: without it, a burst of
large uploads behind a slow analysis would hold them all in memory.

A plain deque under a condition rather than `queue.Queue`: we need the byte
budget and a `drain(timeout)` that `Queue.join` does not offer.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class Job(Generic[T]):
    payload: T
    size: int = 0
    """Bytes this job keeps alive while it waits (its bodies)."""


class AnalysisWorker(Generic[T]):
    """One daemon thread running `process(payload)` for each submitted job, in order."""

    def __init__(
        self,
        process: Callable[[T], None],
        on_error: Callable[[T, BaseException], None],
        max_jobs: int = 1000,
        max_bytes: int = 256 * 1024 * 1024,
        name: str = "exfilwatch-analysis",
    ) -> None:
        self.process = process
        self.on_error = on_error
        self.max_jobs = max_jobs
        self.max_bytes = max_bytes
        self._jobs: deque[Job[T]] = deque()
        self._bytes = 0
        self._busy = False
        self._stopping = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def queued(self) -> int:
        with self._cond:
            return len(self._jobs)

    def submit(self, job: Job[T]) -> bool:
        """Queue a job; False (never a wait) when the queue is full or stopping.

        One job larger than the byte budget is still taken when the queue is
        empty: its bytes are in memory already, and refusing it would leave big
        bodies never analysed.
        """
        with self._cond:
            if self._stopping or len(self._jobs) >= self.max_jobs:
                return False
            if self._jobs and self._bytes + job.size > self.max_bytes:
                return False
            self._jobs.append(job)
            self._bytes += job.size
            self._cond.notify()
            return True

    def drain(self, timeout: float) -> bool:
        """Wait until every queued job is done; False if `timeout` passed first."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._jobs or self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._thread.is_alive():
                    return False
                self._cond.wait(remaining)
        return True

    def stop(self, timeout: float = 5.0) -> int:
        """Stop after the job in hand; returns how many queued jobs were abandoned."""
        with self._cond:
            self._stopping = True
            abandoned = len(self._jobs)
            self._jobs.clear()
            self._bytes = 0
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return abandoned

    def _next(self) -> Job[T] | None:
        with self._cond:
            while not self._jobs and not self._stopping:
                self._cond.wait()
            if self._stopping:
                return None
            self._busy = True
            return self._jobs.popleft()

    def _done(self, job: Job[T]) -> None:
        with self._cond:
            self._bytes -= job.size
            self._busy = False
            if not self._jobs:
                self._cond.notify_all()

    def _run(self) -> None:
        while (job := self._next()) is not None:
            try:
                self.process(job.payload)
            except Exception as exc:
                # if the error reporter itself fails, the thread must still live on
                with contextlib.suppress(Exception):
                    self.on_error(job.payload, exc)
            finally:
                self._done(job)
