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
unpickling), hence this module. With the cache off
(`EXFILWATCH_PARSED_CACHE=off`) each pattern is compiled on first use, as before.
"""

from __future__ import annotations

import array
import hashlib
import re
import sys
from collections.abc import Iterable
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

    def compile(self, pattern: str) -> re.Pattern[str]:
        if self._entries is None:
            self._entries = self._load()
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
            entries = parsed(_table_name(), self._patterns, _code_of)
        except Exception:  # a pattern `re` refuses is reported by `re.compile`
            return {}
        return dict(zip(self._patterns, entries, strict=True))
