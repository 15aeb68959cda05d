"""The analysis in a thread of the proxy's own process (`exfilwatch_worker=thread`).

For a frozen build that cannot start a child, and for tests that reach into the
engine. It shares mitmproxy's GIL, so it slows the proxy more than the child
does (see bench/bench_addon.py). Outcomes reach the event loop in batches, at
most every `BATCH_SECONDS`: each wake-up of the loop costs the proxy time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ..model import Exchange
from .analysis import Analysis
from .channel import Outcome, Ticket
from .worker import AnalysisWorker, Job

BATCH_SECONDS = 0.1


class ThreadChannel:
    def __init__(
        self,
        analysis: Analysis,
        deliver: Callable[[list[Outcome]], None],
        max_jobs: int = 1000,
        max_bytes: int = 256 << 20,
    ) -> None:
        self.analysis = analysis
        self.deliver = deliver
        self.worker: AnalysisWorker[tuple[Exchange, Ticket]] = AnalysisWorker(
            self._analyse, self._failed, max_jobs, max_bytes
        )
        self._loop: Any = None
        self._done: list[Outcome] = []
        self._scheduled = False
        self._lock = threading.Lock()
        self.worker.start()

    def attach(self, loop: Any) -> None:
        self._loop = loop

    def resize(self, max_jobs: int, max_bytes: int) -> None:
        self.worker.max_jobs, self.worker.max_bytes = max_jobs, max_bytes

    def submit(self, exchange: Exchange, ticket: Ticket) -> bool:
        size = len(exchange.request.body)
        if exchange.response is not None:
            size += len(exchange.response.body)
        return self.worker.submit(Job((exchange, ticket), size))

    def drain(self, timeout: float) -> bool:
        ok = self.worker.drain(timeout)
        self._hand_over()
        return ok

    def close(self) -> int:
        abandoned = self.worker.stop()
        self._hand_over()
        self.analysis.close()
        return abandoned

    # -- the worker thread ---------------------------------------------------------

    def _analyse(self, job: tuple[Exchange, Ticket]) -> None:
        exchange, ticket = job
        result = self.analysis.analyse(exchange)
        self.analysis.commit()
        self._queue(Outcome(ticket, result))

    def _failed(self, job: tuple[Exchange, Ticket], exc: BaseException) -> None:
        self._queue(Outcome(job[1], None, (type(exc).__name__, str(exc))))

    def _queue(self, outcome: Outcome) -> None:
        with self._lock:
            self._done.append(outcome)
            if self._scheduled or self._loop is None:
                return
            self._scheduled = True
        try:
            self._loop.call_soon_threadsafe(self._loop.call_later, BATCH_SECONDS, self._hand_over)
        except RuntimeError:  # the loop is closed: drain or close hands the rest over
            with self._lock:
                self._scheduled = False

    def _hand_over(self) -> None:
        """On the loop (or the thread draining): deliver what the worker finished."""
        with self._lock:
            done, self._done = self._done, []
            self._scheduled = False
        if done:
            self.deliver(done)
