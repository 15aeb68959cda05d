"""The addon's mitmproxy options (all `exfilwatch_*`) and their validation.

Validation happens in `configure`, where mitmproxy turns an `OptionsError` into
a clear message (at start-up, or when a tester types `set` in the console):
bad files fail there, never later in the analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mitmproxy import ctx, exceptions

from ..engine import Engine, EngineOptions
from ..limits import DEFAULT_LIMITS, Limits
from ..sinks import private_open
from .analysis import Outputs

ENGINE_OPTIONS = frozenset(
    [
        "exfilwatch_known",
        "exfilwatch_signatures",
        "exfilwatch_builtin_signatures",
        "exfilwatch_first_party",
        "exfilwatch_watch_countries",
        "exfilwatch_geoip",
        "exfilwatch_reveal",
        "exfilwatch_learn",
        "exfilwatch_units",
        "exfilwatch_max_body_bytes",
        "exfilwatch_max_depth",
        "exfilwatch_max_steps",
    ]
)
"""Changing one of these means a new engine."""
ANALYSIS_OPTIONS = ENGINE_OPTIONS | {"exfilwatch_jsonl", "exfilwatch_store", "exfilwatch_worker"}
"""Changing one of these means a new analysis (it owns the outputs)."""

_OPTIONS: list[tuple[str, Any, Any, str, list[str] | None]] = [
    ("exfilwatch_known", str | None, None,
     "YAML file of the test phone's own identifiers (advertising ID, Android ID, IMEI, "
     "e-mail...), found in any encoding an app gives them. Never echoed.", None),
    ("exfilwatch_jsonl", str | None, None,
     "Append findings to this JSON Lines file (created owner-only), one line per finding, "
     "flushed at once so that other processes can follow it.", None),
    ("exfilwatch_store", str | None, None,
     "Also write findings to this exfilwatch store (SQLite; created owner-only), which the "
     "dashboard and `exfilwatch report` read.", None),
    ("exfilwatch_first_party", Sequence[str], [],
     "The app's own owner or domain; data sent there is first-party. Repeatable.", None),
    ("exfilwatch_signatures", Sequence[str], [],
     "A folder or file of your own signature rules, used beside the built-in ones. "
     "Repeatable.", None),
    ("exfilwatch_builtin_signatures", bool, True,
     "Use the built-in rules. Off: only your own exfilwatch_signatures packs, or with "
     "exfilwatch_known alone only the test phone's own identifiers.", None),
    ("exfilwatch_watch_countries", Sequence[str], [],
     "Flag findings whose owner or server is in these countries (two-letter codes, "
     "repeatable or comma-separated, e.g. CN,RU).", None),
    ("exfilwatch_geoip", str | None, None, "A MaxMind-format database (.mmdb).", None),
    ("exfilwatch_reveal", bool, False,
     "Show identifiers in evidence unredacted. Outputs then hold the identifiers in clear.", None),
    ("exfilwatch_learn", bool, True,
     "Session readings: look for the device ids a rule read in one flow in every other flow "
     "of the run, in any encoding (learned:device_id findings), and read an app's own header "
     "sending one id on every call as the device's (session:device_header findings).", None),
    ("exfilwatch_units", bool, True,
     "Read a host that hears many units of one kind, each more than once, as an "
     "institution's inventory and hold its device ids back from then on (earlier ones are "
     "written already).", None),
    ("exfilwatch_queue", int, 1000,
     "Most exchanges waiting for analysis. When the analysis falls behind, further exchanges "
     "are not analysed (counted as dropped); traffic is never slowed.", None),
    ("exfilwatch_queue_mb", int, 256,
     "Most megabytes of bodies waiting for analysis (a queued exchange keeps its bodies in "
     "memory).", None),
    ("exfilwatch_max_body_bytes", int, DEFAULT_LIMITS.max_body_bytes,
     "Decoded bytes per body.", None),
    ("exfilwatch_max_depth", int, DEFAULT_LIMITS.max_depth, "Nested decode steps.", None),
    ("exfilwatch_max_steps", int, DEFAULT_LIMITS.max_steps, "Decoded values per exchange.", None),
    ("exfilwatch_worker", str, "process",
     "Where the analysis runs: a child process (default; keeps the proxy fast) or a thread "
     "of the proxy's own process.", ["process", "thread"]),
    ("exfilwatch_summary", str | None, None,
     "On exit, write the summary (counts by category, owner, country; dropped exchanges) to "
     "this file as JSON.", None),
    ("exfilwatch_log", bool, True,
     "Log one line for each exchange with findings (host and path, never the query).", None),
]  # fmt: skip


def register(loader: Any) -> None:
    for name, typespec, default, help_text, choices in _OPTIONS:
        loader.add_option(name, typespec, default, help_text, choices=choices)


def positive(name: str) -> int:
    value = getattr(ctx.options, name)
    if value < 1:
        raise exceptions.OptionsError(f"{name}: must be at least 1 (got {value})")
    return int(value)


def countries(values: Sequence[str]) -> list[str]:
    """`CN,RU` or repeated values; ISO 3166 alpha-2 codes."""
    codes = [c.strip().upper() for v in values for c in v.split(",") if c.strip()]
    bad = [c for c in codes if len(c) != 2 or not c.isalpha()]
    if bad:
        raise exceptions.OptionsError(
            f"exfilwatch_watch_countries: {', '.join(bad)} is not a two-letter country code"
        )
    return codes


def queue_bounds() -> tuple[int, int]:
    """(most exchanges, most bytes) waiting for analysis."""
    return positive("exfilwatch_queue"), positive("exfilwatch_queue_mb") * 1024 * 1024


def engine_options() -> tuple[EngineOptions, Engine]:
    """Build the engine here even when a child will analyse: bad files fail now."""
    opts = ctx.options
    limits = Limits(
        max_body_bytes=positive("exfilwatch_max_body_bytes"),
        max_depth=positive("exfilwatch_max_depth"),
        max_steps=positive("exfilwatch_max_steps"),
    )
    options = EngineOptions(
        known_file=opts.exfilwatch_known,
        signature_dirs=tuple(opts.exfilwatch_signatures),
        first_party=tuple(opts.exfilwatch_first_party),
        watch_countries=tuple(countries(opts.exfilwatch_watch_countries)),
        geoip=opts.exfilwatch_geoip,
        limits=limits,
        reveal=opts.exfilwatch_reveal,
        learn=opts.exfilwatch_learn,
        units=opts.exfilwatch_units,
        builtin_signatures=opts.exfilwatch_builtin_signatures,
    )
    try:
        return options, options.build()
    except (ValueError, OSError) as exc:
        raise exceptions.OptionsError(f"exfilwatch: {exc}") from None


def outputs() -> Outputs:
    """The output files, each created (owner-only) now so that a bad path fails here."""
    jsonl, store = ctx.options.exfilwatch_jsonl, ctx.options.exfilwatch_store
    if jsonl:
        try:
            private_open(jsonl, "a").close()
        except OSError as exc:
            raise exceptions.OptionsError(
                f"exfilwatch_jsonl: cannot open {jsonl}: {exc.strerror}"
            ) from None
    if store:
        from ..sinks.store import Store

        try:
            Store(store).close()
        except (ValueError, OSError) as exc:
            raise exceptions.OptionsError(f"exfilwatch_store: {exc}") from None
    return Outputs(jsonl or None, store or None)
