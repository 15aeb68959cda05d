"""Generate held-out set 127: a family in Lyon and Marseille with a student in
Brussels. A Xiaomi phone runs a public broadcaster's replay app, a commercial
channel's streaming app with SSAI ad beacons, a music app, a podcast app, a
community radio app (Darija in Latin letters), a Belgian football app (Dutch and
French), a neobank with selfie and voice verification, a dating app with photo
verification, a photo app with face grouping and a home app for the Freebox,
the Samsung TV (ACR) and the watch, in every input format, with labels.

    python -m tests.heldout127.generate OUTDIR [--seed 881] [--flows 900] [--no-replay]
    python tests/heldout127/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 127). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout127` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout127"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=127,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-127 test devices (generated): a Xiaomi 13T (one ANDROID_ID per app),\n"
        "# a Freebox TV box (serial, MAC), a Samsung TV (Wi-Fi MAC) and a watch\n"
        "# (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 881, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
