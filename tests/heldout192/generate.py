"""Generate held-out set 192: a whānau in Auckland, Rotorua and Brisbane with an
iPhone 15 and Apple Watch, a Pixel 7, a Freeview-style TV with ACR, an Android
TV stick and a connected ute; a public broadcaster's on-demand app with te reo
Māori analytics keys, a rugby and netball live app, a streaming service, a
music app, a podcast app, a te reo learning app with video lessons, a bank with
face and voice verification and a supermarket app, in every input format, with
labels.

    python -m tests.heldout192.generate OUTDIR [--seed 1271] [--flows 900] [--no-replay]
    python tests/heldout192/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 192), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout192` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout192"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=192,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-192 test devices (generated): an iPhone 15 (IDFA, one IDFV per app\n"
        "# vendor), a Pixel 7 (advertising id, one ANDROID_ID per app), a smart TV\n"
        "# (Wi-Fi MAC, serial), an Android TV stick (ANDROID_ID, serial) and a ute's\n"
        "# telematics unit (modem IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1271, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
