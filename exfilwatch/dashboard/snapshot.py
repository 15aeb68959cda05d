"""An SVG picture of the dashboard without a terminal: for reports and the README.

Runs the app headless, lets it read the whole source, then saves Textual's own
SVG screenshot. Reading "the whole source" means polling until a poll brings
nothing new, since a file may still be growing.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .aggregate import Filter
from .readers import FindingReader

if TYPE_CHECKING:
    from textual.app import App

# Rich's SVG template loads its font from a CDN; a screenshot of findings should
# not make whoever opens it contact a third party. The local font (or monospace)
# is used instead.
_REMOTE_FONT = re.compile(r',\s*url\("https?://[^"]*"\)\s*format\("[^"]*"\)')


def save_svg(app: App, filename: str | None = None, path: str | Path = ".") -> str:
    """Textual's `save_screenshot`, made offline and owner-only; returns the file's path."""
    saved = app.save_screenshot(filename=filename, path=str(path))
    text = Path(saved).read_text(encoding="utf-8")
    Path(saved).write_text(_REMOTE_FONT.sub("", text), encoding="utf-8")
    os.chmod(saved, 0o600)
    return saved


async def snapshot(
    reader: FindingReader,
    out: str | Path,
    size: tuple[int, int] = (160, 48),
    initial_filter: Filter | None = None,
    feed_rows: int = 500,
    settle_seconds: float = 30.0,
) -> int:
    """Save an SVG of the dashboard on `reader`'s findings; returns how many it shows."""
    from .app import DashboardApp

    app = DashboardApp(
        reader, initial_filter=initial_filter, feed_rows=feed_rows, poll_interval=0.05
    )
    out = Path(out)
    async with app.run_test(size=size) as pilot:
        await settle(pilot, app, settle_seconds)
        save_svg(app, filename=out.name, path=out.parent)
        return app.model.view.total


async def settle(pilot, app, limit: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until the reader has caught up and the screen shows it."""
    waited, quiet, last = 0.0, 0, -1
    while waited < limit and quiet < 4:
        await pilot.pause(0.1)
        waited += 0.1
        version = app.model.version
        quiet = quiet + 1 if version == last else 0
        last = version
    app.redraw(force=True)
    await pilot.pause(0.1)
