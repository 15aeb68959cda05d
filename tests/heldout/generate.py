"""Generate the held-out evaluation set: one simulated app session, in every input format.

    python -m tests.heldout.generate OUTDIR [--seed 7] [--flows 1500] [--no-replay]
    python tests/heldout/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json. The same seed and size give byte-identical files.
The output is not committed: write it to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout"

from .flowmodel import Flow
from .identity import Phone, encode
from .owners import FIRST_PARTY, owner_label
from .session import generate_session
from .setwriter import SetInfo, haystack, write_set
from .setwriter import main as set_main

INFO = SetInfo(
    number=1,
    first_party=FIRST_PARTY,
    owner_label=owner_label,
    known_header="# The simulated test phone's identifiers (held-out set; generated)\n",
)


def check_labels(phone: Phone, flows: list[Flow]) -> None:
    """Fail loudly if a known value sits in a flow in the clear without a label.

    Every insertion is labelled by construction; this guards against a value
    leaking in by accident (for example a generator reusing the wrong field).
    """
    for flow in flows:
        hay = haystack(flow)
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
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    return set_main(argv, __doc__.split("\n\n")[0], 7, generate)


if __name__ == "__main__":
    sys.exit(main())
