"""Generate held-out set 240: a Georgian family's devices in Tbilisi, Batumi,
Kutaisi and Athens (a Georgian TV / series streaming app with Firebase, GA4 and
Adjust, an Erovnuli Liga and rugby live app with AppsFlyer and Meta app events,
a Georgian polyphonic music / radio / podcast app, a bank with Innovatrics
selfie onboarding and face login, a smart TV with ACR, an IPTV set-top box, an
LTE smartwatch and a connected car), in every input format, with labels.

    python -m tests.heldout240.generate OUTDIR [--seed 1559] [--flows 1500] [--no-replay]
    python tests/heldout240/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 240), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout240` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout240"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=240,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-240 test devices (generated): four family phones (Galaxy S23, Redmi\n"
        "# Note 13, Pixel 8, Galaxy A15), an IPTV box (MAC, serial), a smart TV (Wi-Fi\n"
        "# MAC, serial), an LTE smartwatch (BLE MAC, serial, IMEI), a connected car\n"
        "# (VIN as serial, telematics unit IMEI); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1559, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
