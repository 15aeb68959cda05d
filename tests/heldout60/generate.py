"""Generate held-out set 60, a precision stress set: a student's Pixel 7a
(Android 14) in Sweden, Norway and Finland running ordinary apps whose traffic
looks sensitive but mostly is not (transport tickets and vehicle positions, a
campus app with e-book reading positions, food delivery, a ski resort, a gym,
deposit machines, weather radar, a marketplace, laundry booking, pronunciation
scoring, a game), plus a TV / podcast app and a bank with a selfie check, in
every input format, with labels.

    python -m tests.heldout60.generate OUTDIR [--seed 457] [--flows 900] [--no-replay]
    python tests/heldout60/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 60), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout60` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout60"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=60,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-60 test device (generated): a Google Pixel 7a (Android 14) with a\n"
        "# Polar H10 heart-rate strap (BLE MAC); one ANDROID_ID per app that sends one\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 457, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
