"""`--store FILE` for commands that produce findings (scan): record them as they come.

Kept out of `cli/scan.py` so that scan needs only three added lines: one to add
the options, one to record each file's result, one to close the run.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..scan import FileResult


def add_store_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("findings store")
    group.add_argument(
        "--store", metavar="FILE", help="also record the run and its findings in this SQLite store"
    )
    group.add_argument("--app", help="the app under test, recorded with the run")
    group.add_argument("--device", help="the test device, recorded with the run")


class Recorder:
    """One run in the store: its inputs (with SHA-256), destinations, flows and findings."""

    def __init__(self, args: argparse.Namespace) -> None:
        from ..detect.signatures import load_signatures
        from ..sinks.store import Store, rule_versions

        rules = rule_versions(load_signatures(getattr(args, "signatures", ())))
        self.store = Store(args.store)
        self.run = self.store.start_run(
            app=getattr(args, "app", None),
            device=getattr(args, "device", None),
            rules=rules,
            command=shlex.join(["exfilwatch", *sys.argv[1:]]),
        )

    def add(self, result: FileResult) -> None:
        """Called per input file as scan finishes it, so readers see findings at once."""
        from ..sinks.store import InputFile

        self.store.add_inputs([InputFile.of(result.path)], self.run)
        self.store.add_findings(result.findings, self.run)
        self.store.add_flow_counts(result.flows_by_host, result.destinations, self.run)

    def close(self) -> None:
        self.store.end_run(self.run)
        self.store.close()


def open_recorder(args: argparse.Namespace) -> Recorder | None:
    return Recorder(args) if getattr(args, "store", None) else None
