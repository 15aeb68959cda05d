"""Generate held-out set 66 (a precision stress set): an iPhone 15 with an
Apple Watch in Singapore and Malaysia running ordinary apps whose traffic looks
sensitive but mostly is not (super-app, co-working, condo, stocks, expenses,
language, fitness, parking, news, dating, games) plus a TV streaming app, in
every input format, with labels.

    python tests/heldout66/generate.py OUTDIR [--seed 499] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 66). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout66` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout66"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=66,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-66 test devices (generated): an iPhone 15 (IDFA, one IDFV per app\n"
        "# vendor that sends it) and the tester's Apple Watch (serial, Bluetooth MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 499, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
