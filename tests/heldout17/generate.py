"""Generate held-out set 17: an iPhone 14 Pro (iOS 17) running an Instagram-like
social app (Reels, AR face effects, Facebook app events), a voice-journaling app
with emotion analysis and a speaker check, an e-scooter app (Onfido / Veriff,
scooter serial and IoT IMEI), a hotel app (face check-in, digital key), a sleep
app with a smart bed, a league streaming app (Adobe Media Analytics), a kids'
game with SuperAwesome ads and a passport-photo app, in every input format.

    python -m tests.heldout17.generate OUTDIR [--seed 173] [--flows 900] [--no-replay]
    python tests/heldout17/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 17), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout17` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout17"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=17,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-17 test devices (generated): an iPhone 14 Pro (IDFA, one IDFV per\n"
        "# vendor), a smart bed (serial, BLE address) and a rented e-scooter (serial,\n"
        "# IoT modem IMEI); the tester's email\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 173, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
