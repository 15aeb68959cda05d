"""Generate held-out set 235: a Slovak family's devices in Bratislava, Košice
and Prague (a Slovak TV channels' streaming app with Firebase, GA4 and Gemius,
a Niké liga football app with AppsFlyer and Meta app events, a Slovak radio /
podcast / music app with Adjust, a bank with Innovatrics selfie onboarding and
voice authentication, a smart TV with ACR, an IPTV set-top box on a Kaltura
OTT-style middleware, an LTE smartwatch with an IMEI and a robot lawnmower), in
every input format, with labels.

    python -m tests.heldout235.generate OUTDIR [--seed 1529] [--flows 1500] [--no-replay]
    python tests/heldout235/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 235), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout235` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout235"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=235,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-235 test devices (generated): four family phones (Galaxy S23, Galaxy\n"
        "# A35, Pixel 8, Redmi Note 13), an IPTV box, a smart TV, an LTE smartwatch\n"
        "# (BLE MAC, serial, IMEI), a robot lawnmower (Wi-Fi MAC, serial); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1529, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
