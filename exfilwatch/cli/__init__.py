"""`exfilwatch` command line: one module per subcommand, each with `register`.

A subcommand module defines `register(subparsers) -> None`, which adds its parser
and sets `func` (taking the parsed args, returning an exit status). Errors that a
user can fix are raised as `UserError` (or any `ValueError`/`OSError` from
loading inputs) and printed as one line, without a traceback unless `--debug`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from .. import __version__

SUBCOMMANDS = [
    "scan",
    "signatures",
    "lists",
    "proxy",
    "dashboard",
    "store",
    "report",
    "check",
    "diff",
]


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def requested(args: Sequence[str]) -> str | None:
    """The subcommand named on the command line, if it is one of ours.

    Only that subcommand's module is imported: importing all of them (the
    dashboard's Textual, the report's templates, the store) cost more than
    half a second on every start, a quarter of a 1,000-request scan.
    """
    first = next((a for a in args if not a.startswith("-")), None)
    return first if first in SUBCOMMANDS else None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exfilwatch",
        description="Find biometric data, viewing history and device identifiers in app traffic.",
    )
    parser.add_argument("--version", action="version", version=f"exfilwatch {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    args = sys.argv[1:] if argv is None else argv
    wanted = requested(args)
    names = [wanted] if wanted else [] if "--version" in args else SUBCOMMANDS
    for name in names:
        try:
            module = importlib.import_module(f".{name}", __package__)
        except ModuleNotFoundError as exc:
            if exc.name == f"{__package__}.{name}":
                continue  # a subcommand not built yet
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.debug:
        os.environ["EXFILWATCH_DEBUG"] = "1"  # worker processes inherit it
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (UserError, ValueError, OSError) as exc:
        if args.debug:
            traceback.print_exc()
        print(f"exfilwatch: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
