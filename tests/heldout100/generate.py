"""Generate held-out set 100, a precision stress set: a Swiss public
librarian's iPhone 14 (iOS 17) running the library's circulation system,
e-lending statistics, a story-time channel's analytics, a digitisation app
with face-blur boxes and OCR, events and room booking, a language course
and a game, mostly hard decoys, plus a few truly sensitive flows of her own
(streaming watch log, podcast history, bank face liveness and voice ID, ad
SDK ids, watch and earbuds ids), in every input format, with labels.

    python tests/heldout100/generate.py OUTDIR [--seed 719] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 100), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout100` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout100"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=100,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-100 test devices (generated): a librarian's iPhone 14 (IDFA, one IDFV\n"
        "# per vendor that sends one), her watch (serial) and earbuds (BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 719, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
