"""Generate held-out set 3: a phone and a Fire TV stick running eight apps
(fitness/dating with selfie verification, kids' cartoons, podcasts/audiobooks,
news with video, a game with ad mediation, an avatar/photo editor, a bank with
selfie KYC and voice ID, karaoke), in every input format, with its labels.

    python -m tests.heldout3.generate OUTDIR [--seed 23] [--flows 1500] [--no-replay]
    python tests/heldout3/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json, in set 1's formats so that bench/evaluate.py scores
it unchanged. Same seed and size give byte-identical files. Write to a temp dir
or bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout3` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout3"

import yaml

from tests.heldout.flowmodel import Flow
from tests.heldout.generate import FILES
from tests.heldout.generate import _haystack as haystack
from tests.heldout.identity import encode
from tests.heldout.writers import write_flows, write_har, write_replay

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone3
from .session import generate_session

# Encodings a stray identifier is looked for in, when checking that nothing leaks
# into a flow unlabelled.
_CHECK_HOW = ("plain", "nosep", "urlenc", "upper", "md5", "sha1", "sha256", "b64")


def check_labels(phone: Phone3, flows: list[Flow]) -> None:
    """Refuse to write a set where any device identifier sits in a flow unlabelled.

    Covers every identifier of the devices, known or SDK-made, in the encodings
    the generators use, and checks that each flow's label agrees with its
    carriers (a carrier per category, known only for known.yaml kinds).
    """
    attrs = phone.device_attrs()
    for flow in flows:
        hay = haystack(flow)
        labelled = {c.kind for c in flow.carriers}
        for attr in attrs:
            kind = KNOWN_ATTRS.get(attr, attr)
            if kind in labelled:
                continue
            value = getattr(phone, attr)
            for how in _CHECK_HOW:
                if encode(value, how).lower() in hay:
                    raise AssertionError(
                        f"flow {flow.index} ({flow.url[:80]}) carries unlabelled {attr} ({how})"
                    )
        for c in flow.carriers:
            if c.known and c.kind not in set(KNOWN_ATTRS.values()):
                raise AssertionError(
                    f"flow {flow.index}: {c.kind} marked known but not in known.yaml"
                )


def flow_label(f: Flow) -> dict[str, Any]:
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


def write_known(phone: Phone3, path: Path) -> None:
    text = (
        "# Set-3 test devices (generated): a Galaxy A54 and a Fire TV stick; one advertising id\n"
        "# per device, one ANDROID_ID per app\n"
    )
    text += yaml.safe_dump(phone.known_values(), sort_keys=False)
    path.write_text(text, encoding="utf-8")


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


def write_labels(flows: list[Flow], seed: int, files: dict[str, str], path: Path) -> dict[str, Any]:
    labels = [flow_label(f) for f in flows]
    doc = {
        "format": "exfilwatch-heldout-labels/1",
        "set": 3,
        "seed": seed,
        "first_party": FIRST_PARTY,
        "files": files,
        "summary": summarise(labels),
        "flows": labels,
    }
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return doc


def generate(
    outdir: Path, seed: int = 23, flows: int = 1500, replay: bool = True
) -> dict[str, Any]:
    outdir.mkdir(parents=True, exist_ok=True)
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    write_har(session, outdir / FILES["har"])
    write_flows(session, outdir / FILES["flows"])
    files = dict(FILES)
    if replay:
        write_replay(session, outdir / FILES["replay"])
    else:
        files.pop("replay")
    write_known(phone, outdir / FILES["known"])
    return write_labels(session, seed, files, outdir / "labels.json")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("outdir", type=Path)
    p.add_argument("--seed", type=int, default=23)
    p.add_argument("--flows", type=int, default=1500, help="approximate number of requests")
    p.add_argument("--no-replay", action="store_true", help="skip replay.json")
    args = p.parse_args(argv)
    doc = generate(args.outdir, args.seed, args.flows, not args.no_replay)
    print(f"{len(doc['flows'])} flows written to {args.outdir}: {doc['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
