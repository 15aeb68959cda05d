"""Live terminal dashboard: what leaves the phone, to whom and where, as it happens.

`run_dashboard(source)` is the one entry point other commands need (`exfilwatch
dashboard`, `exfilwatch proxy --dashboard`). The pieces, each usable alone:

- `follow.LineFollower`: tails a file by byte offset, complete lines only,
  surviving late creation, truncation and rotation.
- `readers`: the `FindingReader` interface, the JSONL reader, and the hook
  where the findings store's reader plugs in (`open_reader`).
- `aggregate.DashboardModel`: incremental totals, destinations and countries
  over the filtered view; no Textual, so tests and the bench drive it directly.
- `app.DashboardApp`: the Textual app; `screens`: drill-down and export.
"""

from __future__ import annotations

import os

from .aggregate import DashboardModel, Filter
from .readers import FindingReader, JsonlReader, ReadBatch, open_reader

__all__ = [
    "DashboardModel",
    "Filter",
    "FindingReader",
    "JsonlReader",
    "ReadBatch",
    "open_reader",
    "run_dashboard",
]


def run_dashboard(
    source: str | os.PathLike[str],
    *,
    initial_filter: Filter | None = None,
    feed_rows: int = 500,
    poll_interval: float = 0.1,
    output_dir: str | os.PathLike[str] = ".",
) -> None:
    """Run the dashboard on `source` (findings JSONL or store) until the user quits.

    Needs a terminal. Raises ValueError (one line) when `source` cannot be a
    findings source; a JSONL that does not exist yet is waited for.
    """
    from .app import DashboardApp  # Textual only when the dashboard really runs

    app = DashboardApp(
        open_reader(source),
        initial_filter=initial_filter,
        feed_rows=feed_rows,
        poll_interval=poll_interval,
        output_dir=output_dir,
    )
    app.run()
