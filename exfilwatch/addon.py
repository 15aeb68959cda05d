"""The mitmproxy addon: live findings for a phone's traffic, without touching that traffic.

Loaded by `mitmdump -s addons/exfilwatch.py` (also `mitmproxy -s` and
`mitmweb -s`) and built into `exfilwatch proxy`. Design, in the order a flow
meets it:

* The hooks (`response`, `error` for flows that never got one, and
  `websocket_message`) only convert the flow to an `Exchange` with the converter
  the flow-dump reader uses, so a live run and `exfilwatch scan` of its
  `mitmdump -w` dump see the same exchanges, and hand it to a bounded queue.
  They never wait: a full queue drops the exchange from the analysis (counted,
  logged, in the summary), never the traffic. Bodies go in raw; the engine's
  bounded decoder inflates them, never mitmproxy's unbounded `.content`.
* One worker thread takes the queue in order. It has the same `Engine` as
  `scan` analyse each exchange, by default in a child process (`live.analysers`
  says why: the GIL), appends each finding to the JSONL file (flushed, so
  `tail -f` and the dashboard follow it) and the store, and counts it. An
  exception there is logged once per kind and never reaches the flow.
* Marks, comments and `flow.metadata["exfilwatch"]` are set back on mitmproxy's
  event loop (flows are not thread-safe), through `call_soon_threadsafe` on the
  loop captured at `running`; the flow is held by a weak reference, so a flow
  mitmdump has already forgotten is not kept alive for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import threading
import time
import weakref
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlsplit

import mitmproxy.types
from mitmproxy import command, ctx, exceptions, http
from mitmproxy.hooks import UpdateHook

from .engine import Engine, EngineOptions
from .limits import DEFAULT_LIMITS, Limits
from .live.analysers import Analyser, AnalysisError, LocalAnalyser, RemoteAnalyser
from .live.tally import (
    OUR_MARKERS,
    Tally,
    comment_for,
    destination_label,
    marker_for,
    summary_text,
    worst_category,
)
from .live.worker import AnalysisWorker, Job
from .model import Exchange, Finding
from .sinks import private_open
from .sources.mitm_flow import exchange_from_flow, exchange_from_message

logger = logging.getLogger(__name__)

SOURCE = "live"
META_KEY = "exfilwatch"
MAX_FINDINGS_PER_FLOW = 200
"""Findings kept in one flow's metadata (a long WebSocket can carry thousands)."""
MAX_EXPORT = 50_000
"""Finding lines kept in memory for `exfilwatch.export`; the JSONL file keeps all."""
DRAIN_SECONDS = 30.0
"""How long shutdown waits for queued exchanges to be analysed."""
DROP_LOG_INTERVAL = 10.0
BATCH_SECONDS = 0.1
"""Results reach the event loop at most this often (marks, comments, log lines)."""

ENGINE_OPTIONS = frozenset(
    [
        "exfilwatch_known",
        "exfilwatch_signatures",
        "exfilwatch_first_party",
        "exfilwatch_watch_countries",
        "exfilwatch_geoip",
        "exfilwatch_reveal",
        "exfilwatch_max_body_bytes",
        "exfilwatch_max_depth",
        "exfilwatch_max_steps",
        "exfilwatch_worker",
    ]
)


@dataclass(slots=True)
class Pending:
    """What the worker needs: the exchange, and a weak way back to its flow."""

    exchange: Exchange
    flow: weakref.ref[http.HTTPFlow] | None


_Mark = tuple["weakref.ref[http.HTTPFlow] | None", list[dict[str, Any]], str, str | None]
"""A flow (weakly), its new findings (as in the JSONL), their recipient, the log line."""


def _countries(values: Sequence[str]) -> list[str]:
    """`CN,RU` or repeated values; ISO 3166 alpha-2 codes."""
    codes = [c.strip().upper() for v in values for c in v.split(",") if c.strip()]
    bad = [c for c in codes if len(c) != 2 or not c.isalpha()]
    if bad:
        raise exceptions.OptionsError(
            f"exfilwatch_watch_countries: {', '.join(bad)} is not a two-letter country code"
        )
    return codes


def _positive(name: str) -> int:
    value = getattr(ctx.options, name)
    if value < 1:
        raise exceptions.OptionsError(f"{name}: must be at least 1 (got {value})")
    return int(value)


class ExfilWatch:
    """The addon; one instance per mitmproxy process."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.engine_options: EngineOptions | None = None
        self._analyser: Analyser | None = None
        self._fresh: Analyser | None = None
        self._analyser_lock = threading.Lock()
        self.worker: AnalysisWorker[Pending] | None = None
        self.tally = Tally()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.jsonl: IO[str] | None = None
        self.store: Any = None
        self.log_findings = True
        self._out_lock = threading.Lock()
        self._marks: deque[_Mark] = deque()
        self._marks_scheduled = False
        self._marks_lock = threading.Lock()
        self._recent: deque[str] = deque(maxlen=MAX_EXPORT)
        self._last_drop_log = 0.0

    # -- mitmproxy lifecycle ------------------------------------------------------

    def load(self, loader: Any) -> None:
        add = loader.add_option
        add(
            "exfilwatch_known",
            str | None,
            None,
            "YAML file of the test phone's own identifiers (advertising ID, Android ID, IMEI, "
            "e-mail...), found in any encoding an app gives them. Never echoed.",
        )
        add(
            "exfilwatch_jsonl",
            str | None,
            None,
            "Append findings to this JSON Lines file (created owner-only), one line per finding, "
            "flushed at once so that other processes can follow it.",
        )
        add(
            "exfilwatch_store",
            str | None,
            None,
            "Also write findings to this exfilwatch store (SQLite; created owner-only), which "
            "the dashboard and `exfilwatch report` read.",
        )
        add(
            "exfilwatch_first_party",
            Sequence[str],
            [],
            "The app's own owner or domain; data sent there is first-party. Repeatable.",
        )
        add(
            "exfilwatch_signatures",
            Sequence[str],
            [],
            "A folder or file of your own signature rules, used beside the built-in ones. "
            "Repeatable.",
        )
        add(
            "exfilwatch_watch_countries",
            Sequence[str],
            [],
            "Flag findings whose owner or server is in these countries (two-letter codes, "
            "repeatable or comma-separated, e.g. CN,RU).",
        )
        add("exfilwatch_geoip", str | None, None, "A MaxMind-format database (.mmdb).")
        add(
            "exfilwatch_reveal",
            bool,
            False,
            "Show identifiers in evidence unredacted. Outputs then hold the identifiers in clear.",
        )
        add(
            "exfilwatch_queue",
            int,
            1000,
            "Most exchanges waiting for analysis. When the analysis falls behind, further "
            "exchanges are not analysed (counted as dropped); traffic is never slowed.",
        )
        add(
            "exfilwatch_queue_mb",
            int,
            256,
            "Most megabytes of bodies waiting for analysis (a queued exchange keeps its bodies in "
            "memory).",
        )
        add(
            "exfilwatch_max_body_bytes",
            int,
            DEFAULT_LIMITS.max_body_bytes,
            "Decoded bytes per body.",
        )
        add("exfilwatch_max_depth", int, DEFAULT_LIMITS.max_depth, "Nested decode steps.")
        add("exfilwatch_max_steps", int, DEFAULT_LIMITS.max_steps, "Decoded values per exchange.")
        add(
            "exfilwatch_worker",
            str,
            "process",
            "Where the analysis runs: a child process (default; keeps the proxy fast) or a "
            "thread of the proxy's own process.",
            choices=["process", "thread"],
        )
        add(
            "exfilwatch_summary",
            str | None,
            None,
            "On exit, write the summary (counts by category, owner, country; dropped exchanges) "
            "to this file as JSON.",
        )
        add(
            "exfilwatch_log",
            bool,
            True,
            "Log one line for each exchange with findings (host and path, never the query).",
        )

    def configure(self, updated: set[str]) -> None:
        if self.worker is not None and not any(n.startswith("exfilwatch_") for n in updated):
            return
        self._capture_loop()
        opts = ctx.options
        max_jobs = _positive("exfilwatch_queue")
        max_bytes = _positive("exfilwatch_queue_mb") * 1024 * 1024
        if self.engine is None or updated & ENGINE_OPTIONS:
            self.engine_options, self.engine = self._build_engine()
            self._hand_over(self._make_analyser(self.engine_options, self.engine))
        if "exfilwatch_jsonl" in updated:
            self._open_jsonl(opts.exfilwatch_jsonl)
        if "exfilwatch_store" in updated:
            self._open_store(opts.exfilwatch_store)
        self.log_findings = bool(opts.exfilwatch_log)
        if self.worker is None:
            self.worker = AnalysisWorker(self._analyse, self._analysis_failed, max_jobs, max_bytes)
            self.worker.start()
        else:
            self.worker.max_jobs, self.worker.max_bytes = max_jobs, max_bytes

    def running(self) -> None:
        self._capture_loop()
        if self.worker is None:  # built into a master: no option was set, so no configure yet
            self.configure({"exfilwatch_queue"})
        target = ctx.options.exfilwatch_jsonl or "the log only (set exfilwatch_jsonl for a file)"
        logger.info(f"exfilwatch: analysing live traffic; findings to {target}")

    def done(self) -> None:
        if self.worker is not None:
            if not self.worker.drain(DRAIN_SECONDS):
                logger.warning("exfilwatch: analysis still busy at exit; the rest is abandoned")
            abandoned = self.worker.stop()
            for _ in range(abandoned):
                self.tally.count_dropped()
            self.worker = None
        self._hand_over(None)
        if self._analyser is not None:
            self._analyser.close()
            self._analyser = None
        snap = self.tally.snapshot()
        self._close_store()
        with self._out_lock:
            if self.jsonl is not None:
                self.jsonl.close()
                self.jsonl = None
        self._write_summary_file(snap)
        logger.info(summary_text(snap))

    # -- hooks (the hot path: convert, enqueue, return) ----------------------------

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
        worker = self.worker
        if worker is None:
            return
        self.tally.count_seen()
        try:
            exchange = build()
        except Exception as exc:
            self._analysis_failed(None, exc)
            return
        size = len(exchange.request.body)
        if exchange.response is not None:
            size += len(exchange.response.body)
        if not worker.submit(Job(Pending(exchange, weakref.ref(flow)), size)):
            self._dropped()

    def _dropped(self) -> None:
        count = self.tally.count_dropped()
        now = time.monotonic()
        if count == 1 or now - self._last_drop_log >= DROP_LOG_INTERVAL:
            self._last_drop_log = now
            logger.warning(
                f"exfilwatch: analysis queue full, {count} exchange(s) not analysed so far "
                "(traffic unaffected; raise exfilwatch_queue / exfilwatch_queue_mb)"
            )

    # -- the worker thread -------------------------------------------------------

    def _make_analyser(self, options: EngineOptions, engine: Engine) -> Analyser:
        if ctx.options.exfilwatch_worker == "thread" or getattr(sys, "frozen", False):
            return LocalAnalyser(engine)
        remote = RemoteAnalyser(options)
        try:
            remote.start()  # loads its rules while the proxy starts
        except OSError as exc:
            raise exceptions.OptionsError(f"exfilwatch: cannot start the analysis: {exc}") from None
        return remote

    def _hand_over(self, analyser: Analyser | None) -> None:
        """Offer a new analyser to the worker thread, which swaps it in between jobs."""
        with self._analyser_lock:
            unused, self._fresh = self._fresh, analyser
        if unused is not None:
            unused.close()

    def _current_analyser(self) -> Analyser:
        """The analyser for this job (worker thread only)."""
        with self._analyser_lock:
            fresh, self._fresh = self._fresh, None
        if fresh is not None:
            if self._analyser is not None:
                self._analyser.close()
            self._analyser = fresh
        assert self._analyser is not None
        return self._analyser

    def _analyse(self, pending: Pending) -> None:
        exchange = pending.exchange
        host = urlsplit(exchange.request.url).hostname or ""
        want_destination = host not in self.tally.destinations
        result = self._current_analyser().analyse(exchange, want_destination)
        self.tally.add(host, result.destination, result.categories)
        if not result.lines:
            return
        self._write(result.lines)
        where = destination_label(result.destination) if result.destination else "?"
        line = self._log_line(exchange, result.categories, where) if self.log_findings else None
        if pending.flow is not None and pending.flow() is not None:
            findings = [json.loads(x) for x in result.lines]
            self._queue_marks((pending.flow, findings, where, line))
        elif line:  # mitmdump has already let go of the flow: nothing to mark, only to log
            self._queue_marks((None, [], where, line))

    def _analysis_failed(self, pending: Pending | None, exc: BaseException) -> None:
        kind = exc.kind if isinstance(exc, AnalysisError) else type(exc).__name__
        if self.tally.count_error(kind):
            where = ""
            if pending is not None:
                where = f" on {urlsplit(pending.exchange.request.url).hostname or '?'}"
            logger.warning(
                f"exfilwatch: analysis failed{where}: {kind}: {exc} (traffic unaffected; "
                f"further {kind} errors are counted in the summary, not logged)"
            )

    def _write(self, lines: list[str]) -> None:
        with self._out_lock:
            self._recent.extend(lines)
            if self.jsonl is not None:
                for line in lines:
                    self.jsonl.write(line)
                    self.jsonl.flush()
            if self.store is not None:
                records = [(Finding.from_dict(json.loads(x)), x.rstrip("\n")) for x in lines]
                self.store.add_records(records)

    def _log_line(self, exchange: Exchange, found: list[str], where: str) -> str:
        """What the log says of one exchange: never the query, which holds the identifiers."""
        categories = Counter(found)
        parts = urlsplit(exchange.request.url)
        return (
            f"exfilwatch: {marker_for(worst_category(categories))} "
            f"{comment_for(categories, where)}  "
            f"{exchange.request.method} {parts.scheme}://{parts.netloc}{parts.path}"
        )

    # -- back on the event loop: marks, comments, metadata -----------------------

    def _capture_loop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.loop = asyncio.get_running_loop()

    def _queue_marks(self, mark: _Mark) -> None:
        """Hand results to the event loop in batches: every wake-up of the loop costs the
        proxy time (and so does each log record, which mitmproxy passes to every addon)."""
        with self._marks_lock:
            self._marks.append(mark)
            if self._marks_scheduled or self.loop is None:
                return
            self._marks_scheduled = True
        try:
            self.loop.call_soon_threadsafe(self.loop.call_later, BATCH_SECONDS, self.apply_marks)
        except RuntimeError:  # the loop is closed: nobody is left to see the marks
            with self._marks_lock:
                self._marks_scheduled = False

    def apply_marks(self) -> None:
        """Annotate flows with their findings; runs on the event loop (or a test's thread)."""
        with self._marks_lock:
            batch = list(self._marks)
            self._marks.clear()
            self._marks_scheduled = False
        updated, lines = [], []
        for ref, findings, where, line in batch:
            if line:
                lines.append(line)
            flow = ref() if ref is not None else None
            if flow is not None:
                annotate(flow, findings, where)
                updated.append(flow)
        if lines:
            logger.info("\n".join(lines))
        if updated:
            self._signal_update(updated)

    def _signal_update(self, flows: list[http.HTTPFlow]) -> None:
        """Tell a UI (mitmproxy's console or mitmweb) to redraw the flows; mitmdump has none."""
        try:
            if ctx.master.addons.get("view") is not None:
                ctx.master.addons.trigger(UpdateHook(flows))
        except Exception as exc:  # no master (a bare test) or a UI addon failed
            logger.debug(f"exfilwatch: flow update not signalled: {exc}")

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait for the queue to empty, then apply marks here (tests, shutdown)."""
        ok = self.worker.drain(timeout) if self.worker is not None else True
        self.apply_marks()
        return ok

    # -- outputs -------------------------------------------------------------------

    def _build_engine(self) -> tuple[EngineOptions, Engine]:
        """Build here even when a child will analyse: bad files fail now, as OptionsErrors."""
        opts = ctx.options
        limits = Limits(
            max_body_bytes=_positive("exfilwatch_max_body_bytes"),
            max_depth=_positive("exfilwatch_max_depth"),
            max_steps=_positive("exfilwatch_max_steps"),
        )
        options = EngineOptions(
            known_file=opts.exfilwatch_known,
            signature_dirs=tuple(opts.exfilwatch_signatures),
            first_party=tuple(opts.exfilwatch_first_party),
            watch_countries=tuple(_countries(opts.exfilwatch_watch_countries)),
            geoip=opts.exfilwatch_geoip,
            limits=limits,
            reveal=opts.exfilwatch_reveal,
        )
        try:
            return options, options.build()
        except (ValueError, OSError) as exc:
            raise exceptions.OptionsError(f"exfilwatch: {exc}") from None

    def _open_jsonl(self, path: str | None) -> None:
        new = None
        if path:
            try:
                new = private_open(path, "a")
            except OSError as exc:
                raise exceptions.OptionsError(
                    f"exfilwatch_jsonl: cannot open {path}: {exc.strerror}"
                ) from None
        with self._out_lock:
            old, self.jsonl = self.jsonl, new
        if old is not None:
            old.close()

    def _open_store(self, path: str | None) -> None:
        new = None
        if path:
            try:
                from .sinks.store import Store
            except ImportError:  # pragma: no cover - the store ships in the same package
                raise exceptions.OptionsError("exfilwatch_store: no store in this build") from None
            try:
                new = Store(path)
                new.start_run(command="mitmproxy addon (live)")
            except (ValueError, OSError) as exc:
                raise exceptions.OptionsError(f"exfilwatch_store: {exc}") from None
        with self._out_lock:
            old, self.store = self.store, new
        if old is not None:
            self._finish_store(old)

    def _close_store(self) -> None:
        with self._out_lock:
            old, self.store = self.store, None
        if old is not None:
            self._finish_store(old)

    def _finish_store(self, store: Any) -> None:
        """Record every destination contacted (not only those with findings), then close."""
        with self.tally.lock:
            flows = dict(self.tally.flows_by_host)
            destinations = dict(self.tally.destinations)
        try:
            store.add_flow_counts(flows, destinations)
            store.end_run()
        except Exception as exc:
            logger.warning(f"exfilwatch: could not finish the store run: {exc}")
        finally:
            store.close()

    def _write_summary_file(self, snap: dict[str, Any]) -> None:
        path = ctx.options.exfilwatch_summary
        if not path:
            return
        try:
            with private_open(path, "w") as out:
                json.dump(snap, out, indent=2)
        except OSError as exc:
            logger.warning(f"exfilwatch: cannot write summary {path}: {exc.strerror}")

    # -- commands --------------------------------------------------------------------

    @command.command("exfilwatch.summary")
    def summary(self) -> str:
        """Findings so far: counts by category, owner and country, and exchanges dropped."""
        return summary_text(self.tally.snapshot())

    @command.command("exfilwatch.export")
    def export(self, path: mitmproxy.types.Path) -> None:
        """Write this session's findings to path as JSON Lines (owner-only file)."""
        with self._out_lock:
            lines = list(self._recent)
        try:
            with private_open(str(path), "w") as out:
                out.writelines(lines)
        except OSError as exc:
            raise exceptions.CommandError(f"cannot write {path}: {exc.strerror}") from None
        note = ""
        if self.tally.findings > len(lines):
            note = f" (the oldest {self.tally.findings - len(lines)} are only in exfilwatch_jsonl)"
        logger.info(f"exfilwatch: exported {len(lines)} finding(s) to {path}{note}")


def annotate(flow: http.HTTPFlow, findings: list[dict[str, Any]], where: str) -> None:
    """Marker, comment and metadata, merged with what earlier messages of the flow gave."""
    meta = flow.metadata.get(META_KEY)
    if not isinstance(meta, dict):
        meta = {"findings": [], "categories": {}, "more": 0}
        flow.metadata[META_KEY] = meta
    categories: dict[str, int] = meta["categories"]
    for f in findings:
        categories[f["category"]] = categories.get(f["category"], 0) + 1
        if len(meta["findings"]) < MAX_FINDINGS_PER_FLOW:
            meta["findings"].append(f)
        else:
            meta["more"] += 1
    worst = worst_category(categories)
    meta["worst"] = worst
    meta["destination"] = where
    comment = comment_for(categories, meta["destination"])
    _set_comment(flow, meta, comment)
    if not flow.marked or flow.marked in OUR_MARKERS:
        flow.marked = marker_for(worst)


def _set_comment(flow: http.HTTPFlow, meta: dict[str, Any], comment: str) -> None:
    """Our line replaces our previous one; a tester's own comment is kept above it."""
    previous = meta.get("comment") or ""
    base = flow.comment or ""
    if previous and base.endswith(previous):
        base = base[: -len(previous)].rstrip("\n")
    flow.comment = f"{base}\n{comment}" if base else comment
    meta["comment"] = comment
