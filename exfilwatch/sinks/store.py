"""The findings store: one SQLite file that a writer and several readers share.

Why SQLite: the proxy (or `scan`) writes findings while the dashboard and
`report` read them, on one machine, with no server to run. In WAL mode readers
never block the writer and the writer never blocks readers; a `busy_timeout`
covers the short moments two writers meet.

Why both columns and a JSON copy: the columns (time, category, owner, countries,
party, host) are what the dashboard filters and groups on, so they are indexed;
`data` keeps the finding exactly as its JSONL line, so that `export` gives back
what `import` took, keys added to the contract later included.

The file holds the most sensitive data a phone has: it is created owner-only
(0600) before SQLite opens it, and SQLite gives its `-wal` and `-shm` files the
database file's permissions.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from urllib.parse import quote, urlsplit

from .. import __version__
from ..model import Destination, Finding
from .jsonl_sink import finding_line

SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    app TEXT, device TEXT, started TEXT, ended TEXT,
    tool_version TEXT, rules TEXT NOT NULL DEFAULT '{}', command TEXT
);
CREATE TABLE IF NOT EXISTS inputs (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    path TEXT NOT NULL, sha256 TEXT, size INTEGER,
    PRIMARY KEY (run_id, path)
);
CREATE TABLE IF NOT EXISTS destinations (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    host TEXT NOT NULL, owner TEXT, owner_country TEXT, server_country TEXT, party TEXT,
    flows INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL,
    PRIMARY KEY (run_id, host)
);
CREATE TABLE IF NOT EXISTS flows (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    source TEXT NOT NULL, flow TEXT NOT NULL, time TEXT, method TEXT, url TEXT, host TEXT,
    PRIMARY KEY (run_id, source, flow)
);
CREATE TABLE IF NOT EXISTS findings (
    seq INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    id TEXT NOT NULL, time TEXT, source TEXT, flow TEXT, host TEXT,
    category TEXT, signature TEXT, severity TEXT, confidence REAL,
    owner TEXT, owner_country TEXT, server_country TEXT, party TEXT,
    data TEXT NOT NULL,
    UNIQUE (run_id, id)
);
CREATE INDEX IF NOT EXISTS findings_time ON findings(time);
CREATE INDEX IF NOT EXISTS findings_category ON findings(category, time);
CREATE INDEX IF NOT EXISTS findings_owner ON findings(owner, time);
CREATE INDEX IF NOT EXISTS findings_owner_country ON findings(owner_country);
CREATE INDEX IF NOT EXISTS findings_server_country ON findings(server_country);
CREATE INDEX IF NOT EXISTS findings_host ON findings(host);
CREATE INDEX IF NOT EXISTS findings_run ON findings(run_id, seq);
CREATE INDEX IF NOT EXISTS destinations_owner ON destinations(owner);
"""

_GROUPABLE = frozenset(
    {"category", "owner", "owner_country", "server_country", "party", "host", "signature"}
)


class StoreError(ValueError):
    """A store that cannot be opened or read; the message names the file."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def sha256_file(path: str | Path) -> str:
    """What a reader of a report checks the inputs against."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def rule_versions(signatures: Iterable[Any]) -> dict[str, str]:
    """Rule id -> SHA-256 prefix of its file: rules carry no version number, content does."""
    versions: dict[str, str] = {}
    for sig in signatures:
        try:
            versions[sig.id] = sha256_file(sig.file)[:12]
        except OSError:
            versions[sig.id] = "?"
    return versions


def destination_from_dict(data: Mapping[str, Any]) -> Destination:
    known = Destination.__dataclass_fields__
    return Destination(**{k: v for k, v in data.items() if k in known})


def is_store(path: str | Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_MAGIC
    except OSError:
        return False


@dataclass(slots=True)
class InputFile:
    path: str
    sha256: str | None = None
    size: int | None = None

    @classmethod
    def of(cls, path: str | Path) -> InputFile:
        """Hash a file; one that cannot be read is listed without a hash."""
        try:
            return cls(str(path), sha256_file(path), os.path.getsize(path))
        except OSError:
            return cls(str(path))


@dataclass(slots=True)
class RunInfo:
    id: int
    app: str | None = None
    device: str | None = None
    started: str | None = None
    ended: str | None = None
    tool_version: str | None = None
    rules: dict[str, str] = field(default_factory=dict)
    command: str | None = None
    inputs: list[InputFile] = field(default_factory=list)


@dataclass(slots=True)
class DestinationStat:
    """A destination with how many flows went to it (None: not known, e.g. from JSONL)."""

    destination: Destination
    flows: int | None = None


@dataclass(slots=True)
class FindingFilter:
    """What the dashboard, report and gate ask for; every field narrows, None is any.

    `country` matches the owner's or the server's country; `after` is a `seq`
    (see `Store.rows`), so a reader can follow new findings without re-reading.
    """

    run: int | None = None
    category: str | Sequence[str] | None = None
    owner: str | None = None
    country: str | None = None
    party: str | None = None
    host: str | None = None
    signature: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    after: int | None = None
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column in ("owner", "party", "host", "signature"):
            value = getattr(self, column)
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.run is not None:
            clauses.append("run_id = ?")
            params.append(self.run)
        if isinstance(self.category, str):
            clauses.append("category = ?")
            params.append(self.category)
        elif self.category is not None:
            cats = list(self.category)
            clauses.append(f"category IN ({','.join('?' * len(cats))})")
            params.extend(cats)
        if self.country is not None:
            clauses.append("(owner_country = ? OR server_country = ?)")
            params.extend([self.country.upper()] * 2)
        if self.since is not None:
            clauses.append("time >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("time < ?")
            params.append(self.until)
        if self.after is not None:
            clauses.append("seq > ?")
            params.append(self.after)
        if self.text:
            like = "%" + self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            like += "%"
            clauses.append(
                "(host LIKE ? ESCAPE '\\' OR owner LIKE ? ESCAPE '\\' OR signature LIKE ? "
                "ESCAPE '\\' OR category LIKE ? ESCAPE '\\')"
            )
            params.extend([like] * 4)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _create_private(path: Path) -> None:
    """Create the file 0600 before SQLite does, so it is never world-readable."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


class Store:
    """One connection to a store; thread-safe (a lock around each statement batch)."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.run_id: int | None = None
        self._lock = threading.RLock()
        self._conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        path = self.path
        if self.readonly or path.exists():
            if not path.is_file():
                raise StoreError(f"{path}: no such store")
            if path.stat().st_size and not is_store(path):
                raise StoreError(f"{path}: not an exfilwatch store (not an SQLite file)")
        if not self.readonly:
            try:
                _create_private(path)
            except OSError as exc:
                raise StoreError(f"{path}: cannot create store: {exc.strerror}") from None
        try:
            if self.readonly:
                uri = f"file:{quote(str(path.resolve()))}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
            else:
                conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
            conn.isolation_level = None  # explicit transactions only
            conn.execute("PRAGMA busy_timeout = 10000")
            if not self.readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._check_schema(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open store: {exc}") from None
        return conn

    def _check_schema(self, conn: sqlite3.Connection) -> None:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"runs", "findings", "destinations"} <= tables:
            raise StoreError(f"{self.path}: not an exfilwatch store (tables missing)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema {version} is newer than this exfilwatch")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------

    def start_run(
        self,
        app: str | None = None,
        device: str | None = None,
        inputs: Iterable[InputFile] = (),
        rules: Mapping[str, str] | None = None,
        command: str | None = None,
        started: str | None = None,
    ) -> int:
        """Begin a run; later `add_*` calls without a run id go to it."""
        with self._lock:
            cur = self._conn.execute(
                "INSERT INTO runs(app, device, started, tool_version, rules, command) "
                "VALUES (?,?,?,?,?,?)",
                (app, device, started or now_iso(), __version__, json.dumps(rules or {}), command),
            )
            self.run_id = int(cur.lastrowid or 0)
            self.add_inputs(inputs)
            return self.run_id

    def end_run(self, run_id: int | None = None, ended: str | None = None) -> None:
        with self._lock:
            self._conn.execute(
                "UPDATE runs SET ended = ? WHERE id = ?", (ended or now_iso(), self._run(run_id))
            )

    def _run(self, run_id: int | None) -> int:
        if run_id is not None:
            return run_id
        if self.run_id is None:
            self.start_run()
        assert self.run_id is not None
        return self.run_id

    def add_inputs(self, inputs: Iterable[InputFile], run_id: int | None = None) -> None:
        rows = [(self._run(run_id), i.path, i.sha256, i.size) for i in inputs]
        with self._lock:
            self._conn.executemany("INSERT OR REPLACE INTO inputs VALUES (?,?,?,?)", rows)

    def add_findings(self, findings: Iterable[Finding], run_id: int | None = None) -> int:
        """Insert in one transaction; a finding already in this run is skipped. Returns new rows."""
        return self.add_records(((f, finding_line(f).rstrip("\n")) for f in findings), run_id)

    def add_records(self, records: Iterable[tuple[Finding, str]], run_id: int | None = None) -> int:
        """(finding, its JSON line as read): an import keeps keys this version does not know."""
        with self._lock:
            run = self._run(run_id)
            added = 0
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for f, data in records:
                    added += self._insert_finding(run, f, data)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            return added

    def _insert_finding(self, run: int, f: Finding, data: str) -> int:
        d = f.destination
        host = d.host or urlsplit(f.url).hostname or ""
        cur = self._conn.execute(
            "INSERT OR IGNORE INTO findings(run_id, id, time, source, flow, host, category, "
            "signature, severity, confidence, owner, owner_country, server_country, party, data) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                run,
                f.id,
                f.time,
                f.source,
                f.flow,
                host,
                f.category,
                f.signature,
                f.severity,
                f.confidence,
                d.owner,
                d.owner_country,
                d.server_country,
                d.party,
                data,
            ),
        )
        self._conn.execute(
            "INSERT OR IGNORE INTO flows VALUES (?,?,?,?,?,?,?)",
            (run, f.source, f.flow, f.time, f.method, f.url, host),
        )
        self._upsert_destination(run, host, d, 0)
        return cur.rowcount

    def _upsert_destination(self, run: int, host: str, d: Destination, flows: int) -> None:
        self._conn.execute(
            "INSERT INTO destinations VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(run_id, host) "
            "DO UPDATE SET flows = flows + excluded.flows",
            (
                run,
                host,
                d.owner,
                d.owner_country,
                d.server_country,
                d.party,
                flows,
                json.dumps(d.to_dict(), ensure_ascii=False),
            ),
        )

    def add_flow_counts(
        self,
        flows_by_host: Mapping[str, int],
        destinations: Mapping[str, Destination],
        run_id: int | None = None,
    ) -> None:
        """Every destination contacted, with or without findings (a FileResult's counts)."""
        with self._lock:
            run = self._run(run_id)
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for host, n in flows_by_host.items():
                    dest = destinations.get(host) or Destination(host=host)
                    self._upsert_destination(run, host, dest, n)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    # -- reading ---------------------------------------------------------------

    def rows(self, filters: FindingFilter | None = None) -> Iterator[tuple[int, Finding]]:
        """(seq, finding) in insertion order; follow new ones with `FindingFilter(after=seq)`."""
        where, params = (filters or FindingFilter()).where()
        sql = f"SELECT seq, data FROM findings{where} ORDER BY seq"
        if filters and filters.limit is not None:
            sql += " LIMIT ?"
            params.append(filters.limit)
        with self._lock:
            fetched = self._conn.execute(sql, params).fetchall()
        for seq, data in fetched:
            yield seq, Finding.from_dict(json.loads(data))

    def findings(self, filters: FindingFilter | None = None) -> list[Finding]:
        return [f for _, f in self.rows(filters)]

    def count_by(self, column: str, filters: FindingFilter | None = None) -> dict[str, int]:
        """Counts per category, owner, country...: the dashboard's panels, done in SQL."""
        if column not in _GROUPABLE:
            raise ValueError(f"cannot group findings by {column!r}")
        where, params = (filters or FindingFilter()).where()
        sql = f"SELECT {column}, COUNT(*) FROM findings{where} GROUP BY {column}"
        with self._lock:
            return {str(k) if k is not None else "": n for k, n in self._conn.execute(sql, params)}

    def runs(self) -> list[RunInfo]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, app, device, started, ended, tool_version, rules, command FROM runs "
                "ORDER BY id"
            ).fetchall()
            inputs = self._conn.execute(
                "SELECT run_id, path, sha256, size FROM inputs ORDER BY run_id, path"
            ).fetchall()
        runs = {
            r[0]: RunInfo(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6] or "{}"), r[7])
            for r in rows
        }
        for run_id, path, sha, size in inputs:
            if run_id in runs:
                runs[run_id].inputs.append(InputFile(path, sha, size))
        return list(runs.values())

    def destinations(self, run: int | None = None) -> dict[str, DestinationStat]:
        """Host -> destination and flow count, summed over runs unless one is asked for."""
        sql = "SELECT host, flows, data FROM destinations"
        params: list[Any] = []
        if run is not None:
            sql += " WHERE run_id = ?"
            params.append(run)
        out: dict[str, DestinationStat] = {}
        with self._lock:
            fetched = self._conn.execute(sql + " ORDER BY run_id", params).fetchall()
        for host, flows, data in fetched:
            stat = out.get(host)
            if stat is None:
                out[host] = DestinationStat(destination_from_dict(json.loads(data)), flows)
            else:
                stat.flows = (stat.flows or 0) + flows
        return out

    def export_jsonl(self, out: IO[str], filters: FindingFilter | None = None) -> int:
        """The findings as the JSONL contract, byte for byte what was stored."""
        where, params = (filters or FindingFilter()).where()
        count = 0
        with self._lock:
            cursor = self._conn.execute(f"SELECT data FROM findings{where} ORDER BY seq", params)
            for (data,) in cursor:
                out.write(data + "\n")
                count += 1
        return count
