"""Generate held-out set 2: a phone running a streaming, a selfie-filter and a
voice app, in every input format, with its labels.

    python -m tests.heldout2.generate OUTDIR [--seed 11] [--flows 1500] [--no-replay]
    python tests/heldout2/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json, in set 1's formats so that bench/evaluate.py scores
it unchanged. Same seed and size give byte-identical files. Write to a temp dir
or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout2` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout2"

from tests.heldout.flowmodel import Flow
from tests.heldout.identity import encode
from tests.heldout.setwriter import SetInfo, haystack, write_set
from tests.heldout.setwriter import main as set_main

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone2
from .session import generate_session


def check_labels(phone: Phone2, flows: list[Flow]) -> None:
    """Refuse to write a set where a known value sits in a flow unlabelled."""
    for flow in flows:
        hay = haystack(flow)
        labelled = {c.kind for c in flow.carriers}
        for attr, kind in KNOWN_ATTRS.items():
            if kind in labelled:
                continue
            value = getattr(phone, attr)
            for how in ("plain", "nosep", "urlenc"):
                if encode(value, how).lower() in hay:
                    raise AssertionError(
                        f"flow {flow.index} ({flow.url[:80]}) carries unlabelled {attr}"
                    )


INFO = SetInfo(
    number=2,
    first_party=FIRST_PARTY,
    owner_label=owner_label,
    known_header=(
        "# Set-2 test phone (generated): one advertising id per system, one ANDROID_ID per app\n"
    ),
)


def generate(
    outdir: Path, seed: int = 11, flows: int = 1500, replay: bool = True
) -> dict[str, Any]:
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    return set_main(argv, (__doc__ or "").split("\n\n")[0], 11, generate)


if __name__ == "__main__":
    sys.exit(main())
