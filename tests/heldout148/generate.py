"""Generate held-out set 148: a Filipino family's Vivo phone (Android 13) in Manila
and Cebu with a broadcaster's streaming app, an anime / K-drama app (also on the
Android TV box), a short-video app with face filters, a Cebu radio / podcast app,
an e-wallet with face verification, a bank with voice OTP, a remittance app with a
selfie check (ADVANCE.AI), a telco self-care app, a ride / delivery super-app and
the companion apps of a smart TV (ACR), a fitness band and a karaoke mic box, in
every input format, with labels.

    python -m tests.heldout148.generate OUTDIR [--seed 1007] [--flows 900] [--no-replay]
    python tests/heldout148/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 148), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout148` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout148"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=148,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-148 test devices (generated): a vivo V29 (IMEI), an Android TV box\n"
        "# (serial, Ethernet MAC), a smart TV (serial, Wi-Fi MAC), a fitness band (BLE\n"
        "# MAC, serial) and a karaoke mic box (serial, BT MAC); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1007, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
