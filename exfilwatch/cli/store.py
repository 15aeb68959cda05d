"""`exfilwatch store import|export`: move findings between JSONL and a store."""

from __future__ import annotations

import argparse
import sys

from ..sinks import private_open
from ..sinks.collection import read_jsonl
from ..sinks.store import FindingFilter, InputFile, Store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "store",
        help="import findings JSONL into a store, or export a store as JSONL",
        description="The findings store is one SQLite file (WAL mode) that scan and the proxy "
        "write and the dashboard and report read, at the same time. Exit status: 0 done, "
        "2 a file or line could not be read.",
    )
    sub = p.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="add the findings of JSONL files to a store, as a new run")
    imp.add_argument("files", nargs="+", metavar="FILE.jsonl")
    imp.add_argument("--store", required=True, metavar="DB", help="the store (created if absent)")
    imp.add_argument("--app", help="the app the findings are about (e.g. its package name)")
    imp.add_argument("--device", help="the test device")
    imp.set_defaults(func=run_import)
    exp = sub.add_parser("export", help="write a store's findings as JSONL")
    exp.add_argument("--store", required=True, metavar="DB")
    exp.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    exp.add_argument("--run", type=int, help="only this run")
    exp.add_argument("--category", help="only this category")
    exp.add_argument("--owner", help="only this owner")
    exp.add_argument("--country", help="only this owner or server country")
    exp.set_defaults(func=run_export)
    runs = sub.add_parser("runs", help="list the runs in a store")
    runs.add_argument("--store", required=True, metavar="DB")
    runs.set_defaults(func=run_list)


def run_import(args: argparse.Namespace) -> int:
    failed = False
    with Store(args.store) as store:
        run = store.start_run(
            app=args.app, device=args.device, command="store import " + " ".join(args.files)
        )
        for name in args.files:
            try:
                records, errors = read_jsonl(name)
            except ValueError as exc:
                print(f"exfilwatch: {exc}", file=sys.stderr)
                failed = True
                continue
            for error in errors:
                print(f"exfilwatch: {error}", file=sys.stderr)
            failed = failed or bool(errors)
            store.add_inputs([InputFile.of(name)], run)
            added = store.add_records(records, run)
            print(f"{name}: {added} finding(s) imported into run {run}", file=sys.stderr)
        store.end_run(run)
    return 2 if failed else 0


def run_export(args: argparse.Namespace) -> int:
    filters = FindingFilter(
        run=args.run, category=args.category, owner=args.owner, country=args.country
    )
    with Store(args.store, readonly=True) as store:
        out = private_open(args.output, "w") if args.output else sys.stdout
        try:
            count = store.export_jsonl(out, filters)
        finally:
            if out is not sys.stdout:
                out.close()
    print(f"{count} finding(s) exported", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with Store(args.store, readonly=True) as store:
        counts = {}
        for run in store.runs():
            counts[run.id] = sum(store.count_by("category", FindingFilter(run=run.id)).values())
            print(
                f"run {run.id}: app={run.app or '-'} device={run.device or '-'} "
                f"{run.started or '?'} .. {run.ended or 'running'} exfilwatch {run.tool_version} "
                f"{len(run.rules)} rule(s) {len(run.inputs)} input(s) {counts[run.id]} finding(s)"
            )
    return 0
