"""Generate held-out set 57, a precision stress set: a family's iPad (iPadOS 17,
IDFA only where ATT allowed it, IDFV per vendor), the parent's iPhone and Apple
Watch, in New Zealand and Australia, running mostly ordinary apps whose traffic
looks sensitive and is not (school reading logs, a drawing app's strokes, real
estate "viewed" listings, street parking meters, supermarket price series, a
solar battery, surf forecasts, a pharmacy, rideshare, te reo Māori lessons,
casual games), with a few truly sensitive flows per category (a kids' streaming
watch log, a bank's face and voice checks, ad SDKs with IDFA / IDFV).

    python -m tests.heldout57.generate OUTDIR [--seed 437] [--flows 900] [--no-replay]
    python tests/heldout57/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 57), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout57` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout57"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=57,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-57 test devices (generated): a family iPad (IDFA, one IDFV per vendor),\n"
        "# the parent's iPhone (bank IDFV) and Apple Watch (watch app IDFV), the\n"
        "# household's solar-battery inverter (serial, Wi-Fi MAC); the parent's email\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 437, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
