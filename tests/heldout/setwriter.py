"""What every held-out set's generator shares: writing a generated session in
every input format with its labels, and the command line.

A set brings its own apps, devices, owners and label check; everything written
here stays the same across sets, so that bench/evaluate.py scores each set
unchanged and the sets differ only in what was not seen before.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .flowmodel import Flow
from .writers import write_flows, write_har, write_replay

FILES = {
    "har": "session.har",
    "flows": "session.flows",
    "replay": "replay.json",
    "known": "known.yaml",
}


@dataclass(frozen=True)
class SetInfo:
    number: int
    first_party: list[str]
    owner_label: Callable[[str], Any]
    known_header: str
    """Comment lines at the top of known.yaml, saying whose identifiers they are."""


def haystack(flow: Flow) -> str:
    """Everything a flow says, lower-cased: where a stray identifier would show."""
    parts = [flow.url]
    parts += [f"{k}: {v}" for k, v in flow.req_headers + flow.resp_headers]
    parts.append(flow.req_plain.decode("utf-8", "replace"))
    parts.append(flow.resp_plain.decode("utf-8", "replace"))
    return "\n".join(parts).lower()


def flow_label(f: Flow, owner_label: Callable[[str], Any]) -> dict[str, Any]:
    return {
        "index": f.index,
        "flow_id": f.flow_id,
        "sdk": f.sdk,
        "method": f.method,
        "url": f.url,
        "host": f.host,
        "server_ip": f.server_ip,
        "categories": f.categories(),
        "signature_detectable": f.detectable(),
        "known": f.known(),
        "carriers": [c.to_dict() for c in f.carriers],
        "decoys": f.decoys,
        "owner": owner_label(f.host),
    }


def summarise(labels: list[dict[str, Any]]) -> dict[str, int]:
    summary: Counter[str] = Counter()
    for lab in labels:
        for cat in lab["categories"]:
            summary[cat] += 1
            if lab["signature_detectable"].get(cat):
                summary[f"{cat}:signature_detectable"] += 1
        for cat in lab["known"]:
            summary[f"{cat}:known"] += 1
        if not lab["categories"]:
            summary["negative"] += 1
            if lab["decoys"]:
                summary["negative:decoy"] += 1
    return dict(sorted(summary.items()))


def write_set(
    outdir: Path,
    seed: int,
    session: list[Flow],
    known_values: dict[str, Any],
    info: SetInfo,
    replay: bool = True,
) -> dict[str, Any]:
    """Write the session as HAR, flow dump, replay file, known.yaml and labels.json."""
    outdir.mkdir(parents=True, exist_ok=True)
    write_har(session, outdir / FILES["har"])
    write_flows(session, outdir / FILES["flows"])
    files = dict(FILES)
    if replay:
        write_replay(session, outdir / FILES["replay"])
    else:
        files.pop("replay")
    known = info.known_header + yaml.safe_dump(known_values, sort_keys=False)
    (outdir / FILES["known"]).write_text(known, encoding="utf-8")
    labels = [flow_label(f, info.owner_label) for f in session]
    doc = {
        "format": "exfilwatch-heldout-labels/1",
        "set": info.number,
        "seed": seed,
        "first_party": info.first_party,
        "files": files,
        "summary": summarise(labels),
        "flows": labels,
    }
    (outdir / "labels.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return doc


def main(
    argv: Sequence[str] | None,
    description: str,
    default_seed: int,
    generate: Callable[[Path, int, int, bool], dict[str, Any]],
) -> int:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("outdir", type=Path)
    p.add_argument("--seed", type=int, default=default_seed)
    p.add_argument("--flows", type=int, default=1500, help="approximate number of requests")
    p.add_argument("--no-replay", action="store_true", help="skip replay.json")
    args = p.parse_args(argv)
    doc = generate(args.outdir, args.seed, args.flows, not args.no_replay)
    print(f"{len(doc['flows'])} flows written to {args.outdir}: {doc['summary']}")
    return 0
