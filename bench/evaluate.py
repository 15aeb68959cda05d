"""Score exfilwatch against the held-out labels: recall and precision per (flow, category).

    python bench/evaluate.py INPUT --labels labels.json --known known.yaml --mode known
    python bench/evaluate.py INPUT --labels labels.json --mode signatures
    python bench/evaluate.py INPUT --labels labels.json --known known.yaml --mode both
    python bench/evaluate.py INPUT --labels labels.json --findings live.jsonl --mode known

INPUT is what was scanned: the HAR, the flow dump, a pcap (with --keylog) or the
flow dump a live proxy run wrote. Each exchange of INPUT is matched to its label
by method and URL (scheme and port ignored, repeats taken in order), so the
same labels serve every input format and a replay through a real client.

Modes:
- known: only `known:*` findings count, against the flows that carry a value of
  known.yaml in an encoding `--known` must undo (device_id and contact).
- signatures: scan without --known; rule findings count, for biometric,
  viewing_history and device_id. Recall is over the flows whose key names or
  structure say what they carry (`signature_detectable`); a finding on a flow
  that truly carries the category counts as correct even when it was not
  expected of signatures; any other finding is a false positive.
Attribution: for every flow with findings whose destination is a labelled major
vendor, is the owner (or parent) right, is its HQ country right, and (with
--first-party) is the party right.

The figures are printed as they are; the set is never tuned to the tool.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

KNOWN_CATEGORIES = ("device_id", "contact")
SIGNATURE_CATEGORIES = ("biometric", "viewing_history", "device_id")


# --- matching the input's exchanges to labels ---------------------------------


def url_key(method: str, url: str) -> tuple[str, str]:
    """Method and URL without scheme and port: a replay to a local server keeps the rest."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return method.upper(), f"{host}{path}{query}"


def index_labels(labels: list[dict[str, Any]]) -> dict[tuple[str, str], list[int]]:
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for lab in labels:
        by_key[url_key(lab["method"], lab["url"])].append(lab["index"])
    return by_key


def map_exchanges(
    exchanges: Iterable[tuple[str, str, str]], labels: list[dict[str, Any]]
) -> tuple[dict[str, int], int]:
    """flow id -> label index from (flow_id, method, url) in input order; unmatched count."""
    by_key = index_labels(labels)
    used: Counter[tuple[str, str]] = Counter()
    mapping: dict[str, int] = {}
    unmatched = 0
    for flow_id, method, url in exchanges:
        key = url_key(method, url)
        candidates = by_key.get(key, [])
        n = used[key]
        if n < len(candidates):
            mapping[flow_id] = candidates[n]
            used[key] += 1
        else:
            unmatched += 1
    return mapping, unmatched


def read_input(path: Path, keylog: str | None) -> tuple[list[tuple[str, str, str]], str | None]:
    """(flow id, method, url) of every HTTP exchange in the input, in order."""
    from exfilwatch.sources import SourceError, SourceOptions, read_exchanges

    out = []
    error = None
    try:
        for ex in read_exchanges(path, SourceOptions(keylog=keylog)):
            if ex.kind == "http":
                out.append((ex.flow_id, ex.request.method, ex.request.url))
    except SourceError as exc:
        error = str(exc)
    return out, error


# --- running the tool ----------------------------------------------------------


def scan_args(
    path: Path, known: Path | None, first_party: list[str], keylog: str | None
) -> list[str]:
    """The `exfilwatch scan` arguments both ways of running it share. A known-values
    scan leaves the built-in rules out: they find the same known values without them
    (tests/test_scan_cli.py, tests/test_heldout.py), several times faster."""
    args = ["scan", str(path), "--format", "jsonl"]
    if known:
        args += ["--known", str(known), "--no-builtin-signatures"]
    for fp in first_party:
        args += ["--first-party", fp]
    if keylog:
        args += ["--keylog", keylog]
    return args


def run_scan(
    path: Path, known: Path | None, first_party: list[str], keylog: str | None
) -> list[dict[str, Any]]:
    """`exfilwatch scan --format jsonl`, exactly as a user runs it."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "findings.jsonl"
        args = [*scan_args(path, known, first_party, keylog), "-o", str(out)]
        proc = subprocess.run(
            [sys.executable, "-m", "exfilwatch", *args], capture_output=True, text=True
        )
        if proc.returncode not in (0, 2) or not out.exists():
            raise RuntimeError(
                f"exfilwatch scan failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}"
            )
        if proc.stderr.strip():
            print(f"[scan stderr] {proc.stderr.strip()[:500]}", file=sys.stderr)
        return read_findings(out)


def run_scan_here(
    path: Path, known: Path | None, first_party: list[str], keylog: str | None
) -> list[dict[str, Any]]:
    """The same scan in this process: its arguments parsed by the CLI's own parser,
    its results taken from the CLI's own loop and written as its JSONL lines. The
    test gates score two scans of each of ninety sets, and an interpreter start
    with the rules' load costs as much as a 300-flow scan. One job: a pool forked
    inside a test worker gains nothing on a small file."""
    from exfilwatch.cli import build_parser
    from exfilwatch.cli.scan import iter_results
    from exfilwatch.sinks.jsonl_sink import finding_line

    argv = [*scan_args(path, known, first_party, keylog), "--jobs", "1"]
    args = build_parser(argv).parse_args(argv)
    return [json.loads(finding_line(f)) for result in iter_results(args) for f in result.findings]


def read_findings(path: Path) -> list[dict[str, Any]]:
    findings = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                findings.append(json.loads(line))
    return findings


# --- scoring -------------------------------------------------------------------


@dataclass
class CategoryScore:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    extra_tp: int = 0
    """Correct findings on flows not required of this mode (not signature-detectable)."""

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        right = self.tp + self.extra_tp
        return right / (right + self.fp) if right + self.fp else 1.0


@dataclass
class Score:
    mode: str
    per_category: dict[str, CategoryScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)

    def overall(self) -> CategoryScore:
        total = CategoryScore()
        for s in self.per_category.values():
            total.tp += s.tp
            total.fn += s.fn
            total.fp += s.fp
            total.extra_tp += s.extra_tp
        return total

    def to_dict(self) -> dict[str, Any]:
        def one(s: CategoryScore) -> dict[str, Any]:
            return {
                "tp": s.tp,
                "fn": s.fn,
                "fp": s.fp,
                "extra_tp": s.extra_tp,
                "recall": round(s.recall, 4),
                "precision": round(s.precision, 4),
            }

        return {
            "mode": self.mode,
            "overall": one(self.overall()),
            "per_category": {k: one(v) for k, v in self.per_category.items()},
            "misses": self.misses,
            "false_positives": self.false_positives,
        }


def _is_known(finding: dict[str, Any]) -> bool:
    return str(finding.get("signature", "")).startswith("known:")


def predicted(
    findings: list[dict[str, Any]],
    mapping: dict[str, int],
    labels: list[dict[str, Any]],
    known_only: bool,
) -> dict[tuple[int, str], list[dict[str, Any]]]:
    """(label index, category) -> the findings that claim it."""
    by_key = index_labels(labels)
    out: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for f in findings:
        is_known = _is_known(f)
        if is_known != known_only:
            continue
        idx = mapping.get(str(f.get("flow")))
        if idx is None:  # findings without their input: fall back to the URL
            cands = by_key.get(url_key(f.get("method", ""), f.get("url", "")))
            if not cands:
                continue
            idx = cands[0]
        out[(idx, f["category"])].append(f)
    return out


def _evidence(fs: list[dict[str, Any]]) -> list[str]:
    return sorted({f"{f.get('signature')}@{f.get('location')}" for f in fs})[:4]


def score(
    labels: list[dict[str, Any]],
    pred: dict[tuple[int, str], list[dict[str, Any]]],
    mode: str,
) -> Score:
    cats = KNOWN_CATEGORIES if mode == "known" else SIGNATURE_CATEGORIES
    result = Score(mode, {c: CategoryScore() for c in cats})
    for lab in labels:
        for cat in cats:
            hit = pred.get((lab["index"], cat))
            if mode == "known":
                required = cat in lab["known"]
                present = required
            else:
                present = cat in lab["categories"]
                required = present and bool(lab["signature_detectable"].get(cat))
            s = result.per_category[cat]
            if required and hit:
                s.tp += 1
            elif required:
                s.fn += 1
                where = [
                    c["where"]
                    for c in lab["carriers"]
                    if c["category"] == cat and (c["known"] if mode == "known" else c["detectable"])
                ]
                result.misses.append(
                    {
                        "flow": lab["index"],
                        "url": lab["url"][:160],
                        "category": cat,
                        "sdk": lab["sdk"],
                        "where": where[:4],
                    }
                )
            elif hit and present:
                s.extra_tp += 1
            elif hit:
                s.fp += 1
                result.false_positives.append(
                    {
                        "flow": lab["index"],
                        "url": lab["url"][:160],
                        "category": cat,
                        "sdk": lab["sdk"],
                        "findings": _evidence(hit),
                    }
                )
    return result


def _who(name: object, country: object, party: object) -> str:
    return f"{name} ({country}, {party})"


def score_attribution(
    labels: list[dict[str, Any]],
    findings: list[dict[str, Any]],
    mapping: dict[str, int],
    check_party: bool,
) -> dict[str, Any]:
    """Per labelled owner: flows with findings, owner right, HQ country right, party right."""
    seen: dict[int, dict[str, Any]] = {}
    for f in findings:
        idx = mapping.get(str(f.get("flow")))
        if idx is not None and idx not in seen:
            seen[idx] = f.get("destination") or {}
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: list[dict[str, Any]] = []
    for idx, dest in sorted(seen.items()):
        owner = labels[idx]["owner"]
        if not owner:
            continue
        row = rows[owner["name"]]
        row["flows"] += 1
        names = " ".join(str(dest.get(k) or "") for k in ("owner", "parent")).lower()
        ok_owner = any(word in names for word in owner["match"])
        ok_country = dest.get("owner_country") in owner["countries"]
        ok_party = dest.get("party") == owner["party"]
        row["owner_ok"] += ok_owner
        row["country_ok"] += ok_country
        row["party_ok"] += ok_party
        if not (ok_owner and ok_country and (ok_party or not check_party)) and len(wrong) < 200:
            wrong.append(
                {
                    "flow": idx,
                    "host": labels[idx]["host"],
                    "expected": _who(owner["name"], "/".join(owner["countries"]), owner["party"]),
                    "got": _who(dest.get("owner"), dest.get("owner_country"), dest.get("party")),
                }
            )
    total = Counter[str]()
    for row in rows.values():
        total.update(row)
    return {
        "per_owner": {k: dict(v) for k, v in sorted(rows.items())},
        "total": dict(total),
        "wrong": wrong,
    }


# --- report --------------------------------------------------------------------


def print_score(s: Score, show: int) -> None:
    print(f"\n== mode: {s.mode} ==")
    print(f"{'category':<18}{'TP':>6}{'FN':>6}{'FP':>6}{'extra':>7}{'recall':>9}{'precision':>11}")
    for cat, c in [*s.per_category.items(), ("OVERALL", s.overall())]:
        print(
            f"{cat:<18}{c.tp:>6}{c.fn:>6}{c.fp:>6}{c.extra_tp:>7}{c.recall:>9.3f}{c.precision:>11.3f}"
        )
    for title, rows in (("misses", s.misses), ("false positives", s.false_positives)):
        if not rows:
            continue
        by_sdk = Counter(f"{r['category']}:{r['sdk']}" for r in rows)
        print(f"-- {title} ({len(rows)}), by category:sdk: {dict(by_sdk.most_common(12))}")
        for r in rows[:show]:
            extra = r.get("where") or r.get("findings")
            print(f"   flow {r['flow']:>5} {r['category']:<16} {r['url'][:90]}  {extra}")


def print_attribution(att: dict[str, Any], show: int) -> None:
    print("\n== attribution (flows with findings, labelled major vendors) ==")
    print(f"{'owner':<26}{'flows':>6}{'owner':>7}{'country':>8}{'party':>7}")
    for name, row in [*att["per_owner"].items(), ("TOTAL", att["total"])]:
        print(
            f"{name:<26}{row.get('flows', 0):>6}{row.get('owner_ok', 0):>7}"
            f"{row.get('country_ok', 0):>8}{row.get('party_ok', 0):>7}"
        )
    for w in att["wrong"][:show]:
        print(f"   flow {w['flow']:>5} {w['host']:<40} expected {w['expected']}, got {w['got']}")


def evaluate(
    input_path: Path,
    labels_path: Path,
    known: Path | None,
    mode: str,
    first_party: list[str],
    findings_path: Path | None = None,
    keylog: str | None = None,
    in_process: bool = False,
) -> dict[str, Any]:
    """The whole evaluation as data (what the test asserts and --json writes);
    `in_process` scans with `run_scan_here` (the test gates) instead of a child."""
    doc = json.loads(labels_path.read_text(encoding="utf-8"))
    labels = doc["flows"]
    exchanges, read_error = read_input(input_path, keylog)
    mapping, unmatched = map_exchanges(exchanges, labels)
    result: dict[str, Any] = {
        "input": str(input_path),
        "flows_in_input": len(exchanges),
        "labelled_flows": len(labels),
        "unmatched_exchanges": unmatched,
        "unmapped_labels": len(labels) - len(set(mapping.values())),
        "read_error": read_error,
        "scores": {},
    }
    modes = ("known", "signatures") if mode == "both" else (mode,)
    attributed: list[dict[str, Any]] = []
    for m in modes:
        if findings_path:
            findings = read_findings(findings_path)
        else:
            scan = run_scan_here if in_process else run_scan
            findings = scan(input_path, known if m == "known" else None, first_party, keylog)
        pred = predicted(findings, mapping, labels, known_only=(m == "known"))
        result["scores"][m] = score(labels, pred, m).to_dict()
        # each mode's own findings: `--mode known` alone is what a held-out set's writer
        # runs, and its table must not tell them, per vendor, where the signatures fire
        attributed += [f for f in findings if _is_known(f) == (m == "known")]
    result["attribution"] = score_attribution(labels, attributed, mapping, bool(first_party))
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="Score exfilwatch on the held-out set (see the README, evaluation section)."
    )
    p.add_argument("input", type=Path, help="the scanned HAR, flow dump or capture")
    p.add_argument("--labels", type=Path, required=True)
    p.add_argument("--known", type=Path, help="known.yaml (required for --mode known/both)")
    p.add_argument("--mode", choices=["known", "signatures", "both"])
    p.add_argument(
        "--first-party",
        action="append",
        default=None,
        help="default: the labels' first party (ByteDance)",
    )
    p.add_argument(
        "--findings",
        type=Path,
        help="score this JSONL instead of running scan (e.g. from the live proxy)",
    )
    p.add_argument("--keylog", help="TLS key log for a pcap input")
    p.add_argument("--json", type=Path, help="also write the full result here")
    p.add_argument(
        "--show", type=int, default=25, help="misses / false positives to print per list"
    )
    p.add_argument("--fail-under-recall", type=float, default=0.0)
    p.add_argument("--fail-under-precision", type=float, default=0.0)
    args = p.parse_args(argv)
    mode = args.mode or ("known" if args.known else "signatures")
    if mode in ("known", "both") and not args.known and not args.findings:
        p.error("--mode known needs --known FILE")
    labels_doc = json.loads(args.labels.read_text(encoding="utf-8"))
    first_party = (
        args.first_party
        if args.first_party is not None
        else [labels_doc.get("first_party", "ByteDance")]
    )
    result = evaluate(
        args.input, args.labels, args.known, mode, first_party, args.findings, args.keylog
    )
    print(
        f"input {result['input']}: {result['flows_in_input']} exchanges, "
        f"{result['labelled_flows']} labelled, {result['unmatched_exchanges']} unmatched, "
        f"{result['unmapped_labels']} labels without an exchange"
    )
    if result["read_error"]:
        print(f"read error: {result['read_error']}")
    failed = False
    for m, sd in result["scores"].items():
        s = Score(
            m,
            {
                k: CategoryScore(v["tp"], v["fn"], v["fp"], v["extra_tp"])
                for k, v in sd["per_category"].items()
            },
            sd["misses"],
            sd["false_positives"],
        )
        print_score(s, args.show)
        o = s.overall()
        failed |= o.recall < args.fail_under_recall or o.precision < args.fail_under_precision
    print_attribution(result["attribution"], args.show)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
