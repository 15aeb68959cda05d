"""`exfilwatch scan`: analyse HAR files, flow dumps and captures (or folders of them)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from rich.console import Console

from ..scan import FileResult, analyse_file
from ..sinks import private_open
from ..sinks.jsonl_sink import write_findings
from ..sinks.table_sink import render_table
from ..sources import SourceOptions, expand_inputs
from .options import add_engine_options, engine_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "scan",
        help="analyse HAR files, mitmproxy flow dumps and pcap/pcapng captures",
        description="Analyse captured app traffic for biometric data, viewing history and "
        "device identifiers. Exit status: 0 all inputs read, 2 an input could not be read.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, or a folder of them")
    p.add_argument(
        "--format",
        choices=["table", "jsonl", "destinations"],
        help="table (default on a terminal), jsonl (default otherwise) or a destination list",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--keylog", metavar="FILE", help="TLS key log (SSLKEYLOGFILE) for captures")
    add_engine_options(p)
    p.set_defaults(func=run)


def iter_results(args: argparse.Namespace) -> Iterator[FileResult]:
    engine = engine_from_args(args)
    options = SourceOptions(keylog=args.keylog)
    for path in expand_inputs(args.paths):
        yield analyse_file(path, engine, options)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("table" if not args.output and sys.stdout.isatty() else "jsonl")
    out = private_open(args.output, "w") if args.output else sys.stdout
    files = flows = count = failed = 0
    kept = []
    destinations: dict = {}
    try:
        for result in iter_results(args):
            files += 1
            flows += result.flows
            count += len(result.findings)
            if result.error:
                failed += 1
                print(f"exfilwatch: {result.error}", file=sys.stderr)
            if fmt == "jsonl":
                write_findings(out, result.findings)
                out.flush()
            elif fmt == "table":
                kept.extend(result.findings)
            else:
                _merge_destinations(destinations, result)
        if fmt != "jsonl":
            console = Console(file=out, width=None if out.isatty() else 160)
            if fmt == "table":
                render_table(kept, console)
            else:
                from ..sinks.destinations_sink import render_destinations

                render_destinations(destinations, console)
            unread = f", {failed} input(s) could not be read" if failed else ""
            console.print(f"{files} input(s), {flows} flow(s), {count} finding(s){unread}")
    finally:
        if out is not sys.stdout:
            out.close()
    if files == 0:
        print("exfilwatch: no input files found", file=sys.stderr)
        return 2
    return 2 if failed else 0


def _merge_destinations(acc: dict, result: FileResult) -> None:
    for host, n in result.flows_by_host.items():
        entry = acc.setdefault(
            host, {"destination": result.destinations[host], "flows": 0, "categories": set()}
        )
        entry["flows"] += n
    for f in result.findings:
        acc[f.destination.host]["categories"].add(f.category)
