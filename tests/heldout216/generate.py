"""Generate held-out set 216: a Bengali family's devices in Kolkata, Dhaka and
London (a Hoichoi / Chorki-like Bengali series streamer with Firebase and GA4,
a cricket app for the BPL and IPL with AppsFlyer and an OpenRTB exchange, a
Rabindra sangeet / Bangla band music and FM radio app with Adjust and Meta app
events, a bKash / Nagad-like wallet with face verification and Shufti Pro
e-KYC, a cable operator's Android TV box on a Stalker-style portal and a smart
TV with ACR), with ordinary traffic (weather and cyclone alerts, maps, a ride
app, groceries, news, chat, train tickets), in every input format, with labels.

    python -m tests.heldout216.generate OUTDIR [--seed 1415] [--flows 1500] [--no-replay]
    python tests/heldout216/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 216), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout216` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout216"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=216,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-216 test devices (generated): four family phones (Samsung M34, Redmi\n"
        "# Note 13, Pixel 8, Realme C55 with its IMEI), an Android TV box (MAC,\n"
        "# serial), a smart TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1415, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
