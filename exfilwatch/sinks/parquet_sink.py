"""Findings as Parquet, for analysts who query results with DuckDB, pandas or Spark.

One flat table (the destination's keys become `destination_*` columns), written
one row group per input file, so memory stays at one file's findings.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Finding

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("time", pa.string()),
        ("source", pa.string()),
        ("flow", pa.string()),
        ("method", pa.string()),
        ("url", pa.string()),
        ("category", pa.string()),
        ("signature", pa.string()),
        ("title", pa.string()),
        ("severity", pa.string()),
        ("confidence", pa.float64()),
        ("location", pa.string()),
        ("direction", pa.string()),
        ("encodings", pa.list_(pa.string())),
        ("evidence", pa.string()),
        ("destination_host", pa.string()),
        ("destination_domain", pa.string()),
        ("destination_owner", pa.string()),
        ("destination_owner_country", pa.string()),
        ("destination_server_ip", pa.string()),
        ("destination_server_country", pa.string()),
        ("destination_asn", pa.string()),
        ("destination_party", pa.string()),
    ]
)


def _row(finding: Finding) -> dict[str, object]:
    data = finding.to_dict()
    dest = data.pop("destination")
    row = {name: data.get(name) for name in SCHEMA.names if not name.startswith("destination_")}
    for key, value in dest.items():
        column = f"destination_{key}"
        if column in SCHEMA.names:
            row[column] = None if value is None else str(value)
    return row


class ParquetSink:
    def __init__(self, folder: str | Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = folder / "findings.parquet"
        self._writer = pq.ParquetWriter(self.path, SCHEMA)
        os.chmod(self.path, 0o600)

    def write(self, findings: Iterable[Finding]) -> None:
        rows = [_row(f) for f in findings]
        if rows:
            self._writer.write_table(pa.Table.from_pylist(rows, schema=SCHEMA))

    def close(self) -> None:
        self._writer.close()
