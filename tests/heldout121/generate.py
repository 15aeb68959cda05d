"""Generate held-out set 121: a Philippine family (Quezon City, Davao, Iloilo)
with a Galaxy A55, an iPhone 13, a Xiaomi TV box and a fitness band: a Filipino
streaming app, a news / noontime TV app, a volleyball and boxing streamer, a
Cebuano music app, a Hiligaynon mass and rosary app, a live-selling app, an
e-wallet with ADVANCE.AI face verification, a bank with voice ID and a
delivery-rider app with selfie checks, with labels.

    python -m tests.heldout121.generate OUTDIR [--seed 845] [--flows 900] [--no-replay]
    python tests/heldout121/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 121). Same seed and size give
byte-identical files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout121` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout121"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=121,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-121 test devices (generated): a Galaxy A55 (GAID, one ANDROID_ID per\n"
        "# app), an iPhone 13 (IDFA, the rosary app's IDFV), a Xiaomi TV box (Wi-Fi\n"
        "# MAC, serial) and a fitness band (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 845, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
