"""The addon's commands: `exfilwatch.summary` and `exfilwatch.export PATH`.

A sub-addon of `ExfilWatch` (mitmproxy loads an addon's `addons` too), reading
the counts and recent findings the results keep on the event loop.
"""

from __future__ import annotations

import logging

import mitmproxy.types
from mitmproxy import command, exceptions

from ..sinks import private_open
from .results import Results
from .tally import summary_text

logger = logging.getLogger("exfilwatch.addon")


class Commands:
    def __init__(self, results: Results) -> None:
        self.results = results

    @command.command("exfilwatch.summary")
    def summary(self) -> str:
        """Findings so far: counts by category, owner and country, and exchanges dropped."""
        return summary_text(self.results.tally.snapshot())

    @command.command("exfilwatch.export")
    def export(self, path: mitmproxy.types.Path) -> None:
        """Write this session's findings to path as JSON Lines (owner-only file)."""
        lines = list(self.results.recent)
        try:
            with private_open(str(path), "w") as out:
                out.writelines(lines)
        except OSError as exc:
            raise exceptions.CommandError(f"cannot write {path}: {exc.strerror}") from None
        note = ""
        total = self.results.tally.findings
        if total > len(lines):
            note = f" (the oldest {total - len(lines)} are only in exfilwatch_jsonl)"
        logger.info(f"exfilwatch: exported {len(lines)} finding(s) to {path}{note}")
