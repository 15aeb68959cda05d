"""Generate held-out set 233: an Ethiopian family's devices in Addis Ababa,
Bahir Dar, Hawassa and Washington DC (an Amharic / Afaan Oromo drama and
music-video streaming app with Firebase, GA4 and Adjust, a football app for
the Ethiopian Premier League and the EPL with AppsFlyer, a radio / mezmur /
podcast app, a telebirr-like mobile-money wallet with Innovatrics DIS selfie
KYC and voice login, a smart TV with ACR, a free-to-air satellite receiver and
an LTE smartwatch), in every input format, with labels.

    python -m tests.heldout233.generate OUTDIR [--seed 1517] [--flows 1500] [--no-replay]
    python tests/heldout233/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 233), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout233` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout233"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=233,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-233 test devices (generated): four family phones (Samsung A14, Tecno\n"
        "# Camon 20, Infinix Hot 30, Pixel 8), a smart TV (Wi-Fi MAC, serial), a\n"
        "# satellite receiver (MAC, serial), an LTE smartwatch (BLE MAC, serial, IMEI);\n"
        "# one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1517, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
