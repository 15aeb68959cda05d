"""Compare two runs: which leaks are new, gone or changed (e.g. between two app builds).

A leak is identified by a *stable key*, never by a finding's `id`: the id hashes
the input file and flow number, which differ between any two captures. The key
is what stays the same when the same SDK sends the same data again:
category, rule, where in the request (list indices folded), receiving host,
method and the URL without its query (id-like path segments folded). The same
key is what a gate's baseline matches on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .model import Finding
from .sinks.urls import url_shape

StableKey = tuple[str, str, str, str, str, str]

_INDEX = re.compile(r"\[\d+\]")
# what may change for the same leak and is worth telling (not counts or times)
_COMPARED = ("encodings", "severity", "owner", "owner_country", "server_country", "party")


def stable_key(f: Finding) -> StableKey:
    host = (f.destination.host or "").lower()
    location = _INDEX.sub("[]", f.location)
    return (f.category, f.signature, location, host, f.method.upper(), url_shape(f.url))


def describe_key(key: StableKey) -> str:
    category, signature, location, _host, method, shape = key
    return f"{category} {signature} at {location} in {method} {shape}"


def group_by_key(findings: Iterable[Finding]) -> dict[StableKey, list[Finding]]:
    groups: dict[StableKey, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[stable_key(f)].append(f)
    return dict(groups)


def _traits(findings: list[Finding]) -> dict[str, Any]:
    """What a group says about the leak, as sorted tuples so builds compare exactly."""
    d = [f.destination for f in findings]
    return {
        "encodings": tuple(sorted({"|".join(f.encodings) or "plain" for f in findings})),
        "severity": tuple(sorted({f.severity for f in findings})),
        "owner": tuple(sorted({x.owner or "" for x in d})),
        "owner_country": tuple(sorted({x.owner_country or "" for x in d})),
        "server_country": tuple(sorted({x.server_country or "" for x in d})),
        "party": tuple(sorted({x.party for x in d})),
    }


@dataclass(slots=True)
class Change:
    key: StableKey
    old: list[Finding]
    new: list[Finding]
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(slots=True)
class DiffResult:
    new: dict[StableKey, list[Finding]] = field(default_factory=dict)
    gone: dict[StableKey, list[Finding]] = field(default_factory=dict)
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0

    @property
    def differs(self) -> bool:
        return bool(self.new or self.gone or self.changed)


def diff_findings(old: Iterable[Finding], new: Iterable[Finding]) -> DiffResult:
    before, after = group_by_key(old), group_by_key(new)
    result = DiffResult()
    for key in sorted(after.keys() - before.keys()):
        result.new[key] = after[key]
    for key in sorted(before.keys() - after.keys()):
        result.gone[key] = before[key]
    for key in sorted(before.keys() & after.keys()):
        a, b = _traits(before[key]), _traits(after[key])
        fields = {name: (a[name], b[name]) for name in _COMPARED if a[name] != b[name]}
        if fields:
            result.changed.append(Change(key, before[key], after[key], fields))
        else:
            result.unchanged += 1
    return result
