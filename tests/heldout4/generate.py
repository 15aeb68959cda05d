"""Generate held-out set 4: a Pixel 8 running nine apps (music streaming, live
sports, short video with an age check, a video doorbell, e-learning, AR makeup
try-on, a smart-speaker companion, an ad-funded weather app, a Roku remote) and
a Roku TV with ACR, in every input format, with its labels.

    python -m tests.heldout4.generate OUTDIR [--seed 41] [--flows 1500] [--no-replay]
    python tests/heldout4/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 4), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout4` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout4"

from tests.heldout.flowmodel import Flow
from tests.heldout.setwriter import (
    CHECK_HOW,
    SetInfo,
    check_device_labels,
    haystack,
    write_set,
)
from tests.heldout.setwriter import main as set_main

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone4
from .session import generate_session


# Encodings a stray identifier is looked for in, when checking that nothing leaks
# into a flow unlabelled.
def check_labels(phone: Phone4, flows: list[Flow]) -> None:
    """See `check_device_labels`; set 4 searches the text of flows only."""
    how = tuple(h for h in CHECK_HOW if h != "lower")
    check_device_labels(phone, flows, KNOWN_ATTRS, how, haystack)


INFO = SetInfo(
    number=4,
    first_party=FIRST_PARTY,
    owner_label=owner_label,
    known_header=(
        "# Set-4 test devices (generated): a Pixel 8, a Roku TV, a doorbell and a smart\n"
        "# speaker; one ANDROID_ID per app\n"
    ),
)


def generate(
    outdir: Path, seed: int = 41, flows: int = 1500, replay: bool = True
) -> dict[str, Any]:
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    return set_main(argv, (__doc__ or "").split("\n\n")[0], 41, generate)


if __name__ == "__main__":
    sys.exit(main())
