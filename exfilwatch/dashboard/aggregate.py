"""The dashboard's numbers, kept up to date one finding at a time.

Everything the panels show (totals per category and over time, destinations,
countries, flows) is a running aggregate: adding a finding is a handful of dict
updates, so a new finding costs the same with 10 or 100,000 already loaded. Only
a filter change walks all findings again, once. This module knows nothing of
Textual, so the bench and the tests drive it directly.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Finding

UNKNOWN = "(unknown)"


def owner_of(finding: Finding) -> str:
    """The owner a person would name: the company, else the registrable domain."""
    d = finding.destination
    return d.owner or d.domain or d.host or UNKNOWN


@dataclass(frozen=True, slots=True)
class Filter:
    """What the view shows; None (or "") means any."""

    category: str | None = None
    owner: str | None = None
    country: str | None = None  # owner (headquarters) or server country
    party: str | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return any((self.category, self.owner, self.country, self.party, self.text))

    def matches(self, f: Finding, hay: str | None = None) -> bool:
        """Does `f` pass? `hay` is its `haystack`, when the caller keeps them."""
        d = f.destination
        if self.category and f.category != self.category:
            return False
        if self.owner and owner_of(f) != self.owner:
            return False
        if self.country and self.country not in (d.owner_country, d.server_country):
            return False
        if self.party and d.party != self.party:
            return False
        if not self.text:
            return True
        return self.text.lower() in (hay if hay is not None else haystack(f))

    def describe(self) -> str:
        parts = [
            f"{name}={value}"
            for name, value in (
                ("category", self.category),
                ("owner", self.owner),
                ("country", self.country),
                ("party", self.party),
                ("search", self.text),
            )
            if value
        ]
        return ", ".join(parts) or "none"


def haystack(f: Finding) -> str:
    """What text search looks in: what a person would type to find a finding."""
    d = f.destination
    fields = (
        f.category,
        f.signature,
        f.title,
        f.url,
        f.location,
        f.evidence,
        d.host,
        d.owner,
        d.parent,
        d.owner_country,
        d.server_country,
        d.party,
    )
    return " ".join(str(v) for v in fields if v).lower()


@dataclass(slots=True)
class DestinationStats:
    """One row of the destinations panel: a host and what it received."""

    host: str
    owner: str
    owner_country: str
    server_country: str
    party: str
    findings: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    last: str = ""


def epoch_of(finding: Finding, default: float) -> float:
    """Seconds since the epoch of a finding's ISO time; `default` when absent or bad."""
    value = finding.time
    if not value or not isinstance(value, str):
        return default
    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        return default


class Aggregates:
    """Running totals over the findings that pass the current filter."""

    def __init__(self) -> None:
        self.total = 0
        self.by_category: Counter[str] = Counter()
        # Two resolutions, so that a sparkline costs O(bins seen), not O(findings):
        # seconds for short sessions, minutes once a session is long.
        self.per_second: dict[str, Counter[int]] = {}
        self.per_minute: dict[str, Counter[int]] = {}
        self.destinations: dict[str, DestinationStats] = {}
        self.owner_countries: Counter[str] = Counter()
        self.server_countries: Counter[str] = Counter()
        self.flows: set[tuple[str, str]] = set()
        self.first = 0.0
        self.last = 0.0

    def add(self, f: Finding, when: float) -> None:
        d = f.destination
        self.total += 1
        self.by_category[f.category] += 1
        second = int(when)
        per_second = self.per_second.get(f.category)
        if per_second is None:
            per_second = self.per_second[f.category] = Counter()
            self.per_minute[f.category] = Counter()
        per_second[second] += 1
        self.per_minute[f.category][second // 60] += 1
        if not self.first or when < self.first:
            self.first = when
        if when > self.last:
            self.last = when
        self.flows.add((f.source, f.flow))
        host = d.host or UNKNOWN
        stats = self.destinations.get(host)
        if stats is None:
            stats = self.destinations[host] = DestinationStats(
                host=host,
                owner=owner_of(f),
                owner_country=d.owner_country or "",
                server_country=d.server_country or "",
                party=d.party or "unknown",
            )
        stats.findings += 1
        stats.categories[f.category] += 1
        stats.last = f.time or stats.last
        if d.server_country:
            stats.server_country = d.server_country  # a CDN may move; show the latest
        self.owner_countries[d.owner_country or UNKNOWN] += 1
        self.server_countries[d.server_country or UNKNOWN] += 1

    def series(self, category: str | None, bins: int) -> list[float]:
        """Findings per time bin over the whole session, for a sparkline."""
        if bins <= 0 or not self.total:
            return [0.0] * max(bins, 0)
        span = max(self.last - self.first, 1.0)
        unit = 60 if span > bins * 120 else 1
        table = self.per_minute if unit == 60 else self.per_second
        counters = [table.get(category, Counter())] if category else list(table.values())
        width = span / bins
        out = [0.0] * bins
        start = self.first
        for counter in counters:
            for slot, count in counter.items():
                index = int((slot * unit - start) / width)
                out[min(max(index, 0), bins - 1)] += count
        return out

    def ranked_destinations(self, limit: int | None = None) -> list[DestinationStats]:
        ranked = sorted(self.destinations.values(), key=lambda s: (-s.findings, s.host))
        return ranked if limit is None else ranked[:limit]

    def countries(self) -> list[tuple[str, int, int]]:
        """(country, findings by owner headquarters, findings by server location)."""
        names = set(self.owner_countries) | set(self.server_countries)
        rows = [(c, self.owner_countries[c], self.server_countries[c]) for c in names]
        return sorted(rows, key=lambda r: (-(r[1] + r[2]), r[0]))


class DashboardModel:
    """All findings read so far, the filter, and the aggregates of the filtered view."""

    def __init__(self, feed_size: int = 500, clock: Callable[[], float] = time.time) -> None:
        self.findings: list[Finding] = []
        self.when: list[float] = []
        self.filter = Filter()
        self.all = Aggregates()  # unfiltered, for the status line and filter choices
        self.view = self.all  # the filtered view; the same object while no filter is set
        self.view_indexes: list[int] | None = None  # None: every finding is in the view
        self.feed: deque[int] = deque(maxlen=feed_size)  # indexes into `findings`
        self.bad = 0
        self.last_error: str | None = None
        self.events: list[str] = []
        self.last_update = 0.0
        self.version = 0  # bumped on every change, so the app redraws only then
        self.view_epoch = 0  # bumped when the view is rebuilt (filter change)
        self._clock = clock
        # Lower-cased search text per finding, built on the first text search only.
        self._haystacks: list[str] | None = None

    def add(self, findings: Iterable[Finding]) -> int:
        """Add new findings; returns how many of them pass the filter."""
        matched = 0
        now = self._clock()
        view, flt, indexes, hays = self.view, self.filter, self.view_indexes, self._haystacks
        for f in findings:
            when = epoch_of(f, now)
            index = len(self.findings)
            self.findings.append(f)
            self.when.append(when)
            self.all.add(f, when)
            if hays is not None:
                hays.append(haystack(f))
            if indexes is None:
                self.feed.append(index)
                matched += 1
            elif flt.matches(f, hays[index] if hays is not None else None):
                view.add(f, when)
                indexes.append(index)
                self.feed.append(index)
                matched += 1
        self.last_update = now
        self.version += 1
        return matched

    def note_bad(self, count: int, error: str | None) -> None:
        if count:
            self.bad += count
            self.last_error = error or self.last_error
            self.version += 1

    def note_events(self, events: list[str]) -> None:
        """Truncation or rotation means a new run: keep what was shown, say so."""
        interesting = [e for e in events if e in ("truncated", "rotated")]
        if interesting:
            self.events.extend(interesting)
            self.version += 1

    def set_filter(self, new: Filter) -> bool:
        """Apply a filter: at most one pass over all findings. False when nothing changed.

        Typing a search one letter at a time only narrows the view, so then only
        the findings already in it are looked at again.
        """
        old, old_indexes = self.filter, self.view_indexes
        if new == old:
            return False
        self.filter = new
        self.feed.clear()
        self.view_epoch += 1
        self.version += 1
        if not new.active:
            self.view, self.view_indexes = self.all, None
            self.feed.extend(range(len(self.findings))[-(self.feed.maxlen or 1) :])
            return True
        if new.text and self._haystacks is None:
            self._haystacks = [haystack(f) for f in self.findings]
        hays = self._haystacks if new.text else None
        narrows = old_indexes is not None and _narrows(old, new)
        candidates = old_indexes if narrows else range(len(self.findings))
        self.view, self.view_indexes = Aggregates(), []
        for index in candidates:  # type: ignore[union-attr]
            f = self.findings[index]
            if new.matches(f, hays[index] if hays is not None else None):
                self.view.add(f, self.when[index])
                self.view_indexes.append(index)
                self.feed.append(index)
        return True

    def _matching_indexes(self) -> Iterable[int]:
        if self.view_indexes is None:
            return range(len(self.findings))
        return list(self.view_indexes)

    def matching(self) -> Iterator[Finding]:
        """The current view, oldest first: what export writes."""
        for index in self._matching_indexes():
            yield self.findings[index]

    def newest(self, limit: int | None = None) -> list[tuple[int, Finding]]:
        """The live feed, newest first, as (index, finding)."""
        indexes = list(self.feed)[::-1]
        if limit is not None:
            indexes = indexes[:limit]
        return [(i, self.findings[i]) for i in indexes]

    def choices(self) -> dict[str, list[str]]:
        """Values seen so far, for the filter menus (from all findings, not the view)."""
        owners = sorted({s.owner for s in self.all.destinations.values()}, key=str.lower)
        parties = sorted({s.party for s in self.all.destinations.values()})
        countries = sorted(
            (set(self.all.owner_countries) | set(self.all.server_countries)) - {UNKNOWN}
        )
        return {
            "category": sorted(self.all.by_category),
            "owner": owners,
            "country": countries,
            "party": parties,
        }


def _narrows(old: Filter, new: Filter) -> bool:
    """True when `new` can only drop findings from `old`'s view (a longer search)."""
    same_fields = (old.category, old.owner, old.country, old.party) == (
        new.category,
        new.owner,
        new.country,
        new.party,
    )
    return same_fields and old.text.lower() in new.text.lower()
