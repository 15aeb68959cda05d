"""A progress bar for long scans (files, flows, findings, rate, ETA) on a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..scan import FileResult

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress


class Progress:
    """Counts results as they pass; draws a rich bar only when enabled."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.started = time.monotonic()
        self.flows = self.findings = 0
        self._bar: RichProgress | None = None
        if enabled:
            # rich is imported only for a terminal: a tenth of a second of every
            # start that writes JSONL to a pipe or a file
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("[bold]scan"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(
                    "files · {task.fields[flows]:,} flows · {task.fields[findings]:,} findings"
                ),
                TextColumn("· {task.fields[rate]:,.0f} flows/s"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(file=sys.stderr),
                transient=False,
            )
            self._task = self._bar.add_task("scan", total=total, flows=0, findings=0, rate=0.0)
            self._bar.start()

    def track(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        for result in results:
            self.flows += result.flows
            self.findings += result.count
            if self._bar is not None:
                rate = self.flows / max(self.elapsed(), 1e-6)
                self._bar.update(
                    self._task, advance=1, flows=self.flows, findings=self.findings, rate=rate
                )
            yield result

    def print(self, message: str) -> None:
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
