"""Batch runs: many inputs over all cores, or over a Dask cluster.

Design
------
The unit of work is a `WorkUnit`: a file, or one of `parts` interleaved slices
of a large input (exchange `i` belongs to part `i % parts`; every part reads the
file but analyses only its own exchanges, and analysis is where the time goes).
A capture splits the same way, but each part must reassemble and decrypt the
whole capture (its TCP streams cross any byte range), which costs about two
thirds of the analysis; so a capture splits at a smaller size and into at most
`PCAP_PARTS` parts, past which re-reading it would cost more than it saves.

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

from .detect.session_values import merge_parts
from .engine import Engine, EngineOptions
from .model import Finding
from .scan import FileResult, analyse_file
from .sinks.jsonl_sink import finding_line
from .sources import SourceError, SourceOptions, expand_inputs, sniff

if TYPE_CHECKING:
    from concurrent.futures import Future

SPLIT_BYTES = 16 * 1024 * 1024
"""Files at least this large are split into parts when more than one worker runs."""
PCAP_SPLIT_BYTES = 2 * 1024 * 1024
PCAP_PARTS = 2


@dataclass(frozen=True, slots=True)
class WorkUnit:
    path: str
    part: int = 0
    parts: int = 1


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


def plan(paths: Iterable[str], jobs: int, split_bytes: int = SPLIT_BYTES) -> list[WorkUnit]:
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
    if serialize:
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
    for index, finding in _across_parts(parts, engine_options):
        pairs.append((index, finding_line(finding) if serialized else finding))
    pairs.sort(key=lambda pair: pair[0])  # stable: a part's findings keep their order
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
    parts: list[FileResult], engine_options: EngineOptions | None
) -> list[tuple[int, Finding]]:
    """Device ids one part learned that another part carries (see `session_values`):
    what makes a split file's findings those of the file read whole."""
    sessions = [part.session for part in parts if part.session is not None]
    if len(sessions) < 2 or engine_options is None:
        return []
    hits = merge_parts(sessions)
    findings = _engine(engine_options).learned_findings(hits)
    return [(hit.ref.index, finding) for hit, finding in zip(hits, findings, strict=True)]


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

        yield from _ordered(units, submit, jobs * 3, engine_options)


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
