"""The privacy gate: does a run's set of findings respect a policy?

A policy (YAML, schema in `policy_schema.json`) lists what is *denied*; every
finding that matches a deny rule, is not covered by that rule's exceptions or
by a top-level `allow` entry, and was not accepted in the baseline, is a breach.
Deny-lists rather than allow-lists because the questions CI asks are of that
shape ("no biometric data to anyone", "no device ids to third parties except
our attribution vendor", "nothing to owners or servers in CN or RU").

The baseline is a previous findings file (or store) that the team accepted;
findings are matched to it by `diff.stable_key`, so the same leak in a new
build with new flow numbers stays accepted, and a new one fails the gate.
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
import yaml

from .diff import StableKey, describe_key, stable_key
from .model import Finding
from .sinks.urls import redact_url

_SEVERITY = {"low": 0, "medium": 1, "high": 2, "critical": 3}
_CONDITIONS = (
    "category",
    "party",
    "owners",
    "hosts",
    "signatures",
    "countries",
    "min_severity",
    "min_confidence",
    "direction",
)


class PolicyError(ValueError):
    """An invalid policy file; one line naming the file, line and problem."""


def _list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _host_in(host: str, suffixes: Sequence[str]) -> bool:
    host = host.lower()
    return any(host == s or host.endswith("." + s) for s in suffixes)


@dataclass(frozen=True, slots=True)
class Match:
    """Conditions that all must hold; an absent condition holds for any finding."""

    categories: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    country_of: str = "any"
    min_severity: str | None = None
    min_confidence: float | None = None
    direction: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Match:
        return cls(
            categories=_list(data.get("category")),
            parties=_list(data.get("party")),
            owners=tuple(o.lower() for o in _list(data.get("owners"))),
            hosts=tuple(h.lower().lstrip(".") for h in _list(data.get("hosts"))),
            signatures=_list(data.get("signatures")),
            countries=tuple(c.upper() for c in _list(data.get("countries"))),
            country_of=data.get("country_of", "any"),
            min_severity=data.get("min_severity"),
            min_confidence=data.get("min_confidence"),
            direction=data.get("direction"),
        )

    def holds(self, f: Finding) -> bool:
        d = f.destination
        if self.categories and f.category not in self.categories:
            return False
        if self.parties and d.party not in self.parties:
            return False
        if self.owners and not owner_in(f, self.owners):
            return False
        if self.hosts and not _host_in(d.host, self.hosts):
            return False
        if self.signatures and not signature_in(f.signature, self.signatures):
            return False
        if self.countries and not set(self.countries) & countries_of(f, self.country_of):
            return False
        if self.min_severity and _SEVERITY.get(f.severity, 1) < _SEVERITY[self.min_severity]:
            return False
        if self.min_confidence is not None and f.confidence < self.min_confidence:
            return False
        return not (self.direction and f.direction != self.direction)


def owner_in(f: Finding, owners: Sequence[str]) -> bool:
    """The owner or its parent company, case-insensitively: 'Alphabet Inc.' covers Google."""
    names = {(n or "").lower() for n in (f.destination.owner, f.destination.parent)} - {""}
    return bool(names & set(owners))


def signature_in(signature: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(signature, p) for p in patterns)


def countries_of(f: Finding, which: str) -> set[str]:
    d = f.destination
    owner = {d.owner_country, d.owner_legal_country}
    server = {d.server_country}
    chosen = owner if which == "owner" else server if which == "server" else owner | server
    return {c.upper() for c in chosen if c}


@dataclass(frozen=True, slots=True)
class DenyRule:
    name: str
    description: str
    match: Match
    except_owners: tuple[str, ...] = ()
    except_hosts: tuple[str, ...] = ()
    except_signatures: tuple[str, ...] = ()

    def breached_by(self, f: Finding) -> bool:
        if not self.match.holds(f):
            return False
        if self.except_owners and owner_in(f, self.except_owners):
            return False
        if self.except_hosts and _host_in(f.destination.host, self.except_hosts):
            return False
        return not (self.except_signatures and signature_in(f.signature, self.except_signatures))


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    deny: tuple[DenyRule, ...]
    allow: tuple[Match, ...] = ()
    min_confidence: float = 0.0
    path: str = ""


def _default_name(index: int, data: dict[str, Any]) -> str:
    parts = [*_list(data.get("category")), *_list(data.get("party"))]
    if data.get("countries"):
        parts.append("countries-" + "-".join(c.upper() for c in data["countries"]))
    return f"deny-{index}" + ("-" + "-".join(parts) if parts else "")


def _yaml_line(root: yaml.Node | None, path: Iterable[Any]) -> int:
    """The line of a schema error in the YAML file, so the user goes straight there."""
    node = root
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            node = node.value[step] if step < len(node.value) else None
        else:
            break
        if node is None:
            break
    return (node.start_mark.line + 1) if node is not None else 1


@cache
def policy_schema() -> dict[str, Any]:
    return json.loads(Path(__file__).with_name("policy_schema.json").read_text(encoding="utf-8"))


def parse_policy(text: str, path: str = "policy") -> Policy:
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise PolicyError(f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    validator = jsonschema.Draft202012Validator(policy_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    if errors:
        err = min(errors, key=lambda e: (len(e.path), list(map(str, e.path))))
        where = "/".join(str(p) for p in err.path) or "(top)"
        raise PolicyError(f"{path}:{_yaml_line(root, err.path)}: {where}: {err.message}")
    for i, entry in enumerate(data.get("allow", [])):
        if not set(entry) & set(_CONDITIONS):
            line = _yaml_line(root, ["allow", i])
            raise PolicyError(f"{path}:{line}: allow/{i}: needs a condition, or it allows all")
    rules, names = [], set()
    for i, entry in enumerate(data["deny"]):
        name = entry.get("name") or _default_name(i, entry)
        if name in names:
            line = _yaml_line(root, ["deny", i])
            raise PolicyError(f"{path}:{line}: deny/{i}: rule name {name!r} used twice")
        names.add(name)
        rules.append(
            DenyRule(
                name,
                entry.get("description", ""),
                Match.from_dict(entry),
                tuple(o.lower() for o in _list(entry.get("except_owners"))),
                tuple(h.lower().lstrip(".") for h in _list(entry.get("except_hosts"))),
                _list(entry.get("except_signatures")),
            )
        )
    return Policy(
        name=data.get("name") or Path(path).stem,
        deny=tuple(rules),
        allow=tuple(Match.from_dict(a) for a in data.get("allow", [])),
        min_confidence=float(data.get("min_confidence", 0.0)),
        path=path,
    )


def load_policy(path: str | Path) -> Policy:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise PolicyError(f"{path}: policy is not UTF-8 text") from None
    return parse_policy(text, str(path))


@dataclass(frozen=True, slots=True)
class Breach:
    rule: DenyRule
    finding: Finding

    def line(self) -> str:
        f, d = self.finding, self.finding.destination
        owner = d.owner or "owner unknown"
        where = "/".join(c for c in (d.owner_country, d.server_country) if c) or "?"
        return (
            f"BREACH {self.rule.name}: {f.category} -> {owner} ({where}) {d.host}; "
            f"flow {f.flow} in {f.source}: {f.method} {_short(redact_url(f.url))}; "
            f"rule {f.signature} at {f.location}"
        )


def _short(url: str, limit: int = 160) -> str:
    """A CI log line stays readable; the query is what runs long, and it is redacted anyway."""
    return url if len(url) <= limit else url[: limit - 1] + "…"


@dataclass(slots=True)
class GateResult:
    policy: Policy
    checked: int = 0
    breaches: list[Breach] = field(default_factory=list)
    accepted: list[Breach] = field(default_factory=list)
    allowed: int = 0

    @property
    def passed(self) -> bool:
        return not self.breaches


def evaluate(
    policy: Policy, findings: Iterable[Finding], baseline: frozenset[StableKey] = frozenset()
) -> GateResult:
    """Every (deny rule, finding) pair that breaks the policy; baseline ones set aside."""
    result = GateResult(policy)
    for f in findings:
        if f.confidence < policy.min_confidence:
            continue
        result.checked += 1
        if any(a.holds(f) for a in policy.allow):
            result.allowed += 1
            continue
        accepted = stable_key(f) in baseline
        for rule in policy.deny:
            if rule.breached_by(f):
                (result.accepted if accepted else result.breaches).append(Breach(rule, f))
    return result


def baseline_keys(findings: Iterable[Finding]) -> frozenset[StableKey]:
    return frozenset(stable_key(f) for f in findings)


def junit_xml(result: GateResult, errors: Sequence[str] = (), seconds: float = 0.0) -> bytes:
    """One test case per deny rule that holds, one failed case per breached leak.

    A leak (stable key) seen in many flows is one failure listing its flows, so a
    CI page shows leaks rather than packets; baseline-accepted leaks are skipped
    cases; unreadable inputs are errors.
    """
    policy = result.policy
    suite = ET.Element("testsuite", name=f"exfilwatch policy {policy.name}")
    props = ET.SubElement(suite, "properties")
    for name, value in (
        ("policy", policy.path),
        ("findings_checked", result.checked),
        ("breaches", len(result.breaches)),
        ("accepted_in_baseline", len(result.accepted)),
        ("allowed", result.allowed),
    ):
        ET.SubElement(props, "property", name=name, value=str(value))
    tests = failures = skipped = 0
    for rule in policy.deny:
        classname = f"exfilwatch.policy.{rule.name}"
        failed = _grouped([b for b in result.breaches if b.rule is rule])
        accepted = _grouped([b for b in result.accepted if b.rule is rule])
        if not failed:
            ET.SubElement(suite, "testcase", classname=classname, name=f"{rule.name}: holds")
            tests += 1
        for key, group in failed.items():
            case = ET.SubElement(
                suite, "testcase", classname=classname, name=_case_name(key, group)
            )
            text = "\n".join(b.line() for b in group)
            message = f"{rule.name}: {describe_key(key)} ({len(group)} flow(s))"
            ET.SubElement(case, "failure", message=message, type="PolicyBreach").text = text
            tests += 1
            failures += 1
        for key, group in accepted.items():
            case = ET.SubElement(
                suite, "testcase", classname=classname, name=_case_name(key, group)
            )
            ET.SubElement(case, "skipped", message="accepted in baseline")
            tests += 1
            skipped += 1
    for i, error in enumerate(errors):
        case = ET.SubElement(suite, "testcase", classname="exfilwatch.input", name=f"input {i + 1}")
        ET.SubElement(case, "error", message=error, type="BadInput")
        tests += 1
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(len(errors)))
    suite.set("skipped", str(skipped))
    suite.set("time", f"{seconds:.3f}")
    root = ET.Element("testsuites", name="exfilwatch check", tests=str(tests))
    root.set("failures", str(failures))
    root.set("errors", str(len(errors)))
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _grouped(breaches: list[Breach]) -> dict[StableKey, list[Breach]]:
    groups: dict[StableKey, list[Breach]] = {}
    for b in breaches:
        groups.setdefault(stable_key(b.finding), []).append(b)
    return groups


def _case_name(key: StableKey, group: list[Breach]) -> str:
    d = group[0].finding.destination
    owner = d.owner or d.host
    return f"{key[0]} -> {owner}: {key[1]} at {key[2]} ({key[4]} {key[5]})"
