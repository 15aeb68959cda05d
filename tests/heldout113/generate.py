"""Generate held-out set 113: an Indonesian / Malaysian family's Samsung Galaxy
A54 with a sinetron streaming app, a short-video app, a football / badminton
streamer, a dangdut app, kajian and murottal audio, a wayang channel, an e-wallet
with face eKYC (ASLI RI, Verihubs, ADVANCE.AI, VIDA), a Malaysian bank with voice
ID and an ojek driver app with selfie checks, plus the household's Polytron TV
and fitness band, in every input format, with labels.

    python -m tests.heldout113.generate OUTDIR [--seed 797] [--flows 900] [--no-replay]
    python tests/heldout113/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 113), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout113` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout113"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=113,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-113 test devices (generated): a Samsung Galaxy A54 (GAID, IMEI, one\n"
        "# ANDROID_ID per app), a Polytron Android TV (Wi-Fi MAC, serial, ANDROID_ID)\n"
        "# and a fitness band (BLE MAC, serial); the owner's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 797, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
