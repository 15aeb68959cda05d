"""Generate held-out set 210: a Filipino family's devices in Quezon City, Cebu
and Dubai (a teleserye / noontime-show streamer with Firebase and GA4, a PBA /
UAAP basketball app with AppsFlyer and Pangle, an OPM music app with Adjust and
Meta app events, a GCash-like e-wallet with Sumsub selfie eKYC and face login,
a remittance app used by a nurse in Dubai, a Cignal-like satellite box and a
smart TV with ACR), in every input format, with labels.

    python -m tests.heldout210.generate OUTDIR [--seed 1379] [--flows 1500] [--no-replay]
    python tests/heldout210/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 210), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout210` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout210"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=210,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-210 test devices (generated): four family phones (vivo Y11 on Android 9\n"
        "# with IMEI, OPPO A78, Pixel 8, Redmi Note 13), a satellite pay-TV box (MAC,\n"
        "# serial), a smart TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1379, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
