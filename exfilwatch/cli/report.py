"""`exfilwatch report`: a self-contained HTML (or Markdown) report of a run."""

from __future__ import annotations

import argparse
import sys

from ..sinks.store import InputFile
from ._findings_input import InputLoader, add_input_options


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report",
        help="write a report a person can read (HTML with a Sankey chart, or Markdown)",
        description="Write one self-contained HTML file (no network, no scripts) or Markdown "
        "(-o report.md) from a store, findings JSONL or captures. Exit status: 0 written, "
        "2 an input could not be read (the report shows what could).",
    )
    p.add_argument("sources", nargs="+", metavar="STORE|FINDINGS.jsonl|CAPTURE")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="report.html or report.md")
    p.add_argument(
        "--inputs",
        nargs="+",
        default=[],
        metavar="FILE",
        help="the captures the findings were made from, listed with their SHA-256",
    )
    p.add_argument("--title", help="the report's title (default: from the app or input)")
    add_input_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..sinks.report import build_model, write_report  # jinja2 only when reporting

    collection = InputLoader(args).load(args.sources)
    for error in collection.errors:
        print(f"exfilwatch: {error}", file=sys.stderr)
    unreadable = [i for i in map(InputFile.of, args.inputs) if i.sha256 is None]
    for item in unreadable:
        print(f"exfilwatch: {item.path}: cannot read input to hash it", file=sys.stderr)
    collection.inputs.extend(InputFile.of(p) for p in args.inputs)
    model = build_model(collection, args.title)
    kind = write_report(model, args.output)
    t = model.totals
    print(
        f"{args.output}: {kind} report, {t['findings']} finding(s), {t['hosts']} host(s), "
        f"{t['owners']} owner(s)",
        file=sys.stderr,
    )
    return 2 if collection.errors or unreadable else 0
