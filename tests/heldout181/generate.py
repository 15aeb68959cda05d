"""Generate held-out set 181: an Israeli family (Tel Aviv, Haifa, Be'er Sheva)
with a Samsung phone, an iPhone, an IPTV box, a smart TV with ACR, AirPods and a
car with a telematics unit: an Israeli streaming service with live football and
basketball, an Arabic-language music app, a Torah-lessons and prayer-audio app
(Hebrew and Russian), a government face-verification app, a bank with selfie and
voice login, navigation, the car's app and food delivery, in every input format,
with labels.

    python -m tests.heldout181.generate OUTDIR [--seed 1205] [--flows 900] [--no-replay]
    python tests/heldout181/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 181), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout181` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout181"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=181,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-181 test devices (generated): a Samsung Galaxy S23 (GAID, one ANDROID_ID\n"
        "# per app), an iPhone 15 (IDFA, IDFV per vendor), AirPods (serial, BT MAC), an\n"
        "# IPTV box (serial, MAC), a smart TV (serial, Wi-Fi MAC), a car telematics IMEI\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1205, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
