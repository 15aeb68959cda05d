"""One set of findings, whatever it was read from: a JSONL file, a store, or captures.

`report`, `check` and `diff` all take "STORE or FINDINGS.jsonl" (and `check` and
`diff` captures too); this module turns each into the same `Collection`, so that
those commands never care where their findings came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Finding
from .store import DestinationStat, FindingFilter, InputFile, RunInfo, Store, StoreError, is_store

JSONL_SUFFIXES = (".jsonl", ".ndjson")
_MAX_ERRORS = 20
_RUN_SUFFIX = re.compile(r"^(?P<path>.+)@(?P<run>\d+)$")


@dataclass(slots=True)
class Collection:
    """Findings plus what a reader needs to trust them: runs, inputs, destinations."""

    label: str
    findings: list[Finding] = field(default_factory=list)
    runs: list[RunInfo] = field(default_factory=list)
    destinations: dict[str, DestinationStat] = field(default_factory=dict)
    inputs: list[InputFile] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def extend(self, other: Collection) -> None:
        self.findings.extend(other.findings)
        self.runs.extend(other.runs)
        self.inputs.extend(other.inputs)
        self.errors.extend(other.errors)
        for host, stat in other.destinations.items():
            mine = self.destinations.get(host)
            if mine is None:
                self.destinations[host] = DestinationStat(stat.destination, stat.flows)
            elif stat.flows is not None:
                mine.flows = (mine.flows or 0) + stat.flows


def is_findings_jsonl(path: str | Path) -> bool:
    """A findings file, told from a HAR (also JSON) by its first line's keys."""
    path = Path(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        return True
    try:
        with path.open("rb") as f:
            first = f.readline(1 << 20)
            while first and not first.strip():
                first = f.readline(1 << 20)
    except OSError:
        return False
    try:
        data = json.loads(first)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and "category" in data and "flow" in data


def parse_line(line: str) -> Finding:
    """One JSONL line -> Finding; ValueError with the reason when it is not one."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise ValueError(f"invalid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    for key in ("category", "signature", "flow", "url"):
        if not isinstance(data.get(key), str):
            raise ValueError(f"missing or non-text {key!r}")
    if not isinstance(data.get("destination", {}), dict):
        raise ValueError("'destination' is not an object")
    try:
        return Finding.from_dict(data)
    except TypeError as exc:
        raise ValueError(str(exc).replace("Finding.__init__() ", "")) from None


def read_jsonl(path: str | Path) -> tuple[list[tuple[Finding, str]], list[str]]:
    """(finding, line) pairs and one-line errors; a bad line costs that line only."""
    records: list[tuple[Finding, str]] = []
    errors: list[str] = []
    bad = 0
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    records.append((parse_line(line), line))
                except ValueError as exc:
                    bad += 1
                    if bad <= _MAX_ERRORS:
                        errors.append(f"{path}:{number}: not a finding: {exc}")
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror}") from None
    if bad > _MAX_ERRORS:
        errors.append(f"{path}: {bad - _MAX_ERRORS} more bad line(s)")
    return records, errors


def destinations_of(findings: Iterable[Finding]) -> dict[str, DestinationStat]:
    """Destinations known from findings alone (flow counts unknown)."""
    out: dict[str, DestinationStat] = {}
    for f in findings:
        host = f.destination.host
        if host not in out:
            out[host] = DestinationStat(f.destination, None)
    return out


def load_jsonl(path: str | Path) -> Collection:
    records, errors = read_jsonl(path)
    findings = [f for f, _ in records]
    return Collection(
        str(path), findings, [], destinations_of(findings), [InputFile.of(path)], errors
    )


def load_store(path: str | Path, run: int | None = None) -> Collection:
    with Store(path, readonly=True) as store:
        runs = store.runs()
        if run is not None:
            runs = [r for r in runs if r.id == run]
            if not runs:
                raise StoreError(f"{path}: no run {run} in this store")
        findings = store.findings(FindingFilter(run=run))
        destinations = store.destinations(run)
    label = f"{path}@{run}" if run is not None else str(path)
    return Collection(label, findings, runs, destinations)


def split_run(spec: str) -> tuple[str, int | None]:
    """`store.db@3` names run 3 of a store (when no file is literally called that)."""
    match = _RUN_SUFFIX.match(spec)
    if match and not Path(spec).exists() and Path(match["path"]).is_file():
        return match["path"], int(match["run"])
    return spec, None


def load_findings(spec: str | Path) -> Collection:
    """A store (optionally `@RUN`) or a findings JSONL file; StoreError if neither."""
    path_text, run = split_run(str(spec))
    path = Path(path_text)
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    if is_store(path):
        return load_store(path, run)
    if is_findings_jsonl(path):
        return load_jsonl(path)
    raise StoreError(f"{path}: not a findings JSONL file or an exfilwatch store")
