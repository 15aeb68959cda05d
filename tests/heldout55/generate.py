"""Generate held-out set 55, a PRECISION STRESS set: a shop owner's Samsung
Galaxy M34 (Android 14) in India and Sri Lanka running ordinary apps whose
traffic looks sensitive and mostly is not (UPI payments, quick commerce,
cricket scores, matrimony, shop billing, ed-tech, yoga pose correction, a phone
cleaner, staff attendance, casual games), in every input format, with labels.

    python -m tests.heldout55.generate OUTDIR [--seed 425] [--flows 900] [--no-replay]
    python tests/heldout55/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 55), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout55` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout55"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=55,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-55 test device (generated): a Samsung Galaxy M34 5G (SM-M346B,\n"
        "# Android 14): its GAID, one ANDROID_ID per app that sends it, the\n"
        "# owner's e-mail. No IMEI / serial / MAC: Android 10+ apps cannot read them.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 425, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
