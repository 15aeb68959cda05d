"""Batch runs: many inputs over all cores, or over a Dask cluster.

Design
------
The unit of work is a `WorkUnit`: a file, or one of `parts` interleaved slices
of a large input (exchange `i` belongs to part `i % parts`). On a cluster every
part reads the file and analyses only its own exchanges. On one machine a large
input is read once, by the parent, and streamed to the workers in runs of
`RUN_EXCHANGES` consecutive exchanges (`_streamed`): re-reading it in every part
would cost each worker the whole reading (for a capture, reassembling and
decrypting every TCP stream, about a quarter of the analysis), and the parent,
otherwise idle, reads while the workers analyse.

Workers never receive an engine: they get the small `EngineOptions` and build
(and keep) their own, so the same function runs in a process pool and on a Dask
worker. A unit returns a `FileResult` (findings and counts, never packets).

Results are yielded in input order whatever order they finish in, and the parts
of a file are merged back into exchange order, so `--jobs 1`, `--jobs 8` and a
cluster give byte-identical output. At most a few units per worker are in
flight, so memory does not grow with the number of inputs.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .detect.session_headers import merge_headers
from .detect.session_units import SessionUnits, joined
from .detect.session_values import merge_parts
from .engine import Engine, EngineOptions, tally_learned
from .model import Exchange, Finding
from .scan import (
    FileResult,
    analyse_exchanges,
    analyse_file,
    drop_units,
    read_error,
    settle_headers,
    without_fleets,
)
from .sinks.jsonl_sink import finding_line
from .sources import SourceError, SourceOptions, expand_inputs, read_exchanges, sniff

if TYPE_CHECKING:
    from concurrent.futures import Future

SPLIT_BYTES = 16 * 1024 * 1024
"""Files at least this large are split into parts when more than one worker runs."""
PCAP_SPLIT_BYTES = 2 * 1024 * 1024
PCAP_PARTS = 2
"""A cluster's parts of a capture each re-read it: past two, that costs more than it saves."""
RUN_EXCHANGES = 128
"""Exchanges a worker gets at once from a streamed input: enough that handing a run over
and merging its session state back (learned values, headers, units) stay cheap (runs of
48 cost a 1,000-request capture 0.05 s of wall time in merges), few enough that the
workers start early and finish together."""


@dataclass(frozen=True, slots=True)
class WorkUnit:
    path: str
    part: int = 0
    parts: int = 1


Run = list[tuple[int, Exchange]]
"""Consecutive exchanges of one input, each with its index in the input."""

_ENGINES: dict[EngineOptions, Engine] = {}


def prepare(options: EngineOptions) -> Engine:
    """Build (once per process) the engine for these options.

    Called in the parent before workers fork, so that they inherit a built engine
    instead of each loading rules and reference data again; it also makes a bad
    option file fail once, in the parent, with its one-line message.
    """
    return _engine(options)


def _engine(options: EngineOptions) -> Engine:
    """One engine per worker process (loading rules and reference data is the slow part)."""
    engine = _ENGINES.get(options)
    if engine is None:
        engine = _ENGINES[options] = options.build()
    return engine


def is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def expand(paths: Iterable[str]) -> list[str]:
    """Local files and folders as `scan` takes them, plus fsspec URLs (s3://, gs://, ...)."""
    out: list[str] = []
    for raw in paths:
        if not is_url(raw):
            out.extend(str(p) for p in expand_inputs([raw]))
            continue
        import fsspec

        fs, root = fsspec.core.url_to_fs(raw)
        protocol = raw.split("://", 1)[0]
        found = sorted(fs.find(root)) if fs.isdir(root) else [root]
        out.extend(f"{protocol}://{p.split('://', 1)[-1].lstrip('/')}" for p in found)
    return out


def plan(paths: Iterable[str], jobs: int, split_bytes: int | None = None) -> list[WorkUnit]:
    split_bytes = SPLIT_BYTES if split_bytes is None else split_bytes
    units: list[WorkUnit] = []
    for path in paths:
        parts = 1
        if jobs > 1 and not is_url(path):
            try:
                size = os.path.getsize(path)
                kind = sniff(Path(path))
                if kind in ("har", "flows") and size >= split_bytes:
                    parts = min(jobs, -(-size // split_bytes))
                elif kind in ("pcap", "pcapng") and size >= PCAP_SPLIT_BYTES:
                    parts = min(jobs, PCAP_PARTS)
            except (OSError, SourceError):
                parts = 1  # the unit itself reports the problem
        units.extend(WorkUnit(path, k, parts) for k in range(parts))
    return units


def run_unit(
    unit: WorkUnit,
    engine_options: EngineOptions,
    source_options: SourceOptions,
    serialize: bool = False,
) -> FileResult:
    """Analyse one unit; the only function a worker runs.

    With `serialize`, findings come back as their JSONL lines: the worker then
    does the serialising, and the parent only writes, which is what keeps it
    from becoming the bottleneck when all cores analyse.
    """
    result = _analyse_unit(unit, _engine(engine_options), source_options)
    return _serialized(result) if serialize else result


def run_exchanges(
    path: str,
    run: Run,
    engine_options: EngineOptions,
    serialize: bool = False,
) -> FileResult:
    """Analyse a run of a streamed input's exchanges (see `_streamed`), in a worker."""
    result = analyse_exchanges(path, _engine(engine_options), run)
    return _serialized(result) if serialize else result


def _serialized(result: FileResult) -> FileResult:
    result.lines = [finding_line(f) for f in result.findings]
    result.findings = []
    return result


def _analyse_unit(unit: WorkUnit, engine: Engine, source_options: SourceOptions) -> FileResult:
    if not is_url(unit.path):
        return analyse_file(unit.path, engine, source_options, unit.part, unit.parts)
    import fsspec

    suffix = Path(unit.path.split("?")[0]).suffix
    with tempfile.NamedTemporaryFile(suffix=suffix) as local:
        try:
            with fsspec.open(unit.path, "rb") as remote:
                shutil.copyfileobj(remote, local, 1 << 20)
            local.flush()
        except (OSError, ValueError) as exc:
            return FileResult(unit.path, error=f"{unit.path}: cannot fetch: {exc}")
        result = analyse_file(local.name, engine, source_options, unit.part, unit.parts)
    result.path = unit.path
    for finding in result.findings:
        finding.source = unit.path
    if result.error:
        result.error = result.error.replace(local.name, unit.path)
    return result


def merge(parts: list[FileResult], engine_options: EngineOptions | None = None) -> FileResult:
    """The parts of one file back into one result, findings in exchange order."""
    if len(parts) == 1:
        if engine_options is not None:  # a streamed input of one run: read as a whole file
            settle_headers(parts[0], _engine(engine_options))
        parts[0].headers = None
        drop_units(parts[0])
        return parts[0]
    merged = FileResult(parts[0].path)
    serialized = parts[0].lines is not None
    pairs = [
        (index, item)
        for part in parts
        for index, item in zip(
            part.finding_exchange,
            part.lines if serialized else part.findings,  # type: ignore[arg-type]
            strict=True,
        )
    ]
    units = merged_units(parts)
    across = _across_parts(parts, engine_options, units) + _headers(parts, engine_options)
    for index, finding in across:
        pairs.append((index, finding_line(finding) if serialized else finding))
    pairs.sort(key=lambda pair: pair[0])  # stable: a part's findings keep their order
    pairs = without_fleets(pairs, units, serialized, merged)
    if serialized:
        merged.lines = [line for _, line in pairs]  # type: ignore[misc]
    else:
        merged.findings = [finding for _, finding in pairs]  # type: ignore[misc]
    merged.finding_exchange = [index for index, _ in pairs]
    for part in parts:
        merged.flows += part.flows
        merged.flows_by_host.update(part.flows_by_host)
        merged.destinations.update(part.destinations)
        merged.warnings.extend(w for w in part.warnings if w not in merged.warnings)
        merged.unanalysed += part.unanalysed
        merged.failure = merged.failure or part.failure
        if part.error and not merged.error:
            merged.error = part.error
    return merged


def _across_parts(
    parts: list[FileResult], engine_options: EngineOptions | None, units: SessionUnits | None
) -> list[tuple[int, Finding]]:
    """Device ids one part learned that another part carries (see `session_values`):
    what makes a split file's findings those of the file read whole."""
    sessions = [part.session for part in parts if part.session is not None]
    if len(sessions) < 2 or engine_options is None:
        return []
    hits = merge_parts(sessions)
    if units is not None:
        tally_learned(units, hits)
    findings = _engine(engine_options).learned_findings(hits)
    return [(hit.ref.index, finding) for hit, finding in zip(hits, findings, strict=True)]


def _headers(
    parts: list[FileResult], engine_options: EngineOptions | None
) -> list[tuple[int, Finding]]:
    """Device-binding headers read over the whole file (see `session_headers`): a header
    sent three times may be sent once in each part."""
    kept = [part.headers for part in parts if part.headers is not None]
    for part in parts:
        part.headers = None
    if not kept or engine_options is None:
        return []
    hits = merge_headers(kept).settle()
    findings = _engine(engine_options).header_findings(hits)
    return [(hit.ref.index, finding) for hit, finding in zip(hits, findings, strict=True)]


def merged_units(parts: list[FileResult]) -> SessionUnits | None:
    return joined([part.units for part in parts])


Submit = Callable[[WorkUnit], "Future[FileResult]"]


def _ordered(
    units: list[WorkUnit],
    submit: Submit,
    window: int,
    engine_options: EngineOptions | None = None,
) -> Iterator[FileResult]:
    """Submit up to `window` units ahead; yield whole files in input order."""
    pending: deque[tuple[WorkUnit, Future[FileResult]]] = deque()
    queue = iter(units)
    group: list[FileResult] = []
    for unit in queue:
        pending.append((unit, submit(unit)))
        if len(pending) >= window:
            break
    while pending:
        unit, future = pending.popleft()
        try:
            result = future.result()
        except Exception:
            try:
                result = submit(unit).result()
            except Exception as exc:
                result = FileResult(unit.path, error=f"{unit.path}: analysis failed: {exc!r}")
        nxt = next(queue, None)
        if nxt is not None:
            pending.append((nxt, submit(nxt)))
        group.append(result)
        if unit.part == unit.parts - 1:
            yield merge(group, engine_options)
            group = []


def run_local(
    paths: Iterable[str],
    engine_options: EngineOptions,
    source_options: SourceOptions,
    jobs: int,
    serialize: bool = False,
) -> Iterator[FileResult]:
    files = expand(paths)
    units = plan(files, jobs)
    if jobs <= 1 or len(units) <= 1:
        # One unit (a single pcap, say) gains nothing from a pool but its start-up
        # and a copy of every result through a pipe: analyse it here.
        for unit in units:
            yield run_unit(unit, engine_options, source_options, serialize)
        return
    prepare(engine_options)
    from .detect.signatures import preload_patterns

    preload_patterns()  # read (or build, with its own pool) before the fork, not in each worker
    # The engine is built once and never freed: moved out of the collector's
    # sight, it is neither traversed by the workers' collections nor copied into
    # each worker page by page when a collection touches its objects' headers.
    gc.freeze()
    # fork: workers start with the parent's built engine (copy-on-write), which
    # is most of a worker's start-up cost otherwise. Workers touch no locks of the
    # parent's threads (the progress bar), so forking beside them is safe.
    import multiprocessing  # here, not at the top: a single input never starts a pool
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:

        def submit(unit: WorkUnit) -> Future[FileResult]:
            return pool.submit(run_unit, unit, engine_options, source_options, serialize)

        def submit_run(path: str, run: Run) -> Future[FileResult]:
            return pool.submit(run_exchanges, path, run, engine_options, serialize)

        for group in _groups(units):
            if group[0].parts > 1:
                yield _streamed(group[0].path, source_options, submit_run, jobs * 3, engine_options)
            else:
                yield from _ordered(group, submit, jobs * 3, engine_options)


def _groups(units: list[WorkUnit]) -> Iterator[list[WorkUnit]]:
    """Consecutive whole files together (a pool keeps them all in flight), and each
    split file on its own, since it is streamed."""
    group: list[WorkUnit] = []
    for unit in units:
        if unit.parts > 1:
            if group:
                yield group
                group = []
            if unit.part == 0:
                yield [unit]
        else:
            group.append(unit)
    if group:
        yield group


SubmitRun = Callable[[str, Run], "Future[FileResult]"]


def _streamed(
    path: str,
    source_options: SourceOptions,
    submit_run: SubmitRun,
    window: int,
    engine_options: EngineOptions,
) -> FileResult:
    """One large input read here and analysed by the workers, a run at a time, at most
    `window` runs in flight; the runs merge as parts do. A reading error keeps
    what was read before it, as `analyse_file` does."""
    pending: deque[tuple[Run, Future[FileResult]]] = deque()
    results: list[FileResult] = []
    error = None
    try:
        for run in _runs(read_exchanges(path, source_options)):
            pending.append((run, _submitted(submit_run, path, run)))
            if len(pending) >= window:
                results.append(_settled(path, *pending.popleft()))
    except Exception as exc:  # see read_error
        error = read_error(path, exc)
    results.extend(_settled(path, *pending.popleft()) for _ in range(len(pending)))
    merged = merge(results, engine_options) if results else FileResult(path)
    merged.error = merged.error or error
    return merged


def _runs(exchanges: Iterable[Exchange]) -> Iterator[Run]:
    """Runs of consecutive exchanges; a reading error comes after the last, short
    run of what was read before it."""
    run: Run = []
    try:
        for item in enumerate(exchanges):
            run.append(item)
            if len(run) == RUN_EXCHANGES:
                yield run
                run = []
    except Exception:
        if run:
            yield run
        raise
    if run:
        yield run


def _submitted(submit_run: SubmitRun, path: str, run: Run) -> Future[FileResult]:
    """The run's future; a pool broken by a dead worker refuses new work at once, and
    that refusal is the run's failure, not the reading's."""
    try:
        return submit_run(path, run)
    except Exception as exc:
        from concurrent.futures import Future

        refused: Future[FileResult] = Future()
        refused.set_exception(exc)
        return refused


def _settled(path: str, run: Run, future: Future[FileResult]) -> FileResult:
    """A run's result; a run whose worker died costs its exchanges, named, not the file."""
    try:
        return future.result()
    except Exception as exc:
        first, last = run[0][1].flow_id, run[-1][1].flow_id
        result = FileResult(path, unanalysed=len(run), flows=len(run))
        result.failure = f"flows {first} to {last}: analysis failed: {exc!r}"
        return result


def run_dask(
    paths: Iterable[str],
    engine_options: EngineOptions,
    source_options: SourceOptions,
    scheduler: Any,
    serialize: bool = False,
) -> Iterator[FileResult]:
    """The same job on a Dask cluster: `scheduler` is an address or a `Client`.

    Each file is one task, retried once if its worker fails; inputs must be on a
    path every worker can read, or at a URL fsspec understands.
    """
    from distributed import Client

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(unit: WorkUnit) -> Future[FileResult]:
            return client.submit(
                run_unit, unit, engine_options, source_options, serialize, retries=1, pure=False
            )

        yield from _ordered(plan(expand(paths), workers), submit, workers * 4, engine_options)
    finally:
        if client is not scheduler:
            client.close()
