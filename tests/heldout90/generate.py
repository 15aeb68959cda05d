"""Generate held-out set 90 (a precision stress set): a flight attendant's
iPhone 15 (iOS 17) running the airline's crew and cabin apps, an airport e-gate
feed, a layover hotel, a language app, a flight tracker, an e-book reader and a
game, with a few truly sensitive flows (her streaming, podcasts, bank liveness
and voice ID, ad SDKs, her watch and earbuds), in every input format, with labels.

    python -m tests.heldout90.generate OUTDIR [--seed 659] [--flows 900] [--no-replay]
    python tests/heldout90/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 90), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout90` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout90"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=90,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-90 test devices (generated): an iPhone 15 (IDFA, one IDFV per vendor:\n"
        "# streaming, bank, game studio), her running watch (serial) and earbuds (BT MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 659, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
