"""The built-in rules' regular expressions, compiled once per machine instead of once per process.

Why: the rule pack's patterns hold its lexicons (`(?#lex:...)`), hundreds of
words in fifty languages and their romanisations, and Python's regex compiler
is written in Python: compiling them cost every process about a third of a
second, more than reading a 4 MB capture, and a batch or split-capture worker
paid it again. `LazyPattern` spread the cost over the first searches but could
not remove it.

What `re.compile` does is parse the pattern and translate it to the code that
the C matcher (`_sre`) runs; `_sre.compile` then builds the pattern object
from that code in microseconds. This module keeps the code (with the group
table) in the parsed-data cache (`exfilwatch.parsed_cache`), under a name that
holds the interpreter's version and the matcher's `MAGIC`, and keyed by the
pattern texts, so that another Python, another rule pack or an edited rule is
never answered from a stale entry. `_sre.compile` validates the code it is
given, and any failure (another interpreter, a damaged file) falls back to
`re.compile`: a cache never changes what a pattern matches, only how soon.

`_sre` and `re._compiler` are CPython internals; the fallback is what keeps
this safe on a Python where they change. Nothing on PyPI caches compiled
patterns across processes (the `re` and `regex` modules both recompile on
unpickling), hence this module.

A cold cache (a first run after install or after a rule change) must build the
code of every pattern, 1.6 MB of pattern text, almost all of it Python's regex
parser on the lexicon alternations: several seconds of pure-Python work that one
core does alone. `build` therefore spreads a miss over a process pool (forked,
one worker per usable core, the longest patterns dealt out first so the chunks
weigh alike). The entries are the same bytes either way: each is what
`_code_of` returns for its pattern. The pool is skipped where it is unsafe or
pointless: few patterns, no `fork` on the platform, a process with other threads,
a process that is itself a pool's worker or a daemon (a batch worker: the batch
parent loads the table before it forks), or `EXFILWATCH_REGEX_JOBS=1`; a pool that
fails to start falls back to the serial build. Two processes missing at once both
build and both write; the write is a rename, so one whole entry is left.
With the cache off
(`EXFILWATCH_PARSED_CACHE=off`) each pattern is compiled on first use, as before.
"""

from __future__ import annotations

import array
import hashlib
import os
import re
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

try:  # CPython's matcher and compiler; elsewhere every pattern is compiled by `re`
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None  # type: ignore[assignment]

__all__ = ["PatternTable"]


@cache
def _typecode() -> str | None:
    """The `array` type whose items are the size of an `_sre` code word."""
    size = getattr(_sre, "CODESIZE", None)
    return next((t for t in "IL" if array.array(t).itemsize == size), None)


def _table_name() -> str:
    """One cache entry per interpreter build: its code format is the build's."""
    build = f"{sys.version} {getattr(_sre, 'MAGIC', '')} {getattr(_sre, 'CODESIZE', '')}"
    return "regex-" + hashlib.sha256(build.encode()).hexdigest()[:12]


def _code_of(pattern: str) -> list[Any]:
    """What `re.compile(pattern)` hands `_sre.compile`, in marshal-safe form."""
    parsed = _parser.parse(pattern, 0)
    code = array.array(_typecode() or "I", [int(c) for c in _compiler._code(parsed, 0)])
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags, groups = int(parsed.state.flags), parsed.state.groups - 1
    return [flags, code.tobytes(), groups, groupindex, indexgroup]


def _codes_of(patterns: Sequence[str]) -> list[list[Any]]:
    return [_code_of(pattern) for pattern in patterns]


_MIN_PARALLEL = 64  # fewer patterns compile sooner than a pool starts


def _pool_size() -> int:
    """How many processes may build a cold table: 1 (serial) wherever a pool is
    unsafe or pointless. `EXFILWATCH_REGEX_JOBS` sets it (1: always serial)."""
    import multiprocessing
    import threading

    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # spawn would import the user's `__main__` again in every worker
    if multiprocessing.parent_process() is not None or multiprocessing.current_process().daemon:
        return 1  # a pool's worker (a batch worker): no pool inside a pool
    if threading.active_count() > 1:
        return 1  # forking beside other threads can copy a lock they hold
    explicit = os.environ.get("EXFILWATCH_REGEX_JOBS", "")
    if explicit.isdigit():
        return max(1, int(explicit))
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _chunks(patterns: Sequence[str], count: int) -> list[list[str]]:
    """`count` chunks of about equal work, the longest patterns placed first
    (compiling time grows with a pattern's length; the lexicon tries dominate)."""
    chunks: list[list[str]] = [[] for _ in range(count)]
    loads = [0] * count
    for pattern in sorted(patterns, key=len, reverse=True):
        lightest = loads.index(min(loads))
        chunks[lightest].append(pattern)
        loads[lightest] += len(pattern) + 64
    return [chunk for chunk in chunks if chunk]


def build(patterns: Sequence[str], jobs: int | None = None) -> list[list[Any]]:
    """`[_code_of(p) for p in patterns]`, in a process pool when it pays: the
    one-time build of a cold cache is pure Python work, over a second per core."""
    jobs = _pool_size() if jobs is None else jobs
    if jobs <= 1 or len(patterns) < _MIN_PARALLEL:
        return _codes_of(patterns)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = _chunks(patterns, jobs * 3)  # several per worker: lengths only estimate work
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=context) as pool:
            built = list(pool.map(_codes_of, chunks))
    except Exception:  # no pool here (no fork allowed, a limit): build it serially
        return _codes_of(patterns)  # (and a pattern `re` refuses raises here again)
    entries: dict[str, list[Any]] = {}
    for chunk, codes in zip(chunks, built, strict=True):
        entries.update(zip(chunk, codes, strict=True))
    return [entries[pattern] for pattern in patterns]


def _from_code(pattern: str, entry: list[Any]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    words = array.array(_typecode() or "I")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, tuple(indexgroup))


class PatternTable:
    """The compiled form of a known set of patterns (one rule pack's), read from
    the cache on the first `compile` and built for all of them on a miss."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self._patterns = sorted(set(patterns))
        self._entries: dict[str, list[Any]] | None = None

    def __getstate__(self) -> list[str]:
        return self._patterns  # a worker reads the cache itself

    def __setstate__(self, patterns: list[str]) -> None:
        self._patterns, self._entries = patterns, None

    def load(self) -> None:
        """Read (or, on a miss, build) the table now: a process about to fork
        workers calls this so that they inherit it instead of each building it."""
        if self._entries is None:
            self._entries = self._load()

    def compile(self, pattern: str) -> re.Pattern[str]:
        self.load()
        assert self._entries is not None
        entry = self._entries.get(pattern)
        if entry is not None:
            try:
                return _from_code(pattern, entry)
            except Exception:  # a bad entry only costs a real compile
                self._entries.pop(pattern, None)
        return re.compile(pattern)

    def _load(self) -> dict[str, list[Any]]:
        from .parsed_cache import cache_dir, parsed

        if _sre is None or _typecode() is None or cache_dir() is None:
            return {}
        try:
            entries = parsed(_table_name(), self._patterns, _code_of, build)
        except Exception:  # a pattern `re` refuses is reported by `re.compile`
            return {}
        return dict(zip(self._patterns, entries, strict=True))
