"""`exfilwatch diff OLD NEW`: leaks new, gone and changed between two runs."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO

from ..diff import Change, DiffResult, StableKey, describe_key, diff_findings
from ..model import Finding
from ._findings_input import InputLoader, add_input_options


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "diff",
        help="what leaks are new, gone or changed between two runs (e.g. two app builds)",
        description="Compare two runs: each a findings JSONL file, a store (DB or DB@RUN) or "
        "captures. Leaks are matched by a stable key (category, rule, location, host, method, "
        "URL without query), not by finding id. Exit status: 0 no difference, 1 differences, "
        "2 an input could not be read.",
    )
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--format", choices=["text", "json"], default="text")
    add_input_options(p)
    p.set_defaults(func=run)


def _who(findings: list[Finding]) -> str:
    d = findings[0].destination
    where = "/".join(c for c in (d.owner_country, d.server_country) if c)
    return f"{d.owner or 'owner unknown'}{f' ({where})' if where else ''}, {d.party} party"


def _entry(key: StableKey, findings: list[Finding]) -> dict:
    return {
        "category": key[0],
        "signature": key[1],
        "location": key[2],
        "host": key[3],
        "method": key[4],
        "url": key[5],
        "flows": len({(f.source, f.flow) for f in findings}),
        "owner": findings[0].destination.owner,
    }


def _change(c: Change) -> dict:
    entry = _entry(c.key, c.new)
    entry["changes"] = {k: {"old": list(a), "new": list(b)} for k, (a, b) in c.fields.items()}
    return entry


def write_text(result: DiffResult, out: IO[str]) -> None:
    for key, group in result.new.items():
        out.write(f"+ new      {describe_key(key)} -> {_who(group)} [{len(group)}x]\n")
    for key, group in result.gone.items():
        out.write(f"- gone     {describe_key(key)} -> {_who(group)} [{len(group)}x]\n")
    for change in result.changed:
        what = "; ".join(
            f"{k}: {', '.join(a) or '-'} => {', '.join(b) or '-'}"
            for k, (a, b) in change.fields.items()
        )
        out.write(f"~ changed  {describe_key(change.key)}: {what}\n")
    out.write(
        f"{len(result.new)} new, {len(result.gone)} gone, {len(result.changed)} changed, "
        f"{result.unchanged} unchanged leak(s)\n"
    )


def run(args: argparse.Namespace) -> int:
    loader = InputLoader(args)
    old, new = loader.load([args.old]), loader.load([args.new])
    errors = old.errors + new.errors
    for error in errors:
        print(f"exfilwatch: {error}", file=sys.stderr)
    if errors:
        return 2
    result = diff_findings(old.findings, new.findings)
    if args.format == "json":
        doc = {
            "new": [_entry(k, g) for k, g in result.new.items()],
            "gone": [_entry(k, g) for k, g in result.gone.items()],
            "changed": [_change(c) for c in result.changed],
            "unchanged": result.unchanged,
        }
        json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        write_text(result, sys.stdout)
    return 1 if result.differs else 0
