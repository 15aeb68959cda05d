"""The terminal summary a person reads at a glance: findings grouped by category
and destination, with the decoding path that led to each."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Destination, Finding

if TYPE_CHECKING:
    from rich.console import Console

CATEGORY_ORDER = ["biometric", "viewing_history", "device_id", "contact", "custom"]
CATEGORY_STYLE = {
    "biometric": "bold red",
    "viewing_history": "bold magenta",
    "device_id": "bold yellow",
    "contact": "bold cyan",
}


@dataclass(slots=True)
class _Group:
    destination: Destination
    flows: set[str] = field(default_factory=set)
    what: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _owner(d: Destination) -> str:
    if not d.owner:
        return "[dim]unknown[/]"
    return f"{d.owner} ({d.owner_country})" if d.owner_country else d.owner


def _server(d: Destination) -> str:
    parts = [p for p in (d.server_country, d.asn) if p]
    return " ".join(parts) if parts else "[dim]-[/]"


def render_table(findings: Iterable[Finding], console: Console, title: str = "") -> None:
    groups: dict[tuple[str, str], _Group] = {}
    for f in findings:
        key = (f.category, f.destination.host)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(f.destination)
        group.flows.add(f"{f.source}#{f.flow}")
        path = f.location + (f" ({'|'.join(f.encodings)})" if f.encodings else "")
        group.what[f.signature].add(path)
    from rich.table import Table  # here: `scan --format jsonl` and batch workers never draw

    table = Table(title=title or None, show_lines=True, expand=False)
    table.add_column("Category", no_wrap=True)
    table.add_column("Destination", no_wrap=True)
    table.add_column("Owner (HQ)", max_width=30)
    table.add_column("Server", no_wrap=True)
    table.add_column("Party", no_wrap=True)
    table.add_column("Flows", no_wrap=True, justify="right")
    table.add_column("Signature -> where (encodings)", overflow="fold", min_width=48)

    def order(item: tuple[tuple[str, str], _Group]) -> tuple[int, int, str]:
        (category, host), group = item
        rank = CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else 99
        return rank, -len(group.flows), host

    for (category, host), group in sorted(groups.items(), key=order):
        lines = []
        for signature, paths in sorted(group.what.items()):
            shown = sorted(paths)
            more = f" (+{len(shown) - 3} more)" if len(shown) > 3 else ""
            lines.append(f"{signature} -> {', '.join(shown[:3])}{more}")
        d = group.destination
        table.add_row(
            f"[{CATEGORY_STYLE.get(category, 'bold')}]{category}[/]",
            host,
            _owner(d),
            _server(d),
            d.party,
            str(len(group.flows)),
            "\n".join(lines),
        )
    if groups:
        console.print(table)
    else:
        console.print("[green]No findings.[/]")
