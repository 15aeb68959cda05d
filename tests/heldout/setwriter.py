"""What every held-out set's generator shares: writing a generated session in
every input format with its labels, and the command line.

A set brings its own apps, devices, owners and label check; everything written
here stays the same across sets, so that bench/evaluate.py scores each set
unchanged and the sets differ only in what was not seen before.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .flowmodel import Flow
from .identity import encode
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


CHECK_HOW = (
    "plain", "nosep", "nosep_upper", "urlenc", "upper", "lower", "md5", "sha1", "sha256", "b64",
)  # fmt: skip
"""Encodings a stray identifier is looked for in by `check_device_labels`."""


def haystack_with_bodies(flow: Flow) -> str:
    """`haystack` plus the raw bodies (binary ones as latin-1): ids in protobuf too."""
    raw = (flow.req_plain + b"\n" + flow.resp_plain).decode("latin-1")
    return haystack(flow) + "\n" + raw.lower()


def check_device_labels(
    device: Any,
    flows: list[Flow],
    known_attrs: dict[str, str],
    how: tuple[str, ...] = CHECK_HOW,
    hay: Callable[[Flow], str] = haystack_with_bodies,
) -> None:
    """Refuse to write a set where any device identifier sits in a flow unlabelled.

    Every identifier of the devices (`device.device_attrs()`, known or SDK-made)
    is looked for in the encodings the generators use. A known kind shared by
    several attributes (one ANDROID_ID per app, several MACs...) must have at
    least as many carriers as attributes found. Carriers marked known must be
    known.yaml kinds, and every carrier must say where it sits.
    """
    known_kinds = set(known_attrs.values())
    for flow in flows:
        text = hay(flow)
        kinds = Counter(c.kind for c in flow.carriers)
        found: Counter[str] = Counter()
        for attr in device.device_attrs():
            value = getattr(device, attr)
            if any(encode(value, h).lower() in text for h in how):
                found[known_attrs.get(attr, attr)] += 1
        for kind, n in found.items():
            if kinds[kind] < n:
                raise AssertionError(
                    f"flow {flow.index} ({flow.url[:80]}) carries {n} unlabelled-or-extra {kind}"
                )
        for c in flow.carriers:
            if c.known and c.kind not in known_kinds:
                raise AssertionError(f"flow {flow.index}: {c.kind} marked known, not in known.yaml")
            if not c.where:
                raise AssertionError(f"flow {flow.index}: carrier {c.kind} without a location")


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


@dataclass(frozen=True)
class SetGenerator:
    """A later set's `generate.py` in one declaration: its info, session script and defaults.

    The sets from 7 on differ only in these; the session script returns
    (device, flows) and the device says which of its attributes are known.yaml
    kinds (`known_attrs`)."""

    info: SetInfo
    session: Callable[[int, int], tuple[Any, list[Flow]]]
    known_attrs: dict[str, str]
    default_seed: int
    default_flows: int
    description: str
    check_how: tuple[str, ...] = CHECK_HOW
    hay: Callable[[Flow], str] = haystack_with_bodies
    """Where and in which encodings `check_device_labels` looks for stray identifiers."""

    def check_labels(self, device: Any, flows: list[Flow]) -> None:
        """Refuse a set where a device identifier sits in a flow unlabelled."""
        check_device_labels(device, flows, self.known_attrs, self.check_how, self.hay)

    def generate(
        self, outdir: Path, seed: int | None = None, flows: int | None = None, replay: bool = True
    ) -> dict[str, Any]:
        seed = self.default_seed if seed is None else seed
        device, session = self.session(seed, self.default_flows if flows is None else flows)
        self.check_labels(device, session)
        return write_set(outdir, seed, session, device.known_values(), self.info, replay)

    def main(self, argv: Sequence[str] | None = None) -> int:
        args = list(sys.argv[1:] if argv is None else argv)
        if not any(a == "--flows" or a.startswith("--flows=") for a in args):
            args += ["--flows", str(self.default_flows)]  # the set's size (the CLI says 1500)
        return main(args, self.description.split("\n\n")[0], self.default_seed, self.generate)
