"""Held-out set 34: a Tecno Camon 20 (HiOS 13, Android 13) used in Kenya, Nigeria
and Pakistan, with two streaming apps, a music app, a wallet with face KYC, a
loan app that fingerprints the device, a voice-enrolling farming app, a church /
mosque streaming app and a ludo game with five ad SDKs, in every input format,
with labels.

    python -m tests.heldout34.generate OUTDIR [--seed 283] [--flows 900] [--no-replay]
    python tests/heldout34/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 34), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout34` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout34"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=34,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-34 test device (generated): a TECNO CK6n (Camon 20, HiOS 13) with two\n"
        "# IMEIs (dual SIM), Wi-Fi and Bluetooth MACs, serial, GAID; one ANDROID_ID per\n"
        "# app that sends it (HiOS's own apps have theirs)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 283, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
