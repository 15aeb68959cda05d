"""The dashboard's pop-up screens: one finding in full, and the export prompt.

Everything shown here came from the app under test (URLs, keys, evidence), so
it is rendered as plain `Text`, never parsed as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, Static

from ..model import Finding
from .export import export_format
from .style import category_label, category_style


class FindingScreen(ModalScreen[None]):
    """Drill-down: what was sent, where in the request, how it was decoded, to whom."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Back"),
        Binding("q", "dismiss", "Back", show=False),
    ]

    def __init__(self, finding: Finding) -> None:
        super().__init__()
        self.finding = finding

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail", classes="panel") as box:
            box.border_title = "Finding"
            box.border_subtitle = "Esc: back"
            yield Static(finding_details(self.finding), id="detail-body")
        yield Footer()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)


def finding_details(f: Finding) -> RenderableType:
    """The drill-down's body, as one rich renderable."""
    d = f.destination
    head = Text.assemble(
        (category_label(f.category), category_style(f.category) + " bold"),
        "  ",
        (f.title or f.signature or "", "bold"),
        f"   severity {f.severity}, confidence {_number(f.confidence)}",
    )
    return Group(
        head,
        Text(""),
        _section(
            "Request",
            [
                ("request", f"{f.method} {f.url}"),
                ("time", f.time),
                ("direction", f.direction),
                ("source", f.source),
                ("flow", f.flow),
            ],
        ),
        _section(
            "Where and how",
            [
                ("location", f.location),
                ("decoding", " → ".join(["raw", *(f.encodings or [])])),
                ("evidence", f.evidence),
            ],
        ),
        _section(
            "Rule",
            [("signature", f.signature), *(("reference", r) for r in f.references or [])],
        ),
        _section(
            "Destination",
            [
                ("host", d.host),
                ("domain", d.domain),
                ("owner", d.owner or "unknown"),
                ("parent", d.parent),
                ("headquarters", d.owner_country),
                ("legal seat", d.owner_legal_country),
                ("server", " ".join(x for x in (d.server_ip, d.server_country) if x)),
                ("network", " ".join(x for x in (d.asn, d.as_name) if x)),
                ("party", d.party),
                ("owner is", ", ".join(d.owner_categories or [])),
                ("cross-border", "yes" if d.cross_border else "no"),
                ("watched country", "yes" if d.watched else "no"),
            ],
        ),
    )


def _section(title: str, rows: list[tuple[str, object]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.title = title
    table.title_justify = "left"
    table.title_style = "bold underline"
    table.add_column(style="dim", min_width=16, no_wrap=True)
    table.add_column(overflow="fold")
    for key, value in rows:
        if value not in (None, ""):
            table.add_row(Text(key), Text(str(value)))
    table.add_row("", "")
    return table


def _number(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else str(value)


class ExportScreen(ModalScreen[str | None]):
    """Ask where to export the current view; the name's extension picks the format."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default: str, count: int) -> None:
        super().__init__()
        self.default = default
        self.count = count

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box", classes="panel") as box:
            box.border_title = "Export the current view"
            yield Label(f"{self.count:,} finding(s). A name ending in .csv writes CSV, else JSONL.")
            yield Input(value=self.default, id="export-path")
        yield Footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        self.dismiss(value or None)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one(Label).update(
            f"{self.count:,} finding(s) as {export_format(event.value).upper()}. "
            "A name ending in .csv writes CSV, else JSONL."
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
