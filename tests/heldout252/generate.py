"""Generate held-out set 252: a Kannada family's devices in Bengaluru, Mysuru,
Mangaluru and Singapore (a Kannada OTT app for films, serials and Yakshagana
with Firebase / GA4, WebEngage and AppsFlyer; a Kannada music, bhavageete,
devotional, FM radio and podcast app with Google IMA audio ads; a cricket and
pro-kabaddi live app with Adjust and Meta app events; a co-operative bank with
IDfy selfie video KYC and face login; a health-insurance app with speaker
verification of claims; a smart TV with ACR; a hybrid DTH set-top box and its
companion app; a fitness band), in every input format, with labels.

    python -m tests.heldout252.generate OUTDIR [--seed 1631] [--flows 1500] [--no-replay]
    python tests/heldout252/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 252), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout252` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout252"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=252,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-252 test devices (generated): four family phones (Galaxy M34, Redmi\n"
        "# Note 13, Pixel 8, OnePlus Nord CE3), a DTH set-top box (serial, Ethernet\n"
        "# MAC, viewing-card number), a smart TV (Wi-Fi MAC, serial), a fitness band\n"
        "# (BLE MAC, serial); one ANDROID_ID per app; the music app's install id\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1631, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
