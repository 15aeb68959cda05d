"""Generate held-out set 161: a family in Athens, Thessaloniki and Limassol with a
Xiaomi phone and an iPhone, a pay-TV set-top box, a smart TV with ACR, earbuds
and a car head unit: a broadcaster's catch-up app, a pay-TV app with live
football, a music app, a podcast app, a bank with voice and face login, the state
wallet with face verification, a betting app with live streams and a delivery
app, in every input format, with labels.

    python -m tests.heldout161.generate OUTDIR [--seed 1085] [--flows 900] [--no-replay]
    python tests/heldout161/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 161). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout161` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout161"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=161,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-161 test devices (generated): a Xiaomi phone (GAID, one ANDROID_ID per\n"
        "# app), an iPhone (IDFA, IDFV per app), a pay-TV set-top box (serial, MAC), a\n"
        "# smart TV (Wi-Fi MAC, serial), earbuds (BLE MAC, serial) and a car head unit\n"
        "# (serial, LTE modem IMEI); the family's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1085, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
