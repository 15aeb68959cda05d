"""Generate held-out set 266: a cross-border commuter between Trier and
Luxembourg (the national broadcaster's catch-up app with AppsFlyer, Firebase
and Conviva, a bank with an Onfido selfie face match, a football club shop with
Adjust, a cinema app with the Meta SDK, a hotel room TV's play log), among many
look-alike apps (the bank branch's kiosks and signage, a coworking space's room
panels and printers, a car-sharing fleet, a hospital's patient terminals, a
supermarket's self-checkout, a news site, a music school). Keys in
Luxembourgish, French and German. A precision stress set.

    python -m tests.heldout266.generate OUTDIR [--seed 1715] [--flows 1500] [--no-replay]
    python tests/heldout266/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 266), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout266` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout266"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=266,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-266 test device (generated): a commuter's Pixel 8 (advertising id) with\n"
        "# one ANDROID_ID per app (broadcaster, bank, football club, cinema)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1715, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
