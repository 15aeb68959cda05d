"""The Textual app: panels over a `DashboardModel`, fed by a reader in a thread.

Data flow, one direction only: a worker thread polls the reader (file I/O and
JSON parsing stay off the event loop) and hands each batch to the UI thread,
which adds it to the model (cheap, incremental). A timer redraws the panels at
most a few times a second, and only when the model's version moved, so a burst
of findings costs one redraw, not one per finding. Tables are Textual
DataTables (they only render the visible lines); the live feed is capped.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, Label, Select, Sparkline, Static
from textual.worker import Worker, get_current_worker

from ..model import Finding
from .aggregate import DashboardModel, Filter, owner_of
from .export import export_findings
from .readers import FindingReader, ReadBatch
from .screens import ExportScreen, FindingScreen
from .snapshot import save_svg
from .style import category_label, category_short, category_style

FILTER_FIELDS = ("category", "owner", "country", "party")
SPARK_BINS = 40
DESTINATION_ROWS = 100
SEARCH_DELAY = 0.3
MAIN_SCREEN_ACTIONS = frozenset({"cycle", "clear_filters", "newest", "export"})
CATCH_UP_REDRAW = 1.0  # seconds between redraws while reading a backlog


class CategoryRow(Horizontal):
    """One category: name, count and its activity over the session. Click to filter."""

    class Picked(Message):
        def __init__(self, category: str) -> None:
            super().__init__()
            self.category = category

    def __init__(self, category: str) -> None:
        super().__init__()
        self.category = category
        self._shown: tuple[int, list[float]] = (-1, [])
        self._wanted: tuple[int, list[float]] = (0, [0.0])

    def compose(self) -> ComposeResult:
        label = Text(category_label(self.category), style=category_style(self.category))
        yield Label(label, classes="name")
        yield Label("0", classes="count")
        yield Sparkline([0.0], summary_function=max)

    def show(self, count: int, series: list[float]) -> None:
        """Show these figures now, or as soon as the row is mounted."""
        self._wanted = (count, series)
        if self.is_mounted:
            self._apply()

    def on_mount(self) -> None:
        self._apply()

    def _apply(self) -> None:
        if self._wanted == self._shown:
            return
        try:
            count_label, sparkline = self.query_one(".count", Label), self.query_one(Sparkline)
        except NoMatches:  # not composed yet: on_mount will come
            return
        self._shown = self._wanted
        count_label.update(f"{self._wanted[0]:,}")
        sparkline.data = self._wanted[1]

    def on_click(self) -> None:
        self.post_message(self.Picked(self.category))


class DashboardApp(App[None]):
    """`exfilwatch dashboard`: what leaves the phone, to whom and where, live."""

    CSS_PATH = "dashboard.tcss"
    TITLE = "exfilwatch dashboard"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("p", "toggle_pause", "Pause/Resume"),
        Binding("slash", "search", "Search", priority=True),
        Binding("c", "cycle('category')", "Category"),
        Binding("o", "cycle('owner')", "Owner"),
        Binding("g", "cycle('country')", "Country"),
        Binding("t", "cycle('party')", "Party"),
        Binding("x", "clear_filters", "Clear filters"),
        Binding("f", "newest", "Newest"),
        Binding("e", "export", "Export"),
        Binding("s", "screenshot", "Screenshot"),
    ]

    def __init__(
        self,
        reader: FindingReader,
        *,
        poll_interval: float = 0.1,
        redraw_interval: float = 0.2,
        feed_rows: int = 500,
        initial_filter: Filter | None = None,
        output_dir: str | Path = ".",
    ) -> None:
        super().__init__()
        self.reader = reader
        self.poll_interval = poll_interval
        self.redraw_interval = redraw_interval
        self.model = DashboardModel(feed_size=feed_rows)
        if initial_filter:
            self.model.set_filter(initial_filter)
        self.output_dir = Path(output_dir)
        self.paused = False
        self.read_error: str | None = None
        self.drawn_version = -1
        self.redraws = 0
        self.last_redraw_seconds = 0.0
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._choices: dict[str, list[str]] = {}
        self._status_text = Text()
        self._feed_shown: deque[int] = deque()  # finding indexes in the feed table
        self._feed_epoch = -1
        self._signatures: dict[str, object] = {}
        self._search_timer: Timer | None = None
        self._last_full = 0.0  # monotonic time of the last full redraw
        self.catching_up = False  # the reader has more ready than one batch

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="filters"):
            for name in FILTER_FIELDS:
                yield Select[str](
                    [], prompt=f"{name.capitalize()}: any", compact=True, id=f"f-{name}"
                )
            yield Input(
                value=self.model.filter.text,
                placeholder="/ search host, owner, URL, signature, evidence",
                compact=True,
                id="search",
            )
        with Horizontal(id="top"):
            with Vertical(id="left"):
                categories = Vertical(id="categories", classes="panel")
                categories.border_title = "Data leaving, by category"
                yield categories
                yield self._table("countries", "Countries (findings)")
            yield self._table("destinations", "Destinations, ranked by findings")
        yield self._table("feed", "Live feed (newest first)")
        yield Footer()

    @property
    def _main(self) -> Screen:
        """The dashboard's own screen, also while a drill-down is on top of it."""
        return self.screen_stack[0]

    def _table(self, table_id: str, title: str) -> DataTable:
        table: DataTable = DataTable(id=table_id, classes="panel", cursor_type="row")
        table.border_title = title
        return table

    def on_mount(self) -> None:
        self._main.query_one("#countries", DataTable).add_columns("Country", "Owner HQ", "Server")
        self._main.query_one("#destinations", DataTable).add_columns(
            "Host", "Owner", "HQ", "Server", "Party", "Findings", "Categories"
        )
        feed = self._main.query_one("#feed", DataTable)
        feed.add_column("#", key="n")
        feed.add_columns("Time", "Category", "Host", "Owner", "Signature", "Location")
        self._main.query_one("#feed", DataTable).focus()
        self.set_interval(self.redraw_interval, self.redraw)
        self.redraw()
        self._follow()

    def on_unmount(self) -> None:
        self._stop.set()
        self._wake.set()

    # ---------------------------------------------------------------- reading

    @work(thread=True, exclusive=True, group="follow")
    def _follow(self) -> None:
        """Poll the reader; hand batches to the UI thread (which applies them)."""
        try:
            self._poll_loop(get_current_worker())
        finally:
            self.reader.close()

    def _poll_loop(self, worker: Worker[None]) -> None:
        while not self._stop.is_set() and not worker.is_cancelled:
            if self.paused:
                self._wake.wait(self.poll_interval)
                self._wake.clear()
                continue
            try:
                batch = self.reader.poll()
                error = None
            except (OSError, ValueError) as exc:
                batch, error = ReadBatch(), f"{self.reader.name}: {exc}"
            changed = error != self.read_error or batch.more != self.catching_up
            if batch or changed:  # an idle poll costs the UI nothing
                try:
                    self.call_from_thread(self.apply, batch, error)
                except RuntimeError:
                    return  # the app is closing
            if not batch.more:
                self._wake.wait(self.poll_interval)
                self._wake.clear()

    def apply(self, batch: ReadBatch, error: str | None = None) -> None:
        """Add one batch to the model (UI thread).

        A finding that arrives while the screen is idle is drawn at once (no
        wait for the timer): that is the "shows within a second" path. While
        catching up on a big file, the timer redraws at most once a second, so
        the work goes into reading rather than into redrawing half-read data.
        """
        self.read_error = error
        caught_up = self.catching_up and not batch.more
        self.catching_up = batch.more
        if batch.events:
            self.model.note_events(batch.events)
        if batch.bad:
            self.model.note_bad(batch.bad, batch.error)
        if batch.findings:
            self.model.add(batch.findings)
            if not batch.more and time.monotonic() - self._last_full >= self.redraw_interval:
                self.redraw()
        if caught_up:
            self.redraw(force=True)  # the feed, skipped while reading the backlog

    # ---------------------------------------------------------------- drawing

    def redraw(self, force: bool = False) -> None:
        """Bring the panels up to date with the model, if it changed."""
        if self._stop.is_set() or not self.screen_stack or not self._main.query("#status"):
            return  # closing down
        self._draw_status()
        if self.model.version == self.drawn_version and not force:
            return
        if self.catching_up and time.monotonic() - self._last_full < CATCH_UP_REDRAW and not force:
            return
        self._last_full = time.monotonic()
        started = time.perf_counter()
        self.drawn_version = self.model.version
        self._draw_choices()
        self._draw_categories()
        self._draw_countries()
        self._draw_destinations()
        if not self.catching_up:  # the feed's rows would be replaced a second later
            self._draw_feed()
        self.redraws += 1
        self.last_redraw_seconds = time.perf_counter() - started

    def _draw_status(self) -> None:
        m = self.model
        if self.paused:
            state = Text("⏸ paused", style="bold yellow")
        elif self.catching_up:
            state = Text("… reading", style="bold yellow")
        elif self.reader.waiting:
            state = Text("… waiting for", style="bold yellow")
        else:
            state = Text("● following", style="bold green")
        last = datetime.fromtimestamp(m.last_update).strftime("%H:%M:%S") if m.last_update else "-"
        shown = f" ({m.view.total:,} shown)" if m.filter.active else ""
        parts: list[str | tuple[str, str] | Text] = [
            state,
            f" {self.reader.name}  │  {m.all.total:,} findings{shown} in {len(m.all.flows):,} flows"
            f"  │  {m.bad:,} dropped  │  filter: {m.filter.describe()}  │  last update {last}",
        ]
        if m.events:
            parts.append((f"  │  source {m.events[-1]} ×{len(m.events)}", "yellow"))
        problem = self.read_error or m.last_error
        if problem:
            parts.append((f"  │  {problem}", "red"))
        text = Text.assemble(*parts, no_wrap=True)
        if text != self._status_text:  # an unchanged line costs no repaint
            self._status_text = text
            self._main.query_one("#status", Static).update(text)

    def _draw_choices(self) -> None:
        """Refresh the filter menus when new owners, countries... appear."""
        choices = self.model.choices()
        for name in FILTER_FIELDS:
            values = choices[name]
            if values == self._choices.get(name):
                continue
            select = self._main.query_one(f"#f-{name}", Select)
            current = getattr(self.model.filter, name)
            with select.prevent(Select.Changed):
                select.set_options([(_label(name, v), v) for v in values])
                if current in values:
                    select.value = current
        self._choices = choices

    def _draw_categories(self) -> None:
        box = self._main.query_one("#categories", Vertical)
        rows = {row.category: row for row in box.query(CategoryRow)}
        view = self.model.view
        for category in sorted(self.model.all.by_category):
            row = rows.get(category)
            if row is None:
                row = CategoryRow(category)
                box.mount(row)
            row.set_class(category == self.model.filter.category, "-selected")
            row.show(view.by_category[category], view.series(category, SPARK_BINS))

    def _draw_countries(self) -> None:
        countries = self.model.view.countries()
        if self._unchanged("countries", countries):
            return
        rows = [
            (Text(country, style="bold"), f"{owner:,}", f"{server:,}")
            for country, owner, server in countries
        ]
        table = self._main.query_one("#countries", DataTable)
        _replace_rows(table, rows, [c for c, _, _ in countries])

    def _draw_destinations(self) -> None:
        view = self.model.view
        ranked = view.ranked_destinations(DESTINATION_ROWS)
        signature = [(s.host, s.findings, len(s.categories), s.server_country) for s in ranked]
        if self._unchanged("destinations", signature):
            return
        rows = [
            (
                Text(s.host),
                Text(s.owner, style="bold"),
                Text(s.owner_country),
                Text(s.server_country),
                Text(s.party, style="red" if s.party == "third" else ""),
                f"{s.findings:,}",
                _categories_text(s.categories),
            )
            for s in ranked
        ]
        table = self._main.query_one("#destinations", DataTable)
        hidden = len(view.destinations) - len(ranked)
        table.border_subtitle = f"top {len(ranked)} of {len(view.destinations):,}" if hidden else ""
        _replace_rows(table, rows, [s.host for s in ranked])

    def _unchanged(self, name: str, signature: object) -> bool:
        """Skip rebuilding a table whose content would be the same."""
        if self._signatures.get(name) == signature:
            return True
        self._signatures[name] = signature
        return False

    def _draw_feed(self) -> None:
        """Add only the new findings (and drop aged-out ones): O(new), not O(feed)."""
        table = self._main.query_one("#feed", DataTable)
        feed = self.model.feed
        shown = self._feed_shown
        new: list[int] = []
        for index in reversed(feed):
            if shown and index <= shown[-1]:
                break
            new.append(index)
        aged = sum(1 for index in shown if not feed or index < feed[0])
        rebuild = self._feed_epoch != self.model.view_epoch or len(new) + aged > len(shown)
        following = table.cursor_row <= 0
        if rebuild:
            self._feed_epoch = self.model.view_epoch
            table.clear()
            shown.clear()
            new = list(reversed(feed))
        elif not new:
            return
        for _ in range(aged if not rebuild else 0):
            table.remove_row(str(shown.popleft()))
        when = self.model.when
        for index in reversed(new):
            table.add_row(
                *_feed_row(index, self.model.findings[index], when[index]), key=str(index)
            )
            shown.append(index)
        table.sort("n", reverse=True)
        if not following and not rebuild:
            table.move_cursor(row=table.cursor_row + len(new), scroll=False)

    # ---------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Filter, feed and export keys act on the main screen only (not over a drill-down)."""
        elsewhere = bool(self.screen_stack) and self.screen is not self._main
        return not (action in MAIN_SCREEN_ACTIONS and elsewhere)

    def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        self._wake.set()
        self.notify("Paused: not reading new findings" if self.paused else "Following again")
        self._draw_status()

    def action_search(self) -> None:
        """Jump to the search box.

        A priority binding, and focus set at once rather than via `focus()`
        (deferred): keys typed right after "/" must land in the box, not
        trigger bindings. In any text box "/" is just a character (URLs, paths).
        """
        if isinstance(self.focused, Input):
            self.focused.insert_text_at_cursor("/")
            return
        if self.screen is not self._main:
            return
        self._main.set_focus(self._main.query_one("#search", Input))

    def action_cycle(self, name: str) -> None:
        """Step a filter through the values seen so far, then back to any."""
        values: list[str | None] = [None, *self.model.choices()[name]]
        current = getattr(self.model.filter, name)
        following = values[(values.index(current) + 1) % len(values)] if current in values else None
        self.set_filter(**{name: following})

    def action_clear_filters(self) -> None:
        self.set_filter(category=None, owner=None, country=None, party=None, text="")

    def action_newest(self) -> None:
        table = self._main.query_one("#feed", DataTable)
        table.focus()
        if table.row_count:
            table.move_cursor(row=0)

    def action_export(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        default = str(self.output_dir / f"exfilwatch-view-{stamp}.jsonl")
        self.push_screen(ExportScreen(default, self.model.view.total), self._export_to)

    def _export_to(self, path: str | None) -> None:
        if path:
            self.export_view(path)

    @work(thread=True, group="export")
    def export_view(self, path: str) -> None:
        """Write the filtered view; findings are copied first, the model keeps growing."""
        findings = self.call_from_thread(lambda: list(self.model.matching()))
        try:
            count = export_findings(path, findings)
        except OSError as exc:
            self.call_from_thread(self.notify, f"Export failed: {exc}", severity="error")
            return
        self.call_from_thread(self.notify, f"Exported {count:,} finding(s) to {path}")

    def action_screenshot(self) -> None:
        try:
            path = save_svg(self, path=self.output_dir)
        except OSError as exc:
            self.notify(f"Screenshot failed: {exc}", severity="error")
            return
        self.notify(f"Screenshot saved to {path}")

    def set_filter(self, **changes: str | None) -> None:
        """Change some filter fields; redraw at once (a filter change is one pass)."""
        current = self.model.filter
        values = {name: getattr(current, name) for name in (*FILTER_FIELDS, "text")}
        values.update(
            {k: (v or None) if k != "text" else (v or "").strip() for k, v in changes.items()}
        )
        if self.model.set_filter(Filter(**values)):  # type: ignore[arg-type]
            self._sync_filter_widgets()
            self.redraw()

    def _sync_filter_widgets(self) -> None:
        # A key can pick a value before the throttled redraw has put it in the menu;
        # the menus are brought up to date first, or the Select refuses the value.
        self._draw_choices()
        flt = self.model.filter
        for name in FILTER_FIELDS:
            select = self._main.query_one(f"#f-{name}", Select)
            wanted = getattr(flt, name)
            with select.prevent(Select.Changed):
                if wanted is None:
                    select.clear()
                elif wanted in self.model.choices()[name]:
                    select.value = wanted
        search = self._main.query_one("#search", Input)
        if search.value != flt.text:
            with search.prevent(Input.Changed):
                search.value = flt.text

    # ----------------------------------------------------------------- events

    def on_select_changed(self, event: Select.Changed) -> None:
        name = (event.select.id or "").removeprefix("f-")
        if name in FILTER_FIELDS:
            value = None if event.value is Select.NULL else str(event.value)
            self.set_filter(**{name: value})

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as you type, once typing pauses: each search is a pass over all findings."""
        if event.input.id == "search":
            if self._search_timer is not None:
                self._search_timer.stop()
            value = event.value
            if 0 < len(value.strip()) < 2:
                return  # one letter matches nearly everything: wait for more, or Enter
            self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self.set_filter(text=value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            if self._search_timer is not None:
                self._search_timer.stop()
            self.set_filter(text=event.value)
            self._main.query_one("#feed", DataTable).focus()

    def on_category_row_picked(self, event: CategoryRow.Picked) -> None:
        same = self.model.filter.category == event.category
        self.set_filter(category=None if same else event.category)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        if key is None:
            return
        if event.data_table.id == "feed":
            self.push_screen(FindingScreen(self.model.findings[int(key)]))
        elif event.data_table.id == "destinations":
            stats = self.model.view.destinations.get(key)
            if stats:
                same = self.model.filter.owner == stats.owner
                self.set_filter(owner=None if same else stats.owner)
        elif event.data_table.id == "countries":
            same = self.model.filter.country == key
            self.set_filter(country=None if same else key)


def _replace_rows(table: DataTable, rows: list[tuple], keys: list[str]) -> None:
    """Refill a small table, keeping the cursor on the same row."""
    cursor_key = None
    if table.row_count and table.cursor_row >= 0:
        try:
            cursor_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except Exception:  # the cursor was past the end
            cursor_key = None
    table.clear()
    for key, row in zip(keys, rows, strict=True):
        table.add_row(*row, key=key)
    if cursor_key is not None and cursor_key in table.rows:
        table.move_cursor(row=table.get_row_index(cursor_key), animate=False, scroll=False)


def _feed_row(index: int, f: Finding, when: float) -> tuple[int | Text, ...]:
    """One feed line; the time in the tester's local time, as on their watch."""
    return (
        index + 1,
        Text(datetime.fromtimestamp(when).strftime("%H:%M:%S")),
        Text(category_label(f.category), style=category_style(f.category)),
        Text(f.destination.host),
        Text(owner_of(f), style="bold"),
        Text(f.signature),
        Text(f.location),
    )


def _categories_text(categories: dict[str, int]) -> Text:
    text = Text()
    for i, (category, _) in enumerate(sorted(categories.items(), key=lambda kv: -kv[1])):
        if i:
            text.append(", ")
        text.append(category_short(category), style=category_style(category))
    return text


def _label(name: str, value: str) -> str:
    return category_label(value) if name == "category" else value
