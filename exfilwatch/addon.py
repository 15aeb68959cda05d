"""The mitmproxy addon: live findings for a phone's traffic, without touching that traffic.

Loaded by `mitmdump -s addons/exfilwatch.py` (also `mitmproxy -s` and
`mitmweb -s`) and built into `exfilwatch proxy`. This module only wires the
parts together, in the order a flow meets them:

* The hooks (`response`, `error` for flows that never got one, and
  `websocket_message`) convert the flow to an `Exchange` with the converter the
  flow-dump reader uses (so a live run and `exfilwatch scan` of its `mitmdump -w`
  dump see the same exchanges) and hand it to a channel (`live.child`: a child
  process, by default; `live.threaded`: a worker thread). They never wait: a full
  queue drops the exchange from the analysis (counted, logged, in the summary),
  never the traffic. Bodies go raw; the engine's bounded decoder inflates them.
* The analysis (`live.analysis`, in the child) runs the same `Engine` as `scan`
  and writes the JSONL file and the store.
* Its outcomes come back to the event loop in batches (`live.results`): counts,
  marks and comments on the flows (`live.marking`), log lines.
* Options are in `live.options`, the commands in `live.commands`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import weakref
from collections.abc import Callable
from typing import Any

from mitmproxy import ctx, exceptions, http

from .engine import Engine, EngineOptions
from .live import options
from .live.analysis import Analysis, Outputs
from .live.channel import Channel, Ticket
from .live.child import ProcessChannel
from .live.commands import Commands
from .live.marking import META_KEY, annotate
from .live.results import Results
from .live.tally import Tally, summary_text
from .live.threaded import ThreadChannel
from .model import Exchange
from .sinks import private_open
from .sources.mitm_flow import exchange_from_flow, exchange_from_message

__all__ = ["META_KEY", "ExfilWatch", "annotate"]

logger = logging.getLogger(__name__)

SOURCE = "live"
DRAIN_SECONDS = 30.0
"""How long shutdown waits for queued exchanges to be analysed."""
SWAP_SECONDS = 5.0
"""How long an option change waits for the old analysis to finish its queue."""


class ExfilWatch:
    """The addon; one instance per mitmproxy process."""

    def __init__(self) -> None:
        self.results = Results()
        self.commands = Commands(self.results)
        self.addons = [self.commands]
        self.channel: Channel | None = None
        self.engine: Engine | None = None
        self.engine_options: EngineOptions | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    @property
    def tally(self) -> Tally:
        return self.results.tally

    # -- mitmproxy lifecycle ------------------------------------------------------

    def load(self, loader: Any) -> None:
        options.register(loader)

    def configure(self, updated: set[str]) -> None:
        if self.channel is not None and not any(n.startswith("exfilwatch_") for n in updated):
            return
        self._capture_loop()
        max_jobs, max_bytes = options.queue_bounds()
        self.results.log_findings = bool(ctx.options.exfilwatch_log)
        if self.channel is not None and not updated & options.ANALYSIS_OPTIONS:
            self.channel.resize(max_jobs, max_bytes)
            return
        stale = self.engine is None and self._in_thread()
        if self.engine_options is None or stale or updated & options.ENGINE_OPTIONS:
            self.engine_options, self.engine = options.engine_options()
        outputs = options.outputs()
        self._close_channel(SWAP_SECONDS)
        self.channel = self._make_channel(outputs, max_jobs, max_bytes)
        if self.loop is not None:
            self.channel.attach(self.loop)

    def running(self) -> None:
        self._capture_loop()
        if self.channel is None:  # built into a master: no option was set, so no configure yet
            self.configure({"exfilwatch_queue"})
        if self.channel is not None and self.loop is not None:
            self.channel.attach(self.loop)
        target = ctx.options.exfilwatch_jsonl or "the log only (set exfilwatch_jsonl for a file)"
        logger.info(f"exfilwatch: analysing live traffic; findings to {target}")

    def done(self) -> None:
        self._close_channel(DRAIN_SECONDS)
        snap = self.tally.snapshot()
        self._write_summary_file(snap)
        logger.info(summary_text(snap))

    # -- hooks (the hot path: convert, hand over, return) -------------------------

    def response(self, flow: http.HTTPFlow) -> None:
        self._submit(flow, lambda: exchange_from_flow(flow, SOURCE))

    def error(self, flow: http.HTTPFlow) -> None:
        """A flow that ended without a response still sent its request."""
        if flow.response is None and flow.request is not None:
            self._submit(flow, lambda: exchange_from_flow(flow, SOURCE))

    def websocket_message(self, flow: http.HTTPFlow) -> None:
        if flow.websocket is None or not flow.websocket.messages:
            return
        index = len(flow.websocket.messages) - 1
        self._submit(flow, lambda: exchange_from_message(flow, index, SOURCE))

    def _submit(self, flow: http.HTTPFlow, build: Callable[[], Exchange]) -> None:
        channel = self.channel
        if channel is None:
            return
        self.tally.count_seen()
        ticket = None
        try:
            exchange = build()
            ticket = Ticket(weakref.ref(flow), exchange.request.method, exchange.request.url)
            accepted = channel.submit(exchange, ticket)
        except Exception as exc:  # never into the flow: counted and logged once per kind
            self.results.failed(ticket, type(exc).__name__, str(exc))
            return
        if not accepted:
            self.results.dropped()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued is analysed and shown (tests, shutdown)."""
        return self.channel.drain(timeout) if self.channel is not None else True

    # -- the channel ---------------------------------------------------------------

    def _in_thread(self) -> bool:
        return ctx.options.exfilwatch_worker == "thread" or getattr(sys, "frozen", False)

    def _make_channel(self, outputs: Outputs, max_jobs: int, max_bytes: int) -> Channel:
        assert self.engine_options is not None
        deliver = self.results.deliver
        if self._in_thread():
            assert self.engine is not None
            try:
                analysis = Analysis(self.engine, outputs)
            except (ValueError, OSError) as exc:
                raise exceptions.OptionsError(f"exfilwatch: {exc}") from None
            return ThreadChannel(analysis, deliver, max_jobs, max_bytes)
        self.engine = None  # the child has its own; this one only checked the options
        channel = ProcessChannel(self.engine_options, outputs, deliver, max_jobs, max_bytes)
        try:
            channel.start()  # loads its rules while the proxy starts
        except OSError as exc:
            raise exceptions.OptionsError(f"exfilwatch: cannot start the analysis: {exc}") from None
        return channel

    def _close_channel(self, timeout: float) -> None:
        channel, self.channel = self.channel, None
        if channel is None:
            return
        if not channel.drain(timeout):
            logger.warning("exfilwatch: analysis still busy; the rest is abandoned")
        for _ in range(channel.close()):
            self.tally.count_dropped()

    def _capture_loop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.loop = asyncio.get_running_loop()

    def _write_summary_file(self, snap: dict[str, Any]) -> None:
        path = ctx.options.exfilwatch_summary
        if not path:
            return
        try:
            with private_open(path, "w") as out:
                json.dump(snap, out, indent=2)
        except OSError as exc:
            logger.warning(f"exfilwatch: cannot write summary {path}: {exc.strerror}")
