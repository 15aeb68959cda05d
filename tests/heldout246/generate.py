"""Generate held-out set 246: a Telugu family's devices in Hyderabad, Vijayawada,
Visakhapatnam and Dallas, Texas (a Telugu OTT app with Firebase / GA4,
CleverTap and AppsFlyer; a Tollywood music / devotional / FM radio app with
MoEngage; an IPL cricket live app with Adjust, Meta app events and NPAW; a bank
with HyperVerge selfie KYC, face login and Aadhaar face authentication; a smart
TV with ACR and a DTH set-top box; a fitness band; a kids' cartoon app with
Mixpanel), in every input format, with labels.

    python -m tests.heldout246.generate OUTDIR [--seed 1595] [--flows 1500] [--no-replay]
    python tests/heldout246/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 246), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout246` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout246"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=246,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-246 test devices (generated): four family phones (Samsung M34, Redmi\n"
        "# Note 13, OnePlus Nord CE 3 Lite, Pixel 8), a DTH set-top box (MAC, serial,\n"
        "# viewing-card number), a smart TV (Wi-Fi MAC, serial), a fitness band\n"
        "# (BLE MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1595, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
