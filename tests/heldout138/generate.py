"""Generate held-out set 138: a freelance video producer and sound engineer's phone
in Toronto and Montreal (a precision stress set), in every input format, with labels.

    python -m tests.heldout138.generate OUTDIR [--seed 947] [--flows 900] [--no-replay]
    python tests/heldout138/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 138), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout138` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout138"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=138,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-138 test device (generated): a freelance producer's Pixel 8 (advertising\n"
        "# id, one ANDROID_ID per app that sends one). Rented cameras, the studio's\n"
        "# grading panel and clients' equipment are not the tester's and not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 947, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
