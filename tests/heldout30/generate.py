"""Generate held-out set 30: an OPPO Reno11 F (ColorOS 14) in Thailand and the
Philippines running eight apps, as HAR, flow dump and labels.

    python tests/heldout30/generate.py OUTDIR [--seed 269] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 30), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout30` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout30"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=30,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-30 test phone (generated): an OPPO Reno11 F 5G (CPH2603, ColorOS 14),\n"
        "# GAID and OPPO OUID (advertising ids), one ANDROID_ID per app, and the paired\n"
        "# Bluetooth karaoke microphone (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 269, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
