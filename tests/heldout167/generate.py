"""Generate held-out set 167: an Ethiopian family's Tecno phone (Android 13), Android
TV box, smart TV and earbuds, with an Amharic streaming app, an Ethio-jazz / zema
music app, an Orthodox church app (mezmur, sermons), a mobile-money wallet, a bank
with Fayda-style face verification, the operator's self-care app, a ride app and a
news video app, in every input format, with labels.

    python -m tests.heldout167.generate OUTDIR [--seed 1121] [--flows 900] [--no-replay]
    python tests/heldout167/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 167). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout167` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout167"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=167,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-167 test devices (generated): a Tecno Camon 20 (IMEI, serial, one\n"
        "# ANDROID_ID per app, advertising id), an Android TV box (serial, Wi-Fi MAC),\n"
        "# a smart TV (Wi-Fi MAC) and earbuds (Bluetooth MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1121, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
