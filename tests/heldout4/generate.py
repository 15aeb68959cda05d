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

if __package__ in (None, ""):  # run as a script: make `tests.heldout4` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout4"

from tests.heldout.setwriter import CHECK_HOW, SetGenerator, SetInfo, haystack

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=4,
    first_party=FIRST_PARTY,
    owner_label=owner_label,
    known_header=(
        "# Set-4 test devices (generated): a Pixel 8, a Roku TV, a doorbell and a smart\n"
        "# speaker; one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(
    INFO,
    generate_session,
    KNOWN_ATTRS,
    41,
    1500,
    __doc__ or "",
    check_how=tuple(h for h in CHECK_HOW if h != "lower"),
    hay=haystack,
)
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
