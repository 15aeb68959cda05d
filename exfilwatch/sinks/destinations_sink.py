"""Every destination seen, with or without findings: who the app talked to."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def render_destinations(destinations: dict[str, dict[str, Any]], console: Console) -> None:
    table = Table(title="Destinations", show_lines=False)
    for name in ("Host", "Domain", "Owner", "HQ", "Server", "ASN", "Party", "Flows", "Categories"):
        table.add_column(name)
    rows = sorted(destinations.items(), key=lambda kv: (-kv[1]["flows"], kv[0]))
    for host, entry in rows:
        d = entry["destination"]
        table.add_row(
            host,
            d.domain,
            d.owner or "-",
            d.owner_country or "-",
            d.server_country or "-",
            d.asn or "-",
            d.party,
            str(entry["flows"]),
            ", ".join(sorted(entry["categories"])) or "-",
        )
    console.print(table)
