"""The Textual dashboard driven by the Pilot: panels, keys, filters, drill-down, a growing file."""

from __future__ import annotations

import asyncio
import functools
import io
import json
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from textual.widgets import DataTable, Input, Label, Select, Static

from exfilwatch.cli import main
from exfilwatch.dashboard.app import CategoryRow, DashboardApp
from exfilwatch.dashboard.readers import JsonlReader
from exfilwatch.dashboard.sample import sample_findings
from exfilwatch.dashboard.screens import ExportScreen, FindingScreen
from exfilwatch.sinks.jsonl_sink import finding_line, write_findings

SIZE = (160, 48)


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test with asyncio.run: no pytest async plugin needed."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


def write_sample(path: Path, count: int, **kw: float) -> None:
    with path.open("a", encoding="utf-8") as out:
        write_findings(out, sample_findings(count, **kw))


def make_app(path: Path, **kw: object) -> DashboardApp:
    return DashboardApp(
        JsonlReader(path), poll_interval=0.05, redraw_interval=0.05, output_dir=path.parent, **kw
    )


async def wait_until(pilot, condition: Callable[[], bool], timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.05)


def column(table: DataTable, index: int) -> list[str]:
    return [str(table.get_row_at(r)[index]) for r in range(table.row_count)]


def plain(renderable: object) -> str:
    console = Console(width=200, file=io.StringIO(), record=True)
    console.print(renderable)
    return console.export_text()


def count_label(row: CategoryRow) -> str | None:
    labels = row.query(".count")
    return plain(labels.first(Label).content).strip() if labels else None


def status_text(app: DashboardApp) -> str:
    return str(app.query_one("#status", Static).render())


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "findings.jsonl"
    write_sample(path, 120)
    return path


@sync
async def test_panels_show_categories_owners_and_countries(sample: Path) -> None:
    app = make_app(sample)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.model.all.total == 120)
        await wait_until(pilot, lambda: app.drawn_version == app.model.version)
        rows = {row.category: row for row in app.query(CategoryRow)}
        assert set(rows) == {"biometric", "viewing_history", "device_id", "contact"}
        await pilot.pause()
        for category, row in rows.items():  # the figures reached the screen, not just the model
            wanted = f"{app.model.view.by_category[category]:,}"
            await wait_until(
                pilot, lambda row=row, wanted=wanted: count_label(row) == wanted, timeout=2
            )
        destinations = app.query_one("#destinations", DataTable)
        owners = column(destinations, 1)
        assert "ByteDance Ltd." in owners and "Adjust GmbH" in owners
        findings = [int(n.replace(",", "")) for n in column(destinations, 5)]
        assert findings == sorted(findings, reverse=True)
        assert "CN" in column(app.query_one("#countries", DataTable), 0)
        feed = app.query_one("#feed", DataTable)
        assert feed.row_count == 120
        assert "120 findings" in status_text(app) and "60 flows" in status_text(app)


@sync
async def test_file_growing_while_the_app_runs(tmp_path: Path) -> None:
    path = tmp_path / "later.jsonl"  # does not exist yet: the proxy creates it
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        assert "waiting" in status_text(app)
        write_sample(path, 10)
        await wait_until(pilot, lambda: app.query_one("#feed", DataTable).row_count == 10)
        new = next(sample_findings(1, seed=99, start=1_900_000_000.0))
        new.destination.host = "brand-new.pangle.io"
        started = time.monotonic()
        with path.open("a") as out:
            out.write(finding_line(new)[:50])  # half a line: not shown, not "bad"
            out.flush()
            await pilot.pause(0.2)
            assert app.model.all.total == 10 and app.model.bad == 0
            out.write(finding_line(new)[50:])
        feed = app.query_one("#feed", DataTable)
        await wait_until(
            pilot,
            lambda: feed.row_count == 11 and feed.get_row_at(0)[3].plain == "brand-new.pangle.io",
        )
        assert time.monotonic() - started < 1.5  # includes the deliberate 0.2 s pause
        with path.open("a") as out:
            out.write("{broken\n")
        await wait_until(pilot, lambda: app.model.bad == 1)
        await wait_until(pilot, lambda: "1 dropped" in status_text(app))


@sync
async def test_truncated_file_keeps_what_was_shown_and_reads_the_new_run(sample: Path) -> None:
    app = make_app(sample)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.model.all.total == 120)
        sample.write_text("".join(finding_line(f) for f in sample_findings(3, seed=5)))
        await wait_until(pilot, lambda: app.model.all.total == 123)
        await wait_until(pilot, lambda: "truncated" in status_text(app))


@sync
async def test_filter_keys_search_and_clear(sample: Path) -> None:
    app = make_app(sample)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.model.all.total == 120)
        await pilot.press("c")  # first category, alphabetically
        assert app.model.filter.category == "biometric"
        # the filter bar's Select and the feed follow the model on the next refresh
        # (a shared machine once asserted before it: CI, tenth session)
        await wait_until(pilot, lambda: app.query_one("#f-category", Select).value == "biometric")
        feed = app.query_one("#feed", DataTable)
        await wait_until(pilot, lambda: set(column(feed, 2)) == {"Biometric"})
        await pilot.press("c")
        assert app.model.filter.category == "contact"
        await pilot.press("o")
        assert app.model.filter.owner == "Adjust GmbH"
        await pilot.press("x")
        assert not app.model.filter.active
        await pilot.press("slash")
        assert app.focused is app.query_one("#search", Input)
        await pilot.press(*"pangle")  # typed into the search box, not taken as key bindings
        await wait_until(pilot, lambda: app.model.filter.text == "pangle")
        assert app.model.filter.category is None
        assert set(column(feed, 3)) == {"api16-access-sg.pangle.io"}
        await pilot.press("enter")  # back to the feed
        assert app.focused is feed
        await pilot.press("g")
        assert app.model.filter.country == "CN"
        assert "country=CN" in status_text(app) and "shown" in status_text(app)


@sync
async def test_select_menu_with_the_mouse(sample: Path) -> None:
    app = make_app(sample)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.model.all.total == 120)
        await wait_until(pilot, lambda: app.drawn_version == app.model.version)
        app.query_one("#f-party", Select).value = "first"
        await pilot.pause()
        assert app.model.filter.party == "first"
        assert set(column(app.query_one("#destinations", DataTable), 4)) == {"first"}
        row = next(r for r in app.query(CategoryRow) if r.category == "device_id")
        await pilot.click(row)
        assert app.model.filter.category == "device_id"
        await pilot.click(row)  # again: off
        assert app.model.filter.category is None


@sync
async def test_selecting_a_destination_or_country_filters(sample: Path) -> None:
    app = make_app(sample)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.model.all.total == 120)
        await wait_until(pilot, lambda: app.drawn_version == app.model.version)
        table = app.query_one("#destinations", DataTable)
        table.focus()
        owner = str(table.get_row_at(0)[1])
        await pilot.press("enter")
        assert app.model.filter.owner == owner
        countries = app.query_one("#countries", DataTable)
        countries.focus()
        countries.move_cursor(row=0)
        await pilot.pause()
        country = str(countries.get_row_at(0)[0])
        await pilot.press("enter")
        assert app.model.filter.country == country


@sync
async def test_drill_down_shows_request_path_evidence_rule_and_destination(sample: Path) -> None:
    app = make_app(sample)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.model.all.total == 120)
        await wait_until(pilot, lambda: app.query_one("#feed", DataTable).row_count == 120)
        app.set_filter(text="android_id")
        await pilot.press("f", "enter")  # to the newest finding, and open it
        assert isinstance(app.screen, FindingScreen)
        finding = app.screen.finding
        assert finding is app.model.findings[max(app.model.view_indexes or [])]
        text = plain(app.screen.query_one("#detail-body", Static).content)
        assert f"{finding.method} {finding.url}" in text
        assert "body.form.data|base64|json.$android_id" in text
        assert "raw → base64 → json" in text
        assert finding.evidence in text and "9774d56d682e549c" not in text  # redacted
        assert finding.signature in text
        assert (finding.destination.owner or "") in text
        await pilot.press("c", "e")  # filter and export keys wait for the main screen
        assert isinstance(app.screen, FindingScreen) and app.model.filter.category is None
        await pilot.press("escape")
        assert not isinstance(app.screen, FindingScreen)


@sync
async def test_pause_and_resume(sample: Path) -> None:
    app = make_app(sample)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.model.all.total == 120)
        await pilot.press("p")
        assert app.paused and "paused" in status_text(app)
        write_sample(sample, 5, start=1_900_000_000.0)
        await pilot.pause(0.4)
        assert app.model.all.total == 120
        await pilot.press("p")
        await wait_until(pilot, lambda: app.model.all.total == 125)


@sync
async def test_export_and_screenshot(sample: Path) -> None:
    app = make_app(sample)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.model.all.total == 120)
        app.set_filter(owner="ByteDance Ltd.")
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        field = app.screen.query_one(Input)
        target = sample.parent / "bytedance.csv"
        field.value = str(target)
        await pilot.press("enter")
        await wait_until(pilot, lambda: target.exists() and target.stat().st_size > 0)
        await asyncio.sleep(0.1)
        lines = target.read_text().splitlines()
        assert len(lines) == 1 + app.model.view.total
        await pilot.press("e", "enter")  # the default name: JSONL
        await wait_until(pilot, lambda: any(sample.parent.glob("exfilwatch-view-*.jsonl")))
        await pilot.press("s")
        await wait_until(pilot, lambda: any(sample.parent.glob("*.svg")))
        svg = next(sample.parent.glob("*.svg")).read_text()
        assert "ByteDance" in svg


def test_cli_screenshot_and_bad_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "f.jsonl"
    write_sample(source, 50)
    out = tmp_path / "shot.svg"
    assert main(["dashboard", str(source), "--screenshot", str(out), "--size", "120x40"]) == 0
    assert "Biometric" in out.read_text()
    assert 'url("http' not in out.read_text()  # no remote font to fetch
    assert out.stat().st_mode & 0o077 == 0
    assert main(["dashboard", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "folder" in err[0]
    assert main(["dashboard", str(source), "--screenshot", str(out), "--size", "big"]) == 2


def test_run_dashboard_is_exposed() -> None:
    from exfilwatch.dashboard import run_dashboard

    assert callable(run_dashboard)
    json.dumps({"ok": True})


@sync
async def test_backlog_read_in_many_batches_ends_with_a_full_feed(sample: Path) -> None:
    app = DashboardApp(JsonlReader(sample, chunk=4096), poll_interval=0.05, redraw_interval=0.05)
    async with app.run_test(size=SIZE) as pilot:
        feed = app.query_one("#feed", DataTable)
        await wait_until(pilot, lambda: feed.row_count == 120 and not app.catching_up)
        assert feed.get_row_at(0)[0] == 120  # newest first
        assert "following" in status_text(app)
