"""Generate held-out set 165: a family in Madrid and Barcelona. A Samsung
phone and an iPhone run a national broadcaster's streaming app, a Catalan public
broadcaster's app, a pay-TV app with LaLiga (and its set-top box), a music app
(earbuds, car head unit), a podcast / radio app, a bank and a Cl@ve-like ID app
with face and voice checks, and a delivery app; an LG TV sends ACR reports.

    python -m tests.heldout165.generate OUTDIR [--seed 1109] [--flows 900] [--no-replay]
    python tests/heldout165/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 165), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout165` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout165"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=165,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-165 household devices (generated): a Samsung Galaxy S23 (GAID, one\n"
        "# ANDROID_ID per app), an iPhone 14 (IDFA, IDFV), a set-top box (serial, MAC),\n"
        "# an LG TV (Wi-Fi MAC), Galaxy Buds (BT MAC), the car's head unit (serial, BT MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1109, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
