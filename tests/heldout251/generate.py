"""Generate held-out set 251, a precision stress set: the work phone of a
surveillance-room shift manager at a Macau integrated resort (the resort's
patron face recognition and hotel-room TV logs, labelled biometric and viewing
whoever they belong to; slot and table sensors, CCTV, staff handhelds' MDM,
cashier cage and theatre; her own Cantonese drama
streamer with Firebase and AppsFlyer, a music app with CleverTap, a Hong Kong
bank with face login and Face++ selfie checks, her smartwatch), in every input
format, with labels.

    python -m tests.heldout251.generate OUTDIR [--seed 1625] [--flows 1500] [--no-replay]
    python tests/heldout251/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 251), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout251` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout251"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=251,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-251 test devices (generated): a surveillance shift manager's work phone\n"
        "# (Samsung Galaxy S23 SM-S9110 under the resort's MDM: IMEI, serial, Wi-Fi MAC,\n"
        "# advertising id, one ANDROID_ID per app) and her smartwatch (BLE MAC, serial).\n"
        "# The resort's cameras, slot machines, set-top boxes and staff handhelds are\n"
        "# not hers and not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1625, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
