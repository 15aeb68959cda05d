"""Generate held-out set 83: a Samsung Galaxy A15 in Bangladesh running a Bengali OTT
app, a cricket app with live heartbeats, a music / audiobook app, a mobile-finance
wallet with face eKYC against the NID photo, a bank with voice-ID login and a
ride-hailing driver app with selfie checks, plus a Nepali streaming app on a
Walton / Xiaomi Android TV box, in every input format, with labels.

    python -m tests.heldout83.generate OUTDIR [--seed 617] [--flows 900] [--no-replay]
    python tests/heldout83/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 83), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout83` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout83"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=83,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-83 test devices (generated): a Samsung Galaxy A15 (advertising id, one\n"
        "# ANDROID_ID per app) and a Walton / Xiaomi Android TV box (its own advertising\n"
        "# id, ANDROID_ID, Wi-Fi MAC and serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 617, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
