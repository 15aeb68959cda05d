"""Generate held-out set 140: a family between Mexico City, Guadalajara and Buenos
Aires (a Motorola on Android 14, an iPhone, a smart TV with ACR, a cable operator's
set-top box, a cast dongle, a smartwatch) using a telenovela / fútbol streaming
service with SSAI, a cable operator's TV-everywhere app, an AM/FM radio app, a
music app, an audiobook app, a fintech with selfie + INE/DNI face match, a bank
with voice biometrics, a delivery app, a dating app with photo verification and a
kids' video app, in every input format, with labels.

    python -m tests.heldout140.generate OUTDIR [--seed 959] [--flows 900] [--no-replay]
    python tests/heldout140/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 140). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout140` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout140"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=140,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-140 test devices (generated): a Motorola (Android 14: IMEI, serial,\n"
        "# Wi-Fi MAC, advertising id, one ANDROID_ID per app), an iPhone (IDFV), a\n"
        "# smart TV (serial, MAC), a cast dongle (serial) and a smartwatch (BLE MAC,\n"
        "# serial). The cable set-top box is the operator's (comodato): not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 959, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
