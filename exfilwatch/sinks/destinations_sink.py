"""Every destination seen, with or without findings: who the app talked to.

One row per host: the owner (and its parent), the owner's headquarters and
legal countries, where the server was, the party, how many flows went there,
which finding categories were seen, and the jurisdiction flags. Hosts with no
finding are listed too: an app talking to a data broker is news on its own.
A capture's destinations that gave no HTTP flow (TLS without keys, QUIC, DNS
lookups) carry a `note` saying so, shown where the categories would be.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.table import Table

from ..model import Destination

_COLUMNS = ("Host", "Owner", "HQ", "Server", "AS", "Party", "Flows", "Found", "Owner does", "Flags")


def destination_row(host: str, entry: Mapping[str, Any]) -> dict[str, Any]:
    """A plain, JSON-ready summary of one destination entry {destination, flows, categories}."""
    d: Destination = entry["destination"]
    return {
        "host": host,
        "domain": d.domain,
        "owner": d.owner,
        "parent": d.parent,
        "owner_country": d.owner_country,
        "owner_legal_country": d.owner_legal_country,
        "server_ip": d.server_ip,
        "server_country": d.server_country,
        "asn": d.asn,
        "as_name": d.as_name,
        "party": d.party,
        "flows": int(entry.get("flows", 0)),
        "categories": sorted(entry.get("categories", ())),
        "owner_categories": list(d.owner_categories),
        "cross_border": d.cross_border,
        "watched": d.watched,
        "note": entry.get("note", ""),
    }


def sorted_rows(destinations: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Watched first, then hosts with findings, then by flow count."""
    rows = [destination_row(host, entry) for host, entry in destinations.items()]
    rows.sort(key=lambda r: (not r["watched"], not r["categories"], -r["flows"], r["host"]))
    return rows


def _owner(row: Mapping[str, Any]) -> str:
    if not row["owner"]:
        return "-"
    return f"{row['owner']} ({row['parent']})" if row["parent"] else row["owner"]


def _hq(row: Mapping[str, Any]) -> str:
    hq, legal = row["owner_country"], row["owner_legal_country"]
    if legal and hq and legal != hq:
        return f"{hq} (legal {legal})"
    return hq or legal or "-"


def _flags(row: Mapping[str, Any]) -> str:
    flags = [name for name in ("watched", "cross_border") if row[name]]
    return ", ".join(f.replace("_", "-") for f in flags) or "-"


def render_destinations(destinations: dict[str, dict[str, Any]], console: Console) -> None:
    table = Table(title="Destinations", show_lines=False)
    for name in _COLUMNS:
        table.add_column(name, overflow="fold", no_wrap=name in ("Host", "Flows", "Party"))
    for row in sorted_rows(destinations):
        style = "bold red" if row["watched"] else None
        table.add_row(
            row["host"],
            _owner(row),
            _hq(row),
            row["server_country"] or "-",
            " ".join(p for p in (row["asn"], row["as_name"]) if p) or "-",
            row["party"],
            str(row["flows"]),
            ", ".join(row["categories"]) or row["note"] or "-",
            ", ".join(row["owner_categories"]) or "-",
            _flags(row),
            style=style,
        )
    console.print(table)
