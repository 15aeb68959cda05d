"""Generate the held-out evaluation set: one simulated app session, in every input format.

    python -m tests.heldout.generate OUTDIR [--seed 7] [--flows 1500] [--no-replay]
    python tests/heldout/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json. The same seed and size give byte-identical files.
The output is not committed: write it to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout"

from .flowmodel import Flow
from .identity import Phone, encode
from .session import generate_session
from .writers import write_flows, write_har, write_known, write_labels, write_replay

FILES = {
    "har": "session.har",
    "flows": "session.flows",
    "replay": "replay.json",
    "known": "known.yaml",
}


def _haystack(flow: Flow) -> str:
    parts = [flow.url]
    parts += [f"{k}: {v}" for k, v in flow.req_headers + flow.resp_headers]
    parts.append(flow.req_plain.decode("utf-8", "replace"))
    parts.append(flow.resp_plain.decode("utf-8", "replace"))
    return "\n".join(parts).lower()


def check_labels(phone: Phone, flows: list[Flow]) -> None:
    """Fail loudly if a known value sits in a flow in the clear without a label.

    Every insertion is labelled by construction; this guards against a value
    leaking in by accident (for example a generator reusing the wrong field).
    """
    for flow in flows:
        hay = _haystack(flow)
        labelled = {c.kind for c in flow.carriers}
        for kind, value in phone.known_values().items():
            if kind in labelled or (kind == "android_id" and "openudid" in labelled):
                continue
            for how in ("plain", "nosep"):
                if encode(value, how).lower() in hay:
                    raise AssertionError(
                        f"flow {flow.index} ({flow.url[:80]}) carries unlabelled {kind}"
                    )


def generate(
    outdir: Path, seed: int = 7, flows: int = 1500, replay: bool = True
) -> dict[str, object]:
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
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("outdir", type=Path)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--flows", type=int, default=1500, help="approximate number of requests")
    p.add_argument("--no-replay", action="store_true", help="skip replay.json")
    args = p.parse_args(argv)
    doc = generate(args.outdir, args.seed, args.flows, not args.no_replay)
    n = len(doc["flows"])  # type: ignore[arg-type]
    print(f"{n} flows written to {args.outdir}: {doc['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
