"""Generate held-out set 218: a Nepali family's devices in Kathmandu, Pokhara and
Doha (a Nepali teleserial / live-TV streamer with Firebase, GA4 and Adjust, a
cricket / football live app for the Nepal Premier League with AppsFlyer and
Meta app events, a Nepali music and FM-radio app, a Nepali mobile-banking app
with Onfido selfie KYC and face login, a Doha-to-Nepal remittance app with
voice verification, an Android smart TV with content recognition, a satellite
DTH set-top box and an LTE smartwatch), in every input format, with labels.

    python -m tests.heldout218.generate OUTDIR [--seed 1427] [--flows 1500] [--no-replay]
    python tests/heldout218/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 218), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout218` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout218"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=218,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-218 test devices (generated): three family phones (Galaxy A34 in Doha,\n"
        "# Redmi Note 13 in Pokhara, Galaxy M34 in Kathmandu), a smart TV (Wi-Fi MAC,\n"
        "# serial), a DTH set-top box (MAC, serial), an LTE smartwatch (BT MAC, serial,\n"
        "# IMEI); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1427, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
