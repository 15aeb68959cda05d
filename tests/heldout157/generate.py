"""Generate held-out set 157: a family in Lahore and Karachi on an Infinix phone
(Android 13) with an Android TV box, a smart TV and earbuds: a drama / live PSL
streaming app, a music app, a naat and tilawat app, a mobile wallet and a bank
with NADRA-style face and voice verification, a telco app, a ride app, a news TV
app and a TV maker's companion with ACR, in every input format, with labels.

    python -m tests.heldout157.generate OUTDIR [--seed 1061] [--flows 900] [--no-replay]
    python tests/heldout157/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 157). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout157` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout157"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=157,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-157 test devices (generated): an Infinix X6833B (two IMEIs, Wi-Fi MAC,\n"
        "# one ANDROID_ID per app), an Android TV box (serial, MAC), the family's smart\n"
        "# TV in Karachi (serial, MAC) and earbuds (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1061, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
