"""Options shared by every command that runs the engine (scan, proxy, batch)."""

from __future__ import annotations

import argparse
import sys

from ..engine import Engine, EngineOptions
from ..limits import DEFAULT_LIMITS, Limits


def _countries(text: str) -> list[str]:
    return [c.strip().upper() for c in text.split(",") if c.strip()]


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("detection and attribution")
    group.add_argument("--known", metavar="FILE", help="YAML of the test phone's identifiers")
    group.add_argument(
        "--signatures",
        metavar="DIR",
        action="append",
        default=[],
        help="a folder (or file) of your own signature rules, beside the built-in ones",
    )
    group.add_argument(
        "--no-builtin-signatures",
        dest="builtin_signatures",
        action="store_false",
        help="leave the built-in rules out: only your --signatures packs, or with --known "
        "alone only the test phone's own identifiers (several times faster)",
    )
    group.add_argument(
        "--first-party",
        metavar="OWNER_OR_DOMAIN",
        action="append",
        default=[],
        help="the app's own owner or domain (repeatable)",
    )
    group.add_argument(
        "--watch-countries",
        metavar="CC,CC",
        type=_countries,
        default=[],
        help="flag findings whose owner or server is in these countries",
    )
    group.add_argument("--geoip", metavar="FILE.mmdb", help="a MaxMind-format database to use")
    group.add_argument(
        "--reveal",
        action="store_true",
        help="show identifiers in evidence unredacted (the output becomes sensitive)",
    )
    group.add_argument(
        "--no-learning",
        dest="learn",
        action="store_false",
        help="turn off the session readings: the device ids a rule read in one flow looked "
        "for in the session's other flows (learned:device_id findings), and an app's own "
        "header sending one id on every call (session:device_header findings)",
    )
    group.add_argument(
        "--keep-units",
        dest="units",
        action="store_false",
        help="report device ids of every host, also of one that hears many units of one kind "
        "in a session (an institution's inventory, dropped by default)",
    )
    limits = parser.add_argument_group("limits")
    limits.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_LIMITS.max_body_bytes,
        metavar="N",
        help="decoded bytes per body (default %(default)s)",
    )
    limits.add_argument(
        "--max-depth",
        type=int,
        default=DEFAULT_LIMITS.max_depth,
        metavar="N",
        help="nested decode steps (default %(default)s)",
    )
    limits.add_argument(
        "--max-steps",
        type=int,
        default=DEFAULT_LIMITS.max_steps,
        metavar="N",
        help="decoded values per exchange (default %(default)s)",
    )


def engine_options(args: argparse.Namespace) -> EngineOptions:
    if args.reveal:
        print(
            "exfilwatch: warning: --reveal writes identifiers unredacted; treat the output "
            "as sensitive",
            file=sys.stderr,
        )
    limits = Limits(
        max_body_bytes=args.max_body_bytes, max_depth=args.max_depth, max_steps=args.max_steps
    )
    return EngineOptions(
        known_file=args.known,
        signature_dirs=tuple(args.signatures),
        first_party=tuple(args.first_party),
        watch_countries=tuple(args.watch_countries),
        geoip=args.geoip,
        limits=limits,
        reveal=args.reveal,
        learn=args.learn,
        units=args.units,
        builtin_signatures=args.builtin_signatures,
    )


def engine_from_args(args: argparse.Namespace) -> Engine:
    """Build the engine (raises one-line ValueErrors for bad option files)."""
    return engine_options(args).build()
