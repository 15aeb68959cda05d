"""Generate held-out set 172: a family in Hanoi, Da Nang and Ho Chi Minh City with a
Xiaomi Redmi Note 12 (Android 13), an iPad, an Android TV box, a smart TV with ACR,
a cheap smartwatch and a motorbike GPS tracker; a Vietnamese streaming app, a
short-video app, a music app, a dharma-talk app, a bank and an e-wallet with eKYC
(VNPT, FPT.AI, chip ID), ride hailing and livestream shopping, in every input
format, with labels.

    python -m tests.heldout172.generate OUTDIR [--seed 1151] [--flows 900] [--no-replay]
    python tests/heldout172/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 172), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout172` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout172"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=172,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-172 test devices (generated): a Xiaomi Redmi Note 12 (one ANDROID_ID per\n"
        "# app, advertising id), an iPad (IDFV, filed as device_id), an Android TV box\n"
        "# (serial, MAC, ANDROID_ID, advertising id), a smart TV (serial, Wi-Fi MAC), a\n"
        "# smartwatch (BLE MAC) and a motorbike GPS tracker (IMEI, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1151, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
