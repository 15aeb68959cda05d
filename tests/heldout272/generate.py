"""Generate held-out set 272: a Sakha and Buryat family's devices in Yakutsk and
Ulan-Ude (a regional Sakha TV app with its own heartbeat and Yandex
AppMetrica, a national streamer with Mediascope-style measurement and VK
myTracker, a throat-singing / olonkho music app, a bank with face and voice
login through the unified biometric system, a kids' cartoon app in Buryat,
an IPTV box with JSON and XML channel logs and a smart TV with ACR), in every
input format, with labels.

    python -m tests.heldout272.generate OUTDIR [--seed 1751] [--flows 1500] [--no-replay]
    python tests/heldout272/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 272), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout272` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout272"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=272,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-272 test devices (generated): three family phones (Galaxy A54, Redmi\n"
        "# Note 13, Honor X8b), an IPTV box (MAC, serial), a smart TV (Wi-Fi MAC,\n"
        "# serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1751, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
