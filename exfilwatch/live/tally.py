"""What the live proxy has seen, counted, and said in the few words a flow list has room for.

mitmproxy's UIs give a flow one marker and one comment line. The marker is the
flow's worst category (so a tester scanning the list sees red for biometric data
first); the comment says what went where (`device_id x3 -> ByteDance (CN)`). The
tally is updated from the worker thread and read from the event loop (commands),
so every access holds its lock.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import Destination
from ..sinks.table_sink import CATEGORY_ORDER

MARKERS: dict[str, str] = {
    "biometric": ":red_circle:",
    "viewing_history": ":orange_circle:",
    "device_id": ":yellow_circle:",
    "contact": ":large_blue_circle:",
}
OTHER_MARKER = ":purple_circle:"
OUR_MARKERS = frozenset([*MARKERS.values(), OTHER_MARKER])


def category_rank(category: str) -> tuple[int, str]:
    """Known categories in CATEGORY_ORDER (worst first), others after, alphabetically."""
    try:
        return (CATEGORY_ORDER.index(category), "")
    except ValueError:
        return (len(CATEGORY_ORDER), category)


def worst_category(categories: Iterable[str]) -> str:
    return min(categories, key=category_rank)


def marker_for(category: str) -> str:
    return MARKERS.get(category, OTHER_MARKER)


def owner_label(d: Destination) -> str:
    """Who received it, as a tester would name them: the owner, else the site."""
    return d.owner or d.domain or d.host or "unknown"


def country_of(d: Destination) -> str | None:
    return d.owner_country or d.server_country


def destination_label(d: Destination) -> str:
    country = country_of(d)
    return f"{owner_label(d)} ({country})" if country else owner_label(d)


def comment_for(categories: Mapping[str, int], destination: str) -> str:
    """One line: `device_id x3, biometric x1 -> ByteDance (CN)`, worst category first."""
    parts = [f"{c} x{categories[c]}" for c in sorted(categories, key=category_rank)]
    return f"{', '.join(parts)} -> {destination}"


@dataclass
class Tally:
    """Counts for the summary; safe to update from one thread and read from another."""

    seen: int = 0
    analysed: int = 0
    with_findings: int = 0
    findings: int = 0
    dropped: int = 0
    errors: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_owner: Counter[str] = field(default_factory=Counter)
    by_country: Counter[str] = field(default_factory=Counter)
    flows_by_host: Counter[str] = field(default_factory=Counter)
    destinations: dict[str, Destination] = field(default_factory=dict)
    error_kinds: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def count_seen(self) -> None:
        with self.lock:
            self.seen += 1

    def count_dropped(self) -> int:
        with self.lock:
            self.dropped += 1
            return self.dropped

    def count_error(self, kind: str) -> bool:
        """Count an analysis error; True the first time this kind is seen (log it then)."""
        with self.lock:
            self.errors += 1
            self.error_kinds[kind] += 1
            return self.error_kinds[kind] == 1

    def add(self, host: str, destination: Destination | None, categories: list[str]) -> None:
        """One exchange analysed: its host, destination and its findings' categories."""
        with self.lock:
            self.analysed += 1
            self.flows_by_host[host] += 1
            if destination is not None and host not in self.destinations:
                self.destinations[host] = destination
            if categories:
                self.with_findings += 1
                self._count_findings(destination, categories)

    def add_late(self, destination: Destination, categories: list[str], first: bool) -> None:
        """Findings an earlier exchange got late (see `analysis.Late`), counted as its own
        would have been: against its destination, and as a flow with findings if `first`."""
        with self.lock:
            if first:
                self.with_findings += 1
            self._count_findings(destination, categories)

    def _count_findings(self, destination: Destination | None, categories: list[str]) -> None:
        """With the lock held."""
        self.findings += len(categories)
        self.by_category.update(categories)
        owner = destination_label(destination) if destination else "?"
        country = (country_of(destination) if destination else None) or "?"
        self.by_owner[owner] += len(categories)
        self.by_country[country] += len(categories)

    def snapshot(self) -> dict[str, Any]:
        """A JSON-ready copy: what `exfilwatch proxy` prints on exit."""
        with self.lock:
            return {
                "flows_seen": self.seen,
                "flows_analysed": self.analysed,
                "flows_with_findings": self.with_findings,
                "findings": self.findings,
                "dropped": self.dropped,
                "analysis_errors": self.errors,
                "by_category": dict(self.by_category.most_common()),
                "by_owner": dict(self.by_owner.most_common()),
                "by_country": dict(self.by_country.most_common()),
                "error_kinds": dict(self.error_kinds),
            }


def summary_text(snap: Mapping[str, Any]) -> str:
    """The summary as a few plain lines (mitmproxy's command output and log)."""
    lines = [
        f"exfilwatch: {snap['flows_analysed']} exchange(s) analysed, "
        f"{snap['flows_with_findings']} with findings, {snap['findings']} finding(s); "
        f"{snap['dropped']} dropped (analysis queue full, traffic unaffected), "
        f"{snap['analysis_errors']} analysis error(s)"
    ]
    groups = (("category", "by_category"), ("owner", "by_owner"), ("country", "by_country"))
    for title, key in groups:
        counts: Mapping[str, int] = snap[key]
        if counts:
            lines.append(f"  by {title}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return "\n".join(lines)
