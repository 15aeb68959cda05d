"""`exfilwatch check`: the privacy gate for CI (exit 0 pass, 1 breach, 2 bad input)."""

from __future__ import annotations

import argparse
import sys
import time

from ._findings_input import InputLoader, add_input_options

PASS, BREACH, BAD_INPUT = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check",
        help="fail (exit 1) when findings break a privacy policy: a CI gate",
        description="Check findings (a store, findings JSONL, or captures analysed on the spot) "
        "against a policy. Exit status: 0 the policy holds, 1 it is broken (each breach "
        "printed), 2 bad input (policy, baseline or an input unreadable; takes precedence, "
        "as the check is then incomplete).",
    )
    p.add_argument("sources", nargs="+", metavar="STORE|FINDINGS.jsonl|CAPTURE")
    p.add_argument("--policy", required=True, metavar="policy.yaml")
    p.add_argument(
        "--baseline",
        action="append",
        default=[],
        metavar="FILE",
        help="findings already accepted (JSONL or store); matched by a stable key, not by id",
    )
    p.add_argument("--junit", metavar="FILE", help="also write the result as JUnit XML")
    p.add_argument("-q", "--quiet", action="store_true", help="print only breaches and errors")
    add_input_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the gate brings jsonschema, which every other command would
    # otherwise pay for at start-up.
    from ..gate import PolicyError, baseline_keys, evaluate, junit_xml, load_policy

    started = time.monotonic()
    try:
        policy = load_policy(args.policy)
    except PolicyError as exc:
        print(f"exfilwatch: {exc}", file=sys.stderr)
        return BAD_INPUT
    loader = InputLoader(args)
    baseline = loader.load(args.baseline, "baseline") if args.baseline else None
    collection = loader.load(args.sources)
    errors = collection.errors + (baseline.errors if baseline else [])
    for error in errors:
        print(f"exfilwatch: {error}", file=sys.stderr)
    keys = baseline_keys(baseline.findings) if baseline else frozenset()
    result = evaluate(policy, collection.findings, keys)
    for breach in result.breaches:
        print(breach.line())
    if args.junit:
        from ..sinks import private_open

        xml = junit_xml(result, errors, time.monotonic() - started)
        with private_open(args.junit, "w") as out:
            out.write(xml.decode("utf-8"))
    if not args.quiet:
        verdict = "BROKEN" if result.breaches else "holds"
        print(
            f"policy {policy.name} {verdict}: {len(result.breaches)} breach(es), "
            f"{len(result.accepted)} accepted in baseline, {result.allowed} allowed, "
            f"{result.checked} finding(s) checked",
            file=sys.stderr,
        )
    if errors:
        return BAD_INPUT
    return BREACH if result.breaches else PASS
