"""Inputs of `check` and `diff`: findings JSONL, stores (`DB@RUN`) or captures.

Captures (HAR, flow dumps, pcap) go through the same engine as `scan`, built
only when one is given, so that a CI job can gate on its raw test traffic as
well as on findings an earlier step wrote.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..sinks.collection import Collection, is_findings_jsonl, load_findings, split_run
from ..sinks.store import DestinationStat, InputFile, StoreError, is_store
from ..sources import SourceOptions, expand_inputs
from .options import add_engine_options, engine_from_args

if TYPE_CHECKING:  # the engine is imported only when a capture is given
    from ..engine import Engine
    from ..scan import FileResult


def add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keylog", metavar="FILE", help="TLS key log for pcap inputs")
    add_engine_options(parser)


def from_result(result: FileResult) -> Collection:
    destinations = {
        host: DestinationStat(result.destinations[host], n)
        for host, n in result.flows_by_host.items()
        if host in result.destinations
    }
    errors = [result.error] if result.error else []
    return Collection(
        result.path, result.findings, [], destinations, [InputFile.of(result.path)], errors
    )


class InputLoader:
    """Loads each input into one Collection; a bad input is an error line, not a stop."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._engine: Engine | None = None

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = engine_from_args(self.args)
        return self._engine

    def load(self, specs: list[str], label: str | None = None) -> Collection:
        total = Collection(label or ", ".join(specs))
        for spec in specs:
            for item in self._expand(spec):
                total.extend(self._one(item))
        return total

    def _expand(self, spec: str) -> list[str]:
        path = Path(spec)
        if path.is_dir():
            found = [str(p) for p in expand_inputs([path])]
            found += sorted(str(p) for p in path.rglob("*.jsonl"))
            return found or [spec]
        return [spec]

    def _one(self, spec: str) -> Collection:
        path_text, _ = split_run(spec)
        path = Path(path_text)
        try:
            if not path.exists():
                raise StoreError(f"{path}: no such file")
            if path.is_dir():
                raise StoreError(f"{path}: no captures or findings files in this folder")
            if is_store(path) or is_findings_jsonl(path):
                return load_findings(spec)
        except StoreError as exc:
            return Collection(spec, errors=[str(exc)])
        from ..scan import analyse_file

        keylog = getattr(self.args, "keylog", None)
        return from_result(analyse_file(path, self.engine(), SourceOptions(keylog=keylog)))
