"""`exfilwatch signatures list|show ID|test [FILE...]`: see the rule library and
check one's own rule files before using them with `scan --signatures DIR`.

`test` loads the given rule files or folders (the built-in library when none is
given), validates them against the schema and runs every rule's own examples:
each positive must trigger the rule, each negative must not. Exit status 0 when
all hold, 1 when an example fails, 2 when a file cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from ..decode import decode_exchange
from ..detect.signatures import (
    Signature,
    SignatureError,
    SignatureSet,
    example_exchange,
    load_dir,
    load_signatures,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "signatures",
        help="list, show and test detection rules",
        description="See the built-in signature library and test your own rule files.",
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    ls = sub.add_parser("list", help="list the rules (built-in and --signatures DIR)")
    ls.add_argument(
        "--category", help="only this category (device_id, viewing_history, biometric...)"
    )
    ls.add_argument(
        "--format",
        choices=["table", "json", "markdown"],
        default="table",
        help="markdown: a table per category with references (the README's rule tables)",
    )
    _add_extra(ls)
    show = sub.add_parser("show", help="show one rule in full")
    show.add_argument("id", metavar="ID")
    _add_extra(show)
    test = sub.add_parser("test", help="validate rule files and run their examples")
    test.add_argument(
        "paths", nargs="*", metavar="FILE", help="rule files or folders (default: built-in)"
    )
    for parser in (p, ls, show, test):
        parser.set_defaults(func=run)


def _add_extra(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--signatures", metavar="DIR", action="append", default=[], help="also load your own rules"
    )


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None)
    if action == "list":
        return _list(load_signatures(args.signatures), args.category, args.format)
    if action == "show":
        return _show(load_signatures(args.signatures), args.id)
    if action == "test":
        return _test(args.paths)
    print("usage: exfilwatch signatures {list,show ID,test [FILE...]}", file=sys.stderr)
    return 2


def _list(rules: list[Signature], category: str | None, fmt: str) -> int:
    rules = [r for r in rules if not category or r.category == category]
    rules.sort(key=lambda r: (r.category, r.id))
    if fmt == "json":
        for r in rules:
            print(json.dumps(_summary(r)))
        return 0
    if fmt == "markdown":
        sys.stdout.write(markdown_tables(rules))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("id", "category", "title", "conf.", "severity"):
        table.add_column(column, overflow="fold")
    for r in rules:
        table.add_row(r.id, r.category, r.title, f"{r.confidence:.2f}", r.severity)
    console = Console()
    console.print(table)
    console.print(f"{len(rules)} rule(s)")
    return 0


_CATEGORY_TITLES = {
    "device_id": "Device identifiers",
    "viewing_history": "Viewing history",
    "biometric": "Biometric data",
}


def markdown_tables(rules: list[Signature]) -> str:
    """One table per category: id, what it finds, confidence, references as links.

    The README's rule tables are this output, so that they cannot drift from the
    library (a test compares them)."""
    out: list[str] = []
    order = list(_CATEGORY_TITLES)
    categories = {r.category for r in rules}
    for category in sorted(categories, key=lambda c: (order.index(c) if c in order else 99, c)):
        group = sorted((r for r in rules if r.category == category), key=lambda r: r.id)
        title = _CATEGORY_TITLES.get(category, category)
        out += [f"### {title} ({len(group)} rules)", ""]
        out += ["| id | what it finds | conf. | references |", "| --- | --- | --- | --- |"]
        for r in group:
            links = " ".join(f"[{i}]({url})" for i, url in enumerate(r.references, 1))
            what = r.title.replace("|", "\\|")
            out.append(f"| `{r.id}` | {what} | {r.confidence:.2f} | {links} |")
        out.append("")
    return "\n".join(out)


def _summary(rule: Signature) -> dict:
    return {
        "id": rule.id,
        "category": rule.category,
        "kind": rule.kind,
        "title": rule.title,
        "severity": rule.severity,
        "confidence": rule.confidence,
        "references": rule.references,
        "file": rule.file,
    }


def _show(rules: list[Signature], rule_id: str) -> int:
    rule = next((r for r in rules if r.id == rule_id), None)
    if rule is None:
        close = [r.id for r in rules if rule_id.lower() in r.id.lower()]
        hint = f" (did you mean: {', '.join(close[:5])})" if close else ""
        print(f"exfilwatch: no rule {rule_id!r}{hint}", file=sys.stderr)
        return 2
    try:
        with open(rule.file, encoding="utf-8") as fh:
            sys.stdout.write(f"# {rule.file}\n{fh.read()}")
    except OSError:
        print(json.dumps(_summary(rule), indent=2))
    return 0


@dataclass(slots=True)
class ExampleFailure:
    rule: str
    file: str
    kind: str
    index: int
    note: str


def run_examples(rule: Signature) -> list[ExampleFailure]:
    """Run a rule's own examples against the rule alone."""
    sigset = SignatureSet([rule])
    failures = []
    for kind, expected in (("positive", True), ("negative", False)):
        for i, example in enumerate(rule.examples.get(kind, [])):
            exchange = example_exchange(example)
            fired = bool(sigset.match(exchange, decode_exchange(exchange)))
            if fired != expected:
                what = "did not fire" if expected else "fired"
                failures.append(ExampleFailure(rule.id, rule.file, kind, i, what))
    return failures


def _load(paths: Iterable[str]) -> list[Signature]:
    from pathlib import Path

    rules: list[Signature] = []
    for path in paths:
        rules.extend(load_dir(Path(path)))
    return rules


def _test(paths: list[str]) -> int:
    errors: list[str] = []
    rules: list[Signature] = []
    if not paths:
        try:
            rules = load_signatures()
        except SignatureError as exc:
            errors.append(str(exc))
    for path in paths:
        try:
            rules.extend(_load([path]))
        except SignatureError as exc:
            errors.append(str(exc))
    for message in errors:
        print(f"exfilwatch: {message}", file=sys.stderr)
    failures = [f for rule in rules for f in run_examples(rule)]
    for f in failures:
        print(f"FAIL {f.rule} ({f.file}): {f.kind} example {f.index} {f.note}")
    examples = sum(
        len(r.examples.get("positive", [])) + len(r.examples.get("negative", [])) for r in rules
    )
    print(f"{len(rules)} rule(s), {examples} example(s), {len(failures)} failure(s)")
    if errors:
        return 2
    return 1 if failures else 0
