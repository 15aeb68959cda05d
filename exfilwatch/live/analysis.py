"""The analysis of live exchanges, wherever it runs (the child process, or a worker thread).

It owns what is slow or may block: the engine, the JSONL file (each exchange's
findings appended and flushed at once, so that `tail -f` and the dashboard follow
it; never fsync'd, which would wait on the disk for nothing a reader needs) and
the store (SQLite, whose commits do wait on the disk). The proxy only gets back
what it shows: each exchange's findings as JSONL lines, their categories, and
the destination; and, rarely, findings that exchange taught on earlier ones
(`Late`: a device id learned now, found in flows already analysed).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any
from urllib.parse import urlsplit

from ..detect.session_headers import SessionHeaders
from ..detect.session_units import SessionUnits, finding_key
from ..detect.session_values import SessionValues
from ..engine import Engine
from ..model import Destination, Exchange, Finding
from ..sinks import private_open
from ..sinks.jsonl_sink import finding_line

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Outputs:
    """Where findings go, as the addon's options name them."""

    jsonl: str | None = None
    store: str | None = None


@dataclass(slots=True)
class Late:
    """Findings on an earlier exchange, found when a later one taught their value.

    The proxy counts and marks them as that exchange's own: the tally and the
    flow list then say what the JSONL file says, whatever order the flows came in."""

    flow: str
    """The earlier exchange's id (`Finding.flow`)."""
    destination: Destination
    categories: list[str]
    lines: list[str]
    first: bool
    """Whether they are that exchange's first findings (it joins the flows with findings)."""


@dataclass(slots=True)
class Analysed:
    """One exchange's result, as the proxy needs it."""

    host: str
    destination: Destination | None
    """Its findings' destination, or the host's on the first exchange to it (the summary's)."""
    categories: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    late: list[Late] = field(default_factory=list)
    """Empty but when this exchange taught a value that earlier exchanges carried."""


class Analysis:
    """Analyses exchanges in order and writes their findings; not thread-safe (one caller)."""

    def __init__(self, engine: Engine, outputs: Outputs) -> None:
        self.engine = engine
        self.jsonl: IO[str] | None = private_open(outputs.jsonl, "a") if outputs.jsonl else None
        self.store: Any = None
        if outputs.store:
            from ..sinks.store import Store

            self.store = Store(outputs.store)
            self.store.start_run(command="mitmproxy addon (live)")
        self.flows_by_host: Counter[str] = Counter()
        self.destinations: dict[str, Destination] = {}
        self._records: list[tuple[Finding, str]] = []
        self.session = SessionValues() if engine.learns else None
        """The proxy run is one session: device ids learned from one flow are found
        in the others (see `session_values`)."""
        self.headers = SessionHeaders() if engine.learns else None
        """Device-binding headers (see `session_headers`): a proxy run has no end, so
        they are read after every flow, the earlier flows' findings coming late."""
        self.units = SessionUnits() if engine.tells_units else None
        """An institution's units (see `session_units`): a proxy run has no end and its
        findings are written at once, so a fleet's findings are held back only from the
        moment it shows (earlier ones are in the JSONL file already)."""
        self._analysed = 0
        self._with_findings: set[str] = set()
        """Exchanges that had findings, so that a late finding says whether it is an
        exchange's first. Only with a session (nothing is late without one); it grows
        with the flows that have findings, as the session grows with every flow."""

    def analyse(self, exchange: Exchange) -> Analysed:
        host = urlsplit(exchange.request.url).hostname or ""
        self.flows_by_host[host] += 1
        findings = self.engine.analyse(
            exchange, self.session, self._analysed, self.units, self.headers
        )
        if self.headers is not None:
            findings.extend(self.engine.header_findings(self.headers.settle()))
        if self.units is not None:
            findings = [f for f in findings if not self.units.in_fleet(finding_key(f))]
        self._analysed += 1
        late: list[Late] = []
        if self.session is not None:
            if any(f.flow != exchange.flow_id for f in findings):
                late = self._late([f for f in findings if f.flow != exchange.flow_id])
                findings = [f for f in findings if f.flow == exchange.flow_id]
            if findings:
                self._with_findings.add(exchange.flow_id)
        first = host not in self.destinations
        if findings:
            destination: Destination | None = findings[0].destination
            if first:
                self.destinations[host] = findings[0].destination
        elif first:
            destination = self.engine.attributor.destination(host, exchange.server_ip)
            self.destinations[host] = destination
        else:
            return Analysed(host, None, late=late)
        lines = [finding_line(f) for f in findings]
        if lines:
            self._write(findings, lines)
        return Analysed(host, destination, [f.category for f in findings], lines, late)

    def _late(self, findings: list[Finding]) -> list[Late]:
        """Earlier exchanges' findings, learned now: written like any other, and handed
        back per exchange for the proxy to count and mark."""
        by_flow: dict[str, list[Finding]] = {}
        for finding in findings:
            by_flow.setdefault(finding.flow, []).append(finding)
        late = []
        for flow, found in by_flow.items():
            lines = [finding_line(f) for f in found]
            self._write(found, lines)
            first = flow not in self._with_findings
            self._with_findings.add(flow)
            categories = [f.category for f in found]
            late.append(Late(flow, found[0].destination, categories, lines, first))
        return late

    def _write(self, findings: list[Finding], lines: list[str]) -> None:
        if self.jsonl is not None:
            self.jsonl.write("".join(lines))
            self.jsonl.flush()
        if self.store is not None:
            self._records.extend(zip(findings, (x.rstrip("\n") for x in lines), strict=True))

    def commit(self) -> None:
        """Store the findings written since the last commit: one transaction per batch."""
        if self.store is not None and self._records:
            records, self._records = self._records, []
            self.store.add_records(records)

    def close(self) -> None:
        """Commit, record every destination contacted (not only those with findings), close."""
        if self.jsonl is not None:
            self.jsonl.close()
            self.jsonl = None
        store, self.store = self.store, None
        if store is None:
            return
        try:
            if self._records:
                store.add_records(self._records)
            store.add_flow_counts(dict(self.flows_by_host), dict(self.destinations))
            store.end_run()
        except Exception as exc:
            logger.warning(f"exfilwatch: could not finish the store run: {exc}")
        finally:
            store.close()
