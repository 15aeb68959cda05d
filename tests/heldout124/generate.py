"""Generate held-out set 124: a Myanmar family's Vivo V27 (Android 13), Android TV
box and Bluetooth speaker running a Burmese movies-and-series app, a music app,
a live-TV IPTV app, a dhamma-talk app, a football app, a wallet with ADVANCE.AI
face KYC, a ride-hailing driver app with selfie checks, a telco self-care app
and a Thai drama app, in every input format, with labels.

    python -m tests.heldout124.generate OUTDIR [--seed 863] [--flows 900] [--no-replay]
    python tests/heldout124/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 124), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout124` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout124"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=124,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-124 test devices (generated): a Vivo V27 (two IMEIs, serial), an\n"
        "# Android TV box (MAC, serial, its own ANDROID_ID) and a Bluetooth speaker\n"
        "# (MAC, serial); one ANDROID_ID per app on the phone\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 863, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
