"""Where the dashboard's findings come from, behind one small interface.

The app only ever calls `poll()` (from a worker thread) and `close()`, so a new
source is one class: today a findings JSONL being written by the proxy or a
scan; the SQLite findings store plugs in through `open_reader` (see
`_store_reader`). A reader returns parsed `Finding`s in batches bounded in size,
so catching up on 100,000 findings never blocks the screen.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..model import Destination, Finding
from .follow import DEFAULT_CHUNK, LineFollower

SQLITE_MAGIC = b"SQLite format 3\x00"
#: A store that does not exist yet is recognised by its name; an existing one by its magic.
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


@dataclass(slots=True)
class ReadBatch:
    """One poll's worth: new findings, unreadable records and follower events."""

    findings: list[Finding] = field(default_factory=list)
    bad: int = 0
    error: str | None = None  # the last unreadable record, one line
    events: list[str] = field(default_factory=list)
    more: bool = False  # more is ready: poll again without waiting

    def __bool__(self) -> bool:
        return bool(self.findings or self.bad or self.events)


class FindingReader(Protocol):
    """A source of findings that grows while the dashboard runs."""

    name: str

    @property
    def waiting(self) -> bool:
        """True while the source does not exist yet (the status line says so)."""
        ...

    def poll(self) -> ReadBatch:
        """New findings since the last poll; called from a worker thread."""
        ...

    def close(self) -> None: ...


class JsonlReader:
    """Findings from a JSONL file that another process appends to."""

    def __init__(self, path: str | os.PathLike[str], chunk: int = DEFAULT_CHUNK) -> None:
        self.name = str(path)
        self._follower = LineFollower(path, chunk=chunk)
        self._decoder = FindingDecoder()
        self._line = 0

    @property
    def waiting(self) -> bool:
        return self._follower.waiting

    def poll(self) -> ReadBatch:
        polled = self._follower.poll()
        batch = ReadBatch(events=polled.events, more=polled.more, bad=polled.oversized)
        if polled.oversized:
            batch.error = f"{self.name}: line longer than the limit skipped"
        if "truncated" in polled.events or "rotated" in polled.events:
            self._line = 0
        for raw in polled.lines:
            self._line += 1
            try:
                batch.findings.append(self._decoder.decode_line(raw))
            except (ValueError, TypeError, AttributeError) as exc:
                batch.bad += 1
                batch.error = f"{self.name}: record {self._line}: {_reason(exc)}"
        return batch

    def close(self) -> None:
        self._follower.close()


class FindingDecoder:
    """`Finding.from_dict`, made cheap and small for 100,000 findings.

    Most fields repeat (category, signature, owner...), so strings are interned
    and identical destinations share one object: that is most of a finding's
    memory. The destination is the last key `finding_line` writes, and the same
    few destinations come back on every line, so its raw bytes are the cache key
    and it is parsed once per distinct destination, not once per line. Unknown
    keys are ignored, as the JSONL contract only ever adds keys.
    """

    _DEST = frozenset(f.name for f in dataclasses.fields(Destination))
    _MARK = b',"destination":'

    def __init__(self) -> None:
        self._destinations: dict[bytes, Destination] = {}

    def decode_line(self, raw: bytes) -> Finding:
        """Parse one JSONL record (bytes, without its newline)."""
        cut = raw.rfind(self._MARK)
        if cut > 0 and raw.endswith(b"}}"):
            dest_raw = raw[cut + len(self._MARK) : -1]
            destination = self._destinations.get(dest_raw)
            if destination is None:
                try:
                    data = _loads(dest_raw)
                except ValueError:
                    data = None  # a key after destination: take the slow path
                if isinstance(data, dict):
                    destination = self._destinations[dest_raw] = self._destination(data)
            if destination is not None:
                return self.decode(_loads(raw[:cut] + b"}"), destination)
        return self.decode(_loads(raw))

    def decode(self, data: Any, destination: Destination | None = None) -> Finding:
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        category = data.get("category")
        if not isinstance(category, str) or not category:
            raise ValueError("no category: not a finding")
        if destination is None:
            destination = self._destination(data.get("destination"))
        get, intern = data.get, _intern
        return Finding(
            source=intern(get("source", "")),
            flow=get("flow", ""),
            method=intern(get("method", "")),
            url=get("url", ""),
            category=intern(category),
            signature=intern(get("signature", "")),
            confidence=get("confidence", 0.0),
            location=intern(get("location", "")),
            encodings=get("encodings") or [],
            evidence=get("evidence", ""),
            destination=destination,
            time=get("time", ""),
            title=intern(get("title", "")),
            severity=intern(get("severity", "medium")),
            direction=intern(get("direction", "request")),
            references=get("references") or [],
            id=get("id", ""),
        )

    def _destination(self, data: Any) -> Destination:
        if not isinstance(data, dict):
            return Destination()
        items = {k: _intern(v) for k, v in data.items() if k in self._DEST}
        return Destination(**items)


def _intern(value: Any) -> Any:
    return sys.intern(value) if isinstance(value, str) else value


try:  # a faster parser when present; the standard one otherwise (same results)
    from orjson import loads as _loads
except ImportError:  # pragma: no cover - depends on the environment
    _loads = json.loads


def open_reader(source: str | os.PathLike[str]) -> FindingReader:
    """The reader for `source`: a findings store (SQLite) or a findings JSONL.

    A path that does not exist yet is taken as a JSONL the proxy will create.
    """
    path = Path(source)
    if path.is_dir():
        raise ValueError(f"{path}: is a folder; give a findings JSONL file or a findings store")
    if _is_sqlite(path) or (not path.exists() and path.suffix.lower() in STORE_SUFFIXES):
        return _store_reader(path)
    return JsonlReader(path)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _store_reader(path: Path) -> FindingReader:
    """The findings store's reader (`store_reader.py`, over `exfilwatch/sinks/store.py`).

    Imported lazily, and optional: a build without the store still reads JSONL.
    """
    try:
        from .store_reader import StoreReader
    except ImportError:  # pragma: no cover - the store module is part of the tree
        raise ValueError(
            f"{path}: a findings store, which this build cannot read yet; "
            "point the dashboard at the findings JSONL instead"
        ) from None
    return StoreReader(path)


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON ({exc.msg})"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8"
    if type(exc).__name__ == "JSONDecodeError":  # orjson's
        return "not JSON"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
