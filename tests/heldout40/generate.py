"""Generate held-out set 40: an iPhone 14 (iOS 17) and the family's Android TV box
in Malaysia and Hong Kong: two streaming apps with in-house watch logs (Malay and
romanised Cantonese keys), a music / podcast app, a karaoke app with a Bluetooth
mic, an e-wallet with face and voice verification, a food-delivery rider app
with selfie checks, a smart-building door-access app with face recognition, a
TV box with ACR, and a racing game with ad SDKs; in every input format, with
labels.

    python -m tests.heldout40.generate OUTDIR [--seed 337] [--flows 900] [--no-replay]
    python tests/heldout40/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 40), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout40` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout40"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=40,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-40 test devices (generated): an iPhone 14 (IDFA, one IDFV per app\n"
        "# vendor, listed as device_id), the family's Android TV box (GAID,\n"
        "# ANDROID_ID, Ethernet and Wi-Fi MACs, serial) and a Bluetooth karaoke\n"
        "# microphone (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 337, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
