"""Export what the dashboard shows: JSONL (the findings contract) or CSV.

JSONL keeps every key, so an export can go back into `report`, `check` or
`diff`; CSV flattens the destination for a spreadsheet. Both are created
owner-only: they carry the same (redacted) evidence as the findings file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from ..model import Finding
from ..sinks import private_open
from ..sinks.jsonl_sink import write_findings

CSV_COLUMNS = (
    "id",
    "time",
    "category",
    "signature",
    "title",
    "severity",
    "confidence",
    "method",
    "url",
    "location",
    "direction",
    "encodings",
    "evidence",
    "host",
    "domain",
    "owner",
    "parent",
    "owner_country",
    "server_ip",
    "server_country",
    "party",
    "references",
    "source",
    "flow",
)


def export_format(path: str | Path) -> str:
    """ "csv" for a .csv name, otherwise "jsonl"."""
    return "csv" if str(path).lower().endswith(".csv") else "jsonl"


def export_findings(path: str | Path, findings: Iterable[Finding]) -> int:
    """Write findings to `path` in the format its name says; returns how many."""
    with private_open(path, "w") as out:
        if export_format(path) == "jsonl":
            return write_findings(out, findings)
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        count = 0
        for f in findings:
            writer.writerow([_cell(v) for v in csv_row(f)])
            count += 1
        return count


def csv_row(f: Finding) -> list[object]:
    d = f.destination
    return [
        f.id,
        f.time,
        f.category,
        f.signature,
        f.title,
        f.severity,
        f.confidence,
        f.method,
        f.url,
        f.location,
        f.direction,
        "|".join(f.encodings or ()),
        f.evidence,
        d.host,
        d.domain,
        d.owner or "",
        d.parent or "",
        d.owner_country or "",
        d.server_ip or "",
        d.server_country or "",
        d.party,
        " ".join(f.references or ()),
        f.source,
        f.flow,
    ]


def _cell(value: object) -> object:
    """Defuse spreadsheet formulas: URLs and evidence come from the app under test."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
