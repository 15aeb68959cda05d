"""The held-out app traffic, sent by a real TLS client through `mitmdump -s addons/exfilwatch.py`.

    python bench/replay_heldout.py [--flows 1500] [--seed 7] [--out DIR]

Generates the held-out session (tests/heldout), replays its requests as
recorded through mitmdump with the addon (`--set exfilwatch_known=known.yaml`),
each host's connection sent to a local HTTPS server that answers with the
recorded responses (the flows keep the app's host names), then scores the live
findings against the labels with bench/evaluate.py, exactly as a scan is scored.
Also scans the flow dump mitmdump wrote (`-w`) and says whether the two finding
sets are the same apart from `source` and `id`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from proxy_harness import Mitmdump, ReplayUpstream, read_jsonl, redirect_script, replay  # noqa: E402


def evaluate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "heldout_evaluate", ROOT / "bench" / "evaluate.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def run(folder: Path, seed: int, flows: int) -> dict[str, Any]:
    from tests.heldout.generate import generate

    generate(folder, seed=seed, flows=flows, replay=True)
    items = json.loads((folder / "replay.json").read_text())["requests"]
    known, labels = folder / "known.yaml", folder / "labels.json"
    live, dump = folder / "live.jsonl", folder / "live.flows"
    with ReplayUpstream(folder, items) as upstream:
        # lazy: the upstream connection is made after the request is read, so the
        # redirect changes where it goes, not the host the flow records
        extra = ["--set", "connection_strategy=lazy"]
        extra += ["-s", str(redirect_script(folder, upstream.port))]
        extra += ["--set", f"exfilwatch_known={known}", "--set", f"exfilwatch_jsonl={live}"]
        extra += ["--set", f"exfilwatch_summary={folder / 'summary.json'}", "-w", str(dump)]
        with Mitmdump(folder, extra) as proxy:
            started = time.perf_counter()
            sent = replay(proxy, items)
            elapsed = time.perf_counter() - started
    ev = evaluate_module()
    result = ev.evaluate(dump, labels, known, "known", [], findings_path=live)
    scanned = ev.run_scan(dump, known, [], None)
    result["sent"] = sent
    result["replay_seconds"] = elapsed
    result["summary"] = json.loads((folder / "summary.json").read_text())
    result["same_as_scan"] = _comparable(read_jsonl(live)) == _comparable(scanned)
    return result


def _comparable(findings: list[dict[str, Any]]) -> list[str]:
    drop = ("source", "id")
    return sorted(
        json.dumps({k: v for k, v in f.items() if k not in drop}, sort_keys=True) for f in findings
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flows", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="keep the files here (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="replay-heldout-") as tmp:
        folder = args.out or Path(tmp)
        result = run(folder, args.seed, args.flows)
    score = result["scores"]["known"]
    snap = result["summary"]
    print(
        f"{result['sent']} requests replayed in {result['replay_seconds']:.1f}s; "
        f"{snap['flows_analysed']} exchanges analysed, {snap['dropped']} dropped, "
        f"{snap['analysis_errors']} analysis errors"
    )
    print(
        f"unmatched exchanges {result['unmatched_exchanges']}, "
        f"unmapped labels {result['unmapped_labels']}"
    )
    print(
        f"known values, live: recall {score['overall']['recall']:.4f} (target >= 0.98), "
        f"precision {score['overall']['precision']:.4f} (target >= 0.97)"
    )
    for category, s in score.get("per_category", {}).items():
        print(f"  {category}: {json.dumps(s)}")
    print(f"live findings == scan of the -w dump (apart from source, id): {result['same_as_scan']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
