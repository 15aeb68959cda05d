"""Parsed reference data kept between runs, so that each start does not parse YAML again.

The built-in rules and owner database are YAML because people write and review
them. Parsing them is a fixed cost of every command, about 0.15 s, which is a
tenth of a 1,000-request capture's whole analysis and most of the serial part
of a batch run. Their parsed form is written once beside the user's other
caches (`$XDG_CACHE_HOME/exfilwatch/parsed`, or the folder in
`EXFILWATCH_PARSED_CACHE`; `off` disables it) and read back in milliseconds.

The cache is keyed by a hash of the texts themselves, so an edited rule or an
upgrade can never be answered from a stale entry; only data that reads back
equal is cached (no YAML dates). Any problem with the folder means the data is
parsed as if there were no cache: a cache never makes a command fail.

Entries are in `marshal`'s format, not JSON: the largest, the rules' compiled
regular-expression code (14 MB), reads back in 2 ms instead of 35 ms, in every
process and every forked worker, and the lexicons' tables in a third of the time.
marshal is the format of Python's own `.pyc` caches, and this folder has their
trust model: only its user writes it (created 0700), and the key holds the
interpreter's version, so another Python never reads an entry it did not write.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

_VERSION = f"2 {sys.version} {marshal.version}".encode()


def cache_dir() -> Path | None:
    explicit = os.environ.get("EXFILWATCH_PARSED_CACHE")
    if explicit:
        return None if explicit == "off" else Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "exfilwatch" / "parsed"


def parsed(
    name: str,
    texts: Sequence[str],
    parse: Callable[[str], Any],
    parse_all: Callable[[Sequence[str]], list[Any]] | None = None,
) -> list[Any]:
    """`[parse(t) for t in texts]`, from the cache when these exact texts were parsed before.

    `parse_all`, when given, builds a miss instead, all texts at once (in a
    process pool, say); it must return what the list above would.
    Exceptions of `parse` propagate as they are (the caller reports them).
    """
    folder = cache_dir()
    digest = hashlib.sha256(_VERSION)
    for text in texts:
        digest.update(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    path = folder / f"{name}-{digest.hexdigest()[:40]}.marshal" if folder else None
    if path is not None:
        try:
            with path.open("rb") as f:
                cached = marshal.loads(f.read())  # load(f) reads piece by piece: slow
            if isinstance(cached, list) and len(cached) == len(texts):
                return cached
        except (OSError, ValueError, EOFError, TypeError):
            pass
    result = parse_all(texts) if parse_all else [parse(text) for text in texts]
    if path is not None:
        _store(path, name, result)
    return result


def _store(path: Path, name: str, result: list[Any]) -> None:
    try:
        encoded = marshal.dumps(result)
        if marshal.loads(encoded) != result:
            return  # not cached, parsed each time
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in path.parent.glob(f"{name}-*"):
            if old.suffix in (".json", ".marshal"):
                old.unlink(missing_ok=True)  # an earlier version of the same data
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(encoded)
        os.replace(tmp, path)  # readers see the whole file or none
    except (OSError, TypeError, ValueError):
        pass
