"""Analyse whole input files: the unit of work for `scan`, batch and cluster runs.

`analyse_file` reads one input through its source and the engine and returns a
small, picklable `FileResult` (findings and per-destination counts, never
packets or bodies), so the same function runs in-process, in a worker process
or on a Dask worker.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from .detect.session_headers import SessionHeaders
from .detect.session_units import SessionUnits, finding_key, line_key, without_units
from .detect.session_values import SessionValues
from .engine import Engine
from .model import Destination, Exchange, Finding
from .sinks.jsonl_sink import finding_line
from .sources import SourceError, SourceOptions, read_exchanges

_Item = TypeVar("_Item")


@dataclass(slots=True)
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    lines: list[str] | None = None
    """The findings as JSONL lines instead of objects, when a worker serialised them."""
    finding_exchange: list[int] = field(default_factory=list)
    """For each finding, the index of its exchange in the input (to merge split files)."""
    flows: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    unanalysed: int = 0
    """Flows read but not analysed because the engine failed on them (a bug)."""
    failure: str | None = None
    """The first such failure, named by its flow."""
    flows_by_host: Counter[str] = field(default_factory=Counter)
    destinations: dict[str, Destination] = field(default_factory=dict)
    session: SessionValues | None = None
    """A part's learned device ids and tokens, for `batch.merge` to match across parts."""
    units: SessionUnits | None = None
    """A part's device ids by host, for `batch.merge` to tell institution units."""
    headers: SessionHeaders | None = None
    """A part's custom request headers, for `batch.merge` to read as device bindings."""

    @property
    def count(self) -> int:
        return len(self.lines) if self.lines is not None else len(self.findings)

    def note(self, text: str | None) -> None:
        """One warning more, none twice and at most 100: a damaged capture must not bury
        the summary under a warning per flow."""
        if text and len(self.warnings) < 100 and text not in self.warnings:
            self.warnings.append(text)


def analyse_file(
    path: str | Path,
    engine: Engine,
    options: SourceOptions = SourceOptions(),
    part: int = 0,
    parts: int = 1,
) -> FileResult:
    """Never raises for bad input: the error is recorded and what was read is kept.

    With `parts` > 1 only exchanges `i` with `i % parts == part` are analysed, so
    that workers can share one large file.
    """
    result = FileResult(str(path))
    session = SessionValues() if engine.learns else None
    result.units = SessionUnits() if engine.tells_units else None
    result.headers = SessionHeaders() if engine.learns else None
    indexes: dict[str, int] = {}
    try:
        for index, exchange in enumerate(read_exchanges(path, options)):
            if index % parts == part:
                _take(engine, index, exchange, result, session, indexes)
    except Exception as exc:  # see read_error: a bug must not cost the other inputs
        result.error = read_error(path, exc)
    _close(result, session, keep_session=parts > 1)
    if parts == 1:
        settle_headers(result, engine)
        drop_units(result)
    return result


def analyse_exchanges(
    path: str, engine: Engine, indexed: Iterable[tuple[int, Exchange]]
) -> FileResult:
    """A run of one file's exchanges, read by another process (`batch` streams a large
    input to its workers): each comes with its index in the file, and the run's
    session rides back so that `batch.merge` finds what runs learned of each other."""
    result = FileResult(path)
    session = SessionValues() if engine.learns else None
    result.units = SessionUnits() if engine.tells_units else None
    result.headers = SessionHeaders() if engine.learns else None
    indexes: dict[str, int] = {}
    for index, exchange in indexed:
        _take(engine, index, exchange, result, session, indexes)
    _close(result, session, keep_session=True)
    return result


def read_error(path: str | Path, exc: Exception) -> str:
    """The one-line error of an input whose reading stopped: what was read is kept.
    Re-raises a bug's exception under `EXFILWATCH_DEBUG`, for its traceback."""
    if isinstance(exc, SourceError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return f"{path}: out of memory while reading"
    if isinstance(exc, RecursionError):
        return f"{path}: nested too deeply to read"
    if os.environ.get("EXFILWATCH_DEBUG"):
        raise exc
    return f"{path}: internal error ({exc.__class__.__name__}: {exc}); see --debug"


def _take(
    engine: Engine,
    index: int,
    exchange: Exchange,
    result: FileResult,
    session: SessionValues | None,
    indexes: dict[str, int],
) -> None:
    result.flows += 1
    indexes[exchange.flow_id] = index
    found = _analyse(engine, exchange, result, session, index)
    result.findings.extend(found)
    # A learned value's late findings are on earlier flows (see session_values).
    result.finding_exchange.extend(indexes.get(f.flow, index) for f in found)
    host = urlsplit(exchange.request.url).hostname or ""
    result.flows_by_host[host] += 1
    if host not in result.destinations:
        result.destinations[host] = engine.attributor.destination(host, exchange.server_ip)
    for warning in exchange.warnings:
        result.note(f"flow {exchange.flow_id}: {warning}")


def _close(result: FileResult, session: SessionValues | None, keep_session: bool) -> None:
    if session is not None:
        result.note(session.note)
        result.session = session if keep_session else None


def _analyse(
    engine: Engine,
    exchange: Exchange,
    result: FileResult,
    session: SessionValues | None = None,
    index: int = 0,
) -> list[Finding]:
    """One exchange's findings. A failure of the engine on one exchange (a bug a
    strange message can reach) is recorded and costs that exchange only: a capture
    of ten thousand flows must not lose the rest after it."""
    try:
        return engine.analyse(exchange, session, index, result.units, result.headers)
    except Exception as exc:  # any bug; --debug shows the traceback
        if os.environ.get("EXFILWATCH_DEBUG"):
            raise
        result.unanalysed += 1
        if result.failure is None:
            result.failure = f"flow {exchange.flow_id}: {exc.__class__.__name__}: {exc}"
        return []


def drop_units(result: FileResult) -> None:
    """A whole session's findings without its institution's units (see `session_units`):
    decided once every flow is read, so earlier flows' findings of a fleet go too."""
    units, result.units = result.units, None
    if units is None or not units.fleets():
        return
    serialized = result.lines is not None
    items = result.lines if serialized else result.findings
    pairs = list(zip(result.finding_exchange, items, strict=True))
    pairs = without_fleets(pairs, units, serialized, result)
    if len(pairs) == len(result.finding_exchange):
        return
    result.finding_exchange = [index for index, _ in pairs]
    if serialized:
        result.lines = [line for _, line in pairs]
    else:
        result.findings = [finding for _, finding in pairs]


def without_fleets(
    pairs: list[tuple[int, _Item]], units: SessionUnits | None, serialized: bool, result: FileResult
) -> list[tuple[int, _Item]]:
    """(exchange index, finding or line) pairs without the institution's units the session
    shows (see `session_units`), noting it in `result`: a whole file's, or the merge of a
    file's parts, where a fleet may be spread over parts none of which sees it."""
    dropped = units.dropped() if units is not None else set()
    if not dropped:
        return pairs
    keys = [line_key(item) if serialized else finding_key(item) for _, item in pairs]
    result.note(units.note_text)  # type: ignore[union-attr]
    return without_units(pairs, keys, dropped)


def settle_headers(result: FileResult, engine: Engine) -> None:
    """A whole session's device-binding headers (see `session_headers`): read once every
    flow is, so the reading is the same in any flow order."""
    headers, result.headers = result.headers, None
    if headers is None:
        return
    hits = headers.settle()
    findings = engine.header_findings(hits)
    if result.lines is not None:  # a worker's serialised result
        result.lines.extend(finding_line(f) for f in findings)
    else:
        result.findings.extend(findings)
    result.finding_exchange.extend(hit.ref.index for hit in hits)
    result.note(headers.note)
