"""`exfilwatch dashboard [SOURCE]`: the live terminal dashboard."""

from __future__ import annotations

import argparse
import asyncio
import sys

from .. import dashboard
from . import UserError

DEFAULT_SOURCE = "findings.jsonl"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "dashboard",
        help="live terminal dashboard of findings as they are written",
        description="Show what leaves the phone, to whom and where, while a proxy or scan "
        "writes findings. SOURCE is a findings JSONL (followed as it grows; it may not "
        "exist yet) or a findings store. Keys are listed at the bottom of the screen.",
    )
    p.add_argument(
        "source",
        nargs="?",
        default=DEFAULT_SOURCE,
        metavar="SOURCE",
        help=f"findings JSONL or findings store (default: {DEFAULT_SOURCE})",
    )
    p.add_argument("--category", help="start filtered to this category (e.g. biometric)")
    p.add_argument("--owner", help="start filtered to this owner (e.g. 'ByteDance Ltd.')")
    p.add_argument("--country", help="start filtered to this owner or server country (e.g. CN)")
    p.add_argument("--party", choices=["first", "third", "unknown"], help="start filtered")
    p.add_argument("--search", default="", help="start with this text search")
    p.add_argument(
        "--feed-rows", type=int, default=500, metavar="N", help="rows kept in the live feed"
    )
    p.add_argument(
        "--interval", type=float, default=0.1, metavar="SECONDS", help="how often to poll"
    )
    p.add_argument(
        "--output-dir",
        default=".",
        metavar="DIR",
        help="where exports and screenshots go by default (default: current folder)",
    )
    p.add_argument(
        "--screenshot",
        metavar="FILE.svg",
        help="no terminal needed: read SOURCE, save an SVG screenshot of the dashboard, exit",
    )
    p.add_argument("--size", default="160x48", metavar="WxH", help="screen size for --screenshot")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    initial = dashboard.Filter(
        category=args.category,
        owner=args.owner,
        country=args.country.upper() if args.country else None,
        party=args.party,
        text=args.search or "",
    )
    if args.feed_rows < 1 or args.interval <= 0:
        raise UserError("--feed-rows must be at least 1 and --interval above 0")
    if args.screenshot:
        return _screenshot(args, initial)
    dashboard.open_reader(args.source).close()  # a bad SOURCE is reported before the screen opens
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError("the dashboard needs a terminal (use --screenshot for a picture)")
    dashboard.run_dashboard(
        args.source,
        initial_filter=initial,
        feed_rows=args.feed_rows,
        poll_interval=args.interval,
        output_dir=args.output_dir,
    )
    return 0


def _screenshot(args: argparse.Namespace, initial: dashboard.Filter) -> int:
    size = _size(args.size)
    reader = dashboard.open_reader(args.source)
    from ..dashboard.snapshot import snapshot

    count = asyncio.run(snapshot(reader, args.screenshot, size, initial, args.feed_rows))
    print(f"{args.screenshot}: dashboard of {count:,} finding(s) from {args.source}")
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise UserError(f"--size {text!r}: expected WIDTHxHEIGHT, e.g. 160x48") from None
    if width < 40 or height < 12:
        raise UserError(f"--size {text!r}: at least 40x12")
    return width, height
