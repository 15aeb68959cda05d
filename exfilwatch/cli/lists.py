"""`exfilwatch lists`: import tracker and owner lists, and ask who owns a domain.

`import` converts lists (DuckDuckGo, Disconnect, Ghostery, AdGuard, Exodus,
X-Ray, plain domain or hosts lists) into the local cache that every scan reads;
`show` explains an attribution (which list or embedded entry decided it);
`list` and `remove` manage the cache.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..attribute import Attributor
from ..attribute.importers import FORMATS, ListImportError, import_path, summary
from ..attribute.ownerdb import Organisation
from ..attribute.userlists import default_lists_dir, load_all, remove, save


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "lists",
        help="import tracker/owner lists; show who owns a domain",
        description="Manage the owner lists used for attribution. Imported lists take "
        "precedence over the embedded owner database (the most specific domain wins; "
        "on the same domain the newest import wins).",
    )
    p.add_argument(
        "--lists-cache",
        metavar="DIR",
        help=f"where imported lists are kept (default {default_lists_dir()})",
    )
    sub = p.add_subparsers(dest="lists_command", metavar="ACTION")
    _register_import(sub)
    _register_show(sub)
    ls = sub.add_parser("list", help="list the imported lists")
    ls.set_defaults(func=run_list)
    rm = sub.add_parser("remove", help="remove an imported list by name")
    rm.add_argument("names", nargs="+", metavar="NAME")
    rm.set_defaults(func=run_remove)
    p.set_defaults(func=lambda args: p.print_help() or 2)


def _register_import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import list files (or folders of them) into the cache")
    p.add_argument("paths", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=FORMATS, help="the list's format (default: detected)")
    p.add_argument("--owner", metavar="NAME", help="owner of every domain in a plain list")
    p.add_argument("--country", metavar="CC", help="that owner's country (plain lists)")
    p.add_argument("--name", metavar="NAME", help="name to keep the import under")
    p.set_defaults(func=run_import)


def _register_show(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="show the attribution of domains, hosts or addresses")
    p.add_argument("targets", nargs="+", metavar="DOMAIN_OR_IP")
    p.add_argument("--server-ip", metavar="IP", help="locate this server address for each host")
    p.add_argument("--first-party", action="append", default=[], metavar="OWNER_OR_DOMAIN")
    p.add_argument("--watch-countries", default="", metavar="CC,CC")
    p.add_argument("--geoip", metavar="FILE.mmdb", help="a MaxMind-format database to use")
    p.add_argument("--json", action="store_true", help="one JSON object per target")
    p.set_defaults(func=run_show)


def _cache_dir(args: argparse.Namespace) -> Path:
    return Path(args.lists_cache) if args.lists_cache else default_lists_dir()


def run_import(args: argparse.Namespace) -> int:
    directory = _cache_dir(args)
    failed = 0
    for path in args.paths:
        try:
            imported = import_path(path, args.format, args.owner, args.country, args.name)
        except ListImportError as exc:
            print(f"exfilwatch: {exc}", file=sys.stderr)
            failed += 1
            continue
        saved = save(directory, imported)
        print(f"imported {summary(imported)} -> {saved}")
    return 2 if failed else 0


def run_list(args: argparse.Namespace) -> int:
    imports, warnings = load_all(_cache_dir(args))
    for warning in warnings:
        print(f"exfilwatch: {warning}", file=sys.stderr)
    if not imports:
        print(f"no imported lists in {_cache_dir(args)}")
    for imported in reversed(imports):  # highest precedence first
        print(f"{imported.imported}  {summary(imported)}  ({imported.source})")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    missing = [n for n in args.names if not remove(_cache_dir(args), n)]
    for name in missing:
        print(f"exfilwatch: no imported list named {name!r}", file=sys.stderr)
    return 2 if missing else 0


def run_show(args: argparse.Namespace) -> int:
    countries = [c for c in args.watch_countries.upper().split(",") if c.strip()]
    attributor = Attributor(args.first_party, countries, args.geoip, lists_dir=_cache_dir(args))
    for warning in attributor.warnings:
        print(f"exfilwatch: {warning}", file=sys.stderr)
    for target in args.targets:
        report = explain(attributor, target, args.server_ip)
        if args.json:
            print(json.dumps(report, ensure_ascii=False))
        else:
            print_report(report)
    return 0


def explain(attributor: Attributor, target: str, server_ip: str | None) -> dict[str, Any]:
    """Everything behind one attribution, as a plain dict (printed or dumped as JSON)."""
    dest = attributor.destination(target, server_ip)
    report: dict[str, Any] = {"destination": dest.to_dict()}
    ownership = attributor.ownership(target)
    if ownership is not None:
        report["matched"] = ownership.matched
        report["decided_by"] = ownership.layer
        report["owner_record"] = _org(ownership.owner)
        report["parents"] = [_org(p) for p in ownership.parents]
    return report


def _org(org: Organisation) -> dict[str, Any]:
    return {
        "name": org.name,
        "hq_country": org.hq_country,
        "legal_country": org.legal_country,
        "categories": list(org.categories),
        "sources": list(org.sources),
        "from": org.layer,
    }


def print_report(report: dict[str, Any]) -> None:
    d = report["destination"]
    print(d["host"])
    rows = [
        ("domain", d["domain"]),
        ("owner", _owner_line(d)),
        ("parents", " > ".join(p["name"] for p in report.get("parents", ())) or "-"),
        ("categories", ", ".join(d["owner_categories"]) or "-"),
        ("party", d["party"]),
        ("matched", _matched_line(report)),
        ("server", _server_line(d)),
        ("flags", ", ".join(k for k in ("cross_border", "watched") if d[k]) or "-"),
        ("sources", " ".join(report.get("owner_record", {}).get("sources", ())) or "-"),
    ]
    for key, value in rows:
        print(f"  {key:<11} {value}")


def _matched_line(report: dict[str, Any]) -> str:
    if "matched" not in report:
        return "-"
    return f"{report['matched']} ({report['decided_by']})"


def _owner_line(d: dict[str, Any]) -> str:
    if not d["owner"]:
        return "unknown"
    legal = d["owner_legal_country"]
    where = d["owner_country"] or "?"
    if legal and legal != d["owner_country"]:
        where += f", legal {legal}"
    return f"{d['owner']} (HQ {where})"


def _server_line(d: dict[str, Any]) -> str:
    if not d["server_ip"] and not d["server_country"]:
        return "-"
    parts = [d["server_ip"] or "", d["server_country"] or "?"]
    parts += [p for p in (d["asn"], d["as_name"]) if p]
    return " ".join(p for p in parts if p)
