"""Findings from the SQLite findings store, as incrementally as from a JSONL.

The store numbers findings with a growing `seq` and keeps each one as its JSONL
line (`findings.data`, see `exfilwatch/sinks/store.py`), so following it is
"rows after the last seq I saw", a bounded batch at a time: the same contract
as the file follower, with the same decoder, without re-reading. The store is
validated by `Store` itself and then read over a read-only connection (WAL mode
lets the proxy keep writing); it is opened only once it exists, since the
dashboard may start before the proxy creates it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from ..sinks.store import Store
from .readers import FindingDecoder, ReadBatch

BATCH = 5000
_QUERY = "SELECT seq, data FROM findings WHERE seq > ? ORDER BY seq LIMIT ?"


class StoreReader:
    """A `FindingReader` over the findings store."""

    def __init__(self, path: str | os.PathLike[str], batch: int = BATCH) -> None:
        self.name = str(path)
        self.path = Path(path)
        self.batch = batch
        self._conn: sqlite3.Connection | None = None
        self._after = 0
        self._decoder = FindingDecoder()
        if self.path.exists():
            self._conn = self._open()  # a file that is not a store fails here, at once

    @property
    def waiting(self) -> bool:
        return self._conn is None

    def poll(self) -> ReadBatch:
        events: list[str] = []
        if self._conn is None:  # created since we started
            if not self.path.exists():
                return ReadBatch()
            self._conn = self._open()
            events.append("opened")
        batch = ReadBatch(events=events)
        try:
            rows = self._conn.execute(_QUERY, (self._after, self.batch)).fetchall()
        except sqlite3.Error as exc:
            batch.error = f"{self.name}: {exc}"
            return batch
        for seq, data in rows:
            self._after = seq
            try:
                batch.findings.append(self._decoder.decode_line(str(data).encode()))
            except (ValueError, TypeError, AttributeError) as exc:
                batch.bad += 1
                batch.error = f"{self.name}: finding {seq}: {exc}"
        batch.more = len(rows) >= self.batch
        return batch

    def _open(self) -> sqlite3.Connection:
        Store(self.path, readonly=True).close()  # its checks: an exfilwatch store, known schema
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        return conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None
