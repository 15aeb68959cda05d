"""Generate held-out set 16: a Sony Bravia on Google TV (Android TV 12) with a
USB camera and microphone running a FAST-channels app, YouTube, a Netflix-like
app, a camera fitness app, a video-call app with auto-framing, karaoke, a
smart-home dashboard with familiar-face alerts and a kids' app with a parental
face check, plus the owner's phone remote app, in every input format, with labels.

    python -m tests.heldout16.generate OUTDIR [--seed 163] [--flows 900] [--no-replay]
    python tests/heldout16/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 16), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout16` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout16"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=16,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-16 test devices (generated): a Sony Bravia KD-55X85K on Google TV\n"
        "# (advertising id, serial, Wi-Fi / Ethernet / Bluetooth MACs, one ANDROID_ID\n"
        "# per app), its USB camera (serial) and the owner's Pixel 7 (advertising id,\n"
        "# ANDROID_ID of the remote app, account email)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 163, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
