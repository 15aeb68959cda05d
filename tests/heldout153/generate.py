"""Generate held-out set 153: a family in Tehran and Isfahan (a Samsung Galaxy
A54, an Android TV box, a smart TV, a smartwatch) using an Iranian video-sharing /
live-TV app, a Persian streaming service, a music app, a podcast / audiobook app,
a bank and a payment app with face authentication, a ride app and a messenger,
with Iranian SDKs (Metrix, Tapsell, Adivery, Pushe) and local app stores, in
every input format, with labels.

    python -m tests.heldout153.generate OUTDIR [--seed 1037] [--flows 900] [--no-replay]
    python tests/heldout153/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 153), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout153` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout153"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=153,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-153 test devices (generated): a Samsung Galaxy A54 (IMEI, advertising\n"
        "# id, one ANDROID_ID per app), an Android TV box (MAC, serial), a smart TV\n"
        "# (Wi-Fi MAC, serial) and a smartwatch (Bluetooth MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1037, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
