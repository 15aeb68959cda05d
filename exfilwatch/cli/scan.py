"""`exfilwatch scan`: analyse HAR files, flow dumps and captures (or folders of them)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator

from .. import batch
from ..scan import FileResult
from ..sinks import private_open
from ..sinks.jsonl_sink import write_findings
from ..sinks.progress import Progress
from ..sources import SourceError, SourceOptions
from ._store_option import add_store_options, open_recorder
from .options import add_engine_options, engine_options


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
    runs = p.add_argument_group("batch runs")
    runs.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: all %(default)s cores)",
    )
    runs.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="run on a Dask cluster at this address (tcp://host:8786), or 'local'",
    )
    runs.add_argument(
        "--output-parquet", metavar="DIR", help="also write findings as Parquet into DIR"
    )
    runs.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )
    add_engine_options(p)
    add_store_options(p)
    p.set_defaults(func=run)


def iter_results(args: argparse.Namespace, serialize: bool = False) -> Iterator[FileResult]:
    options = engine_options(args)
    batch.prepare(options)  # fail fast, in this process, on bad option files
    sources = SourceOptions(keylog=args.keylog)
    if args.dask:
        scheduler = args.dask
        if scheduler == "local":
            from distributed import LocalCluster

            scheduler = LocalCluster(
                n_workers=max(1, args.jobs), threads_per_worker=1, host="127.0.0.1"
            )
        yield from batch.run_dask(args.paths, options, sources, scheduler, serialize)
    else:
        yield from batch.run_local(args.paths, options, sources, max(1, args.jobs), serialize)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("table" if not args.output and sys.stdout.isatty() else "jsonl")
    out = private_open(args.output, "w") if args.output else sys.stdout
    files = flows = count = failed = 0
    kept = []
    destinations: dict = {}
    parquet = None
    if args.output_parquet:
        from ..sinks.parquet_sink import ParquetSink  # pyarrow is slow to import

        parquet = ParquetSink(args.output_parquet)
    progress = Progress(enabled=sys.stderr.isatty() and not args.no_progress)
    recorder = open_recorder(args)
    # Only JSONL wanted: workers serialise, the parent just writes.
    lines_only = fmt == "jsonl" and parquet is None and not recorder
    try:
        for result in progress.track(iter_results(args, lines_only)):
            if recorder:
                recorder.add(result)
            files += 1
            flows += result.flows
            count += result.count
            if result.error or result.unanalysed:
                failed += 1  # exit status 2: this input was not wholly analysed
            if result.error:
                progress.print(f"exfilwatch: {result.error}")
            if result.unanalysed:
                progress.print(
                    f"exfilwatch: {result.path}: {result.unanalysed} flow(s) not analysed, "
                    f"internal error (first: {result.failure}); --debug shows it"
                )
            if parquet is not None:
                parquet.write(result.findings)
            if result.lines is not None:
                out.writelines(result.lines)
                out.flush()
            elif fmt == "jsonl":
                write_findings(out, result.findings)
                out.flush()
            elif fmt == "table":
                kept.extend(result.findings)
            else:
                _merge_destinations(destinations, result)
                _merge_capture_inventory(destinations, result, args)
        if fmt != "jsonl":
            from rich.console import Console  # not imported for JSONL: a tenth of a second

            console = Console(file=out, width=None if out.isatty() else 160)
            if fmt == "table":
                from ..sinks.table_sink import render_table

                render_table(kept, console)
            else:
                from ..sinks.destinations_sink import render_destinations

                render_destinations(destinations, console)
            unread = f", {failed} input(s) could not be read" if failed else ""
            console.print(f"{files} input(s), {flows} flow(s), {count} finding(s){unread}")
    finally:
        if recorder:
            recorder.close()
        progress.stop()
        if parquet is not None:
            parquet.close()
        if out is not sys.stdout:
            out.close()
    if fmt == "jsonl":
        unread = f", {failed} could not be read" if failed else ""
        print(
            f"exfilwatch: {files} input(s){unread}, {flows} flow(s), {count} finding(s), "
            f"{progress.elapsed():.1f} s",
            file=sys.stderr,
        )
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


def _merge_capture_inventory(acc: dict, result: FileResult, args: argparse.Namespace) -> None:
    """Captures: add the destinations that gave no HTTP flow (TLS without keys,
    QUIC, DNS lookups, other TCP/UDP), flows = connection count. Hosts already
    listed from HTTP flows are left as they are."""
    from pathlib import Path

    from ..sources import sniff

    if batch.is_url(result.path):
        return
    try:
        if sniff(Path(result.path)) not in ("pcap", "pcapng"):
            return
    except (OSError, SourceError):
        return
    from ..sources.pcap_source import inventory_by_host

    attributor = batch.prepare(engine_options(args)).attributor  # built once per process
    hosts, _error = inventory_by_host(result.path, args.keylog)  # the error is already shown
    for host, row in hosts.items():
        entry = acc.get(host)
        if entry is None:
            entry = acc[host] = {
                "destination": attributor.destination(host, row["server_ip"]),
                "flows": 0,
                "categories": set(),
                "note": row["note"],
            }
        elif "note" not in entry:  # seen as HTTP flows already
            continue
        entry["flows"] += row["connections"]
