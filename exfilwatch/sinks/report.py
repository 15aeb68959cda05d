"""Reports a person can read: one self-contained HTML file, or Markdown for tickets.

The reader was not at the test session (a developer, a privacy officer, a
lawyer), so the report says in sentences what left the phone and to whom, shows
it as a flow (app -> data -> owner -> country), and then lists every finding
with the evidence for it, redacted, and where in the request it sat. It ends
with what it was made from (runs, tool and rule versions, SHA-256 of each
input), so that a reader can check it.

The HTML needs no network and runs no script: styles are inline, the chart is
SVG drawn here, and a Content-Security-Policy forbids loading anything. All
text from traffic goes through Jinja2's autoescaping: it was written by the
apps under test.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .. import __version__
from ..model import Finding
from .collection import Collection
from .sankey import colour_of, group_paths, sankey_svg
from .store import InputFile, RunInfo, now_iso
from .urls import redact_url

TEMPLATE = Path(__file__).with_name("report_template.html")

CATEGORY_LABELS = {
    "biometric": "Biometric data",
    "viewing_history": "Viewing history",
    "device_id": "Device identifiers",
    "contact": "Contact details",
    "location": "Location",
}
_CATEGORY_ORDER = list(CATEGORY_LABELS)
SANKEY_OWNERS = 15
SANKEY_COUNTRIES = 10
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize())


def category_sort_key(category: str) -> tuple[int, str]:
    if category in _CATEGORY_ORDER:
        return (_CATEGORY_ORDER.index(category), category)
    return (len(_CATEGORY_ORDER), category)


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _listing(items: list[str], limit: int = 5) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


@dataclass(slots=True)
class CategorySummary:
    category: str
    label: str
    colour: str
    findings: int
    flows: int
    hosts: int
    owners: list[str]
    countries: list[str]
    third_party: int
    worst: str
    sentence: str


@dataclass(slots=True)
class DestinationRow:
    host: str
    owner: str
    parent: str
    owner_country: str
    server_country: str
    server_ip: str
    party: str
    categories: list[str]
    findings: int
    flows: int | None


@dataclass(slots=True)
class FindingRow:
    number: int
    finding: Finding
    url: str
    category_label: str
    colour: str


@dataclass(slots=True)
class ReportModel:
    title: str
    generated: str
    tool_version: str
    sources: list[str]
    totals: dict[str, int]
    categories: list[CategorySummary]
    paths: dict[tuple[str, ...], int]
    destinations: list[DestinationRow]
    findings: list[FindingRow]
    runs: list[RunInfo]
    inputs: list[InputFile]
    apps: list[str] = field(default_factory=list)

    @property
    def flows_known(self) -> bool:
        """Flow counts per destination exist only when a store recorded them."""
        return any(d.flows is not None for d in self.destinations)


def app_of(finding: Finding, runs: list[RunInfo]) -> str:
    """The app a finding came from: the run's app name when one is known, else the input."""
    apps = {r.app for r in runs if r.app}
    if len(apps) == 1:
        return next(iter(apps))
    source = finding.source or "unknown"
    return Path(source).stem if source != "live" else "live capture"


def flow_key(f: Finding) -> tuple[str, str]:
    return (f.source, f.flow)


def countries_of(findings: Iterable[Finding]) -> set[str]:
    """Owner and server countries; placeholders such as 'private' (test-net IPs) are no country."""
    return {
        c
        for f in findings
        for c in (f.destination.owner_country, f.destination.server_country)
        if c and _COUNTRY.match(c)
    }


def _top(values: Iterable[str], limit: int, other: str) -> dict[str, str]:
    """Name -> what the chart calls it: the `limit` most frequent kept, the rest one node."""
    counts = Counter(values)
    keep = {name for name, _ in counts.most_common(limit)}
    if len(counts) <= limit + 1:
        keep = set(counts)
    return {name: (name if name in keep else other) for name in counts}


def _flow_rows(findings: list[Finding], runs: list[RunInfo]) -> list[tuple[str, ...]]:
    """One (app, data, owner, country) row per finding; small owners folded so labels fit."""
    owner = [f.destination.owner or f.destination.host or "unknown" for f in findings]
    country = [
        f.destination.owner_country or f.destination.server_country or "unknown" for f in findings
    ]
    owner_names = _top(owner, SANKEY_OWNERS, "other owners")
    country_names = _top(country, SANKEY_COUNTRIES, "other countries")
    return [
        (app_of(f, runs), category_label(f.category), owner_names[o], country_names[c])
        for f, o, c in zip(findings, owner, country, strict=True)
    ]


def _summary(category: str, findings: list[Finding]) -> CategorySummary:
    hosts = {f.destination.host for f in findings}
    owners = sorted({f.destination.owner for f in findings if f.destination.owner})
    unowned = sorted({f.destination.host for f in findings if not f.destination.owner})
    countries = sorted(countries_of(findings))
    flows = len({flow_key(f) for f in findings})
    third = sum(1 for f in findings if f.destination.party == "third")
    worst = max((f.severity for f in findings), key=lambda s: _SEVERITY_RANK.get(s, 1))
    label = category_label(category)
    to_whom = _plural(len(hosts), "host")
    if owners:
        to_whom += f" of {_plural(len(owners), 'owner')} ({_listing(owners)})"
    if unowned:
        to_whom += f"; owner unknown for {_plural(len(unowned), 'host')}"
    where = f" in {_plural(len(countries), 'country', 'countries')} ({_listing(countries, 8)})"
    sentence = (
        f"{label}: {_plural(len(findings), 'finding')} in {_plural(flows, 'flow')}, "
        f"sent to {to_whom}{where if countries else ''}; "
        f"{third} of {len(findings)} to third parties; highest severity {worst}."
    )
    return CategorySummary(
        category,
        label,
        colour_of(category),
        len(findings),
        flows,
        len(hosts),
        owners,
        countries,
        third,
        worst,
        sentence,
    )


def _destination_rows(coll: Collection) -> list[DestinationRow]:
    per_host: dict[str, list[Finding]] = defaultdict(list)
    for f in coll.findings:
        per_host[f.destination.host].append(f)
    hosts = set(per_host) | set(coll.destinations)
    rows = []
    for host in hosts:
        stat = coll.destinations.get(host)
        d = stat.destination if stat else per_host[host][0].destination
        rows.append(
            DestinationRow(
                host,
                d.owner or "",
                d.parent or "",
                d.owner_country or "",
                d.server_country or "",
                d.server_ip or "",
                d.party,
                sorted({f.category for f in per_host[host]}, key=category_sort_key),
                len(per_host[host]),
                stat.flows if stat else None,
            )
        )
    rows.sort(key=lambda r: (-r.findings, -(r.flows or 0), r.host))
    return rows


def build_model(coll: Collection, title: str | None = None) -> ReportModel:
    """Everything the templates show, counted once here so HTML and Markdown agree."""
    findings = sorted(
        coll.findings, key=lambda f: (category_sort_key(f.category), f.time, f.source, f.flow)
    )
    by_category: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_category[f.category].append(f)
    categories = [_summary(c, by_category[c]) for c in sorted(by_category, key=category_sort_key)]
    paths = group_paths(_flow_rows(findings, coll.runs))
    rows = [
        FindingRow(i, f, redact_url(f.url), category_label(f.category), colour_of(f.category))
        for i, f in enumerate(findings, 1)
    ]
    owners = {f.destination.owner for f in findings if f.destination.owner}
    countries = countries_of(findings)
    totals = {
        "findings": len(findings),
        "flows": len({flow_key(f) for f in findings}),
        "hosts": len({f.destination.host for f in findings}),
        "owners": len(owners),
        "countries": len(countries),
        "categories": len(categories),
        "third_party": sum(1 for f in findings if f.destination.party == "third"),
    }
    apps = sorted({p[0] for p in paths})
    return ReportModel(
        title=title or f"exfilwatch report: {', '.join(apps) or coll.label}",
        generated=now_iso(),
        tool_version=__version__,
        sources=[coll.label],
        totals=totals,
        categories=categories,
        paths=paths,
        destinations=_destination_rows(coll),
        findings=rows,
        runs=coll.runs,
        inputs=coll.inputs + [i for r in coll.runs for i in r.inputs],
        apps=apps,
    )


def rules_digest(rules: dict[str, str]) -> str:
    """One short hash of a run's whole rule pack, to compare two runs at a glance."""
    text = json.dumps(rules, sort_keys=True).encode()
    return hashlib.sha256(text).hexdigest()[:12]


def short_time(iso: str) -> str:
    """`2025-03-01 10:00:05` from the contract's ISO time (UTC, said once in the header)."""
    if not iso:
        return "–"
    return iso.replace("T", " ")[:19]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["rules_digest"] = rules_digest
    env.filters["short_time"] = short_time
    return env


def render_html(model: ReportModel) -> str:
    template = _environment().from_string(TEMPLATE.read_text(encoding="utf-8"))
    colours = {c.label: c.colour for c in model.categories}
    titles = ["App", "Data", "Owner", "Country"]
    svg = sankey_svg(model.paths, titles, colours) if model.paths else ""
    return template.render(m=model, sankey=Markup(svg))


def _md(text: Any) -> str:
    """A Markdown table cell: pipes escaped, one line, nothing that renders as markup."""
    value = "" if text is None else str(text)
    value = value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")
    for ch in "`*_[]<>#":
        value = value.replace(ch, "\\" + ch)
    return value or "-"


def _code(text: str) -> str:
    text = text.replace("`", "'").replace("|", "\\|").replace("\n", " ")
    return f"`{text}`" if text else "-"


def render_markdown(model: ReportModel) -> str:
    t = model.totals
    out = [
        f"# {_md(model.title)}",
        "",
        f"Generated {model.generated} by exfilwatch {model.tool_version} from "
        f"{', '.join(_code(s) for s in model.sources)}.",
        "",
        "## Summary",
        "",
        f"{_plural(t['findings'], 'finding')} in {_plural(t['flows'], 'flow')} to "
        f"{_plural(t['hosts'], 'host')} of {_plural(t['owners'], 'owner')} in "
        f"{_plural(t['countries'], 'country', 'countries')}; "
        f"{t['third_party']} to third parties.",
        "",
    ]
    out += [f"- **{_md(c.label)}**: {_md(c.sentence.split(': ', 1)[1])}" for c in model.categories]
    out += ["", "## Flows (app → data → owner → country)", ""]
    out += ["| App | Data | Owner | Country | Findings |", "| --- | --- | --- | --- | ---: |"]
    for path, n in sorted(model.paths.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("| " + " | ".join(_md(p) for p in path) + f" | {n} |")
    out += ["", "## Destinations", ""]
    out += [
        "| Host | Owner | HQ | Server | Party | Categories | Findings | Flows |",
        "| --- | --- | --- | --- | --- | --- | ---: | ---: |",
    ]
    for d in model.destinations:
        cells = [
            d.host,
            d.owner,
            d.owner_country,
            d.server_country,
            d.party,
            ", ".join(d.categories),
        ]
        flows = "-" if d.flows is None else str(d.flows)
        out.append("| " + " | ".join(_md(c) for c in cells) + f" | {d.findings} | {flows} |")
    out += ["", "## Findings", ""]
    out += [
        "| # | Time | Category | Severity | Rule | Request | Location | Encodings | Evidence |",
        "| ---: | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in model.findings:
        f = row.finding
        out.append(
            f"| {row.number} | {_md(f.time)} | {_md(f.category)} | {_md(f.severity)} | "
            f"{_code(f.signature)} | {_md(f.method)} {_code(row.url)} | {_code(f.location)} | "
            f"{_md(', '.join(f.encodings))} | {_code(f.evidence)} |"
        )
    refs = sorted({r for row in model.findings for r in row.finding.references})
    if refs:
        out += ["", "### Rule references", ""] + [f"- <{r}>" for r in refs]
    out += ["", "## What this report was made from", ""]
    for run in model.runs:
        out.append(
            f"- Run {run.id}: app {_md(run.app)}, device {_md(run.device)}, "
            f"{_md(run.started)} to {_md(run.ended)}, exfilwatch {_md(run.tool_version)}, "
            f"{_plural(len(run.rules), 'rule')} (pack {rules_digest(run.rules)})"
        )
    out += ["", "| Input | Bytes | SHA-256 |", "| --- | ---: | --- |"]
    for i in model.inputs:
        out.append(
            f"| {_code(i.path)} | {'-' if i.size is None else i.size} | {_code(i.sha256 or '')} |"
        )
    return "\n".join(out) + "\n"


def write_report(model: ReportModel, path: str | Path) -> str:
    """'html' or 'markdown' by the file's suffix; the file is created owner-only."""
    from . import private_open

    kind = "markdown" if Path(path).suffix.lower() in (".md", ".markdown") else "html"
    text = render_markdown(model) if kind == "markdown" else render_html(model)
    with private_open(path, "w") as out:
        out.write(text)
    return kind
