"""Generate held-out set 23: an Amazon Fire TV Stick 4K Max and a Meta Quest 3 in
a US home. Fire TV apps: a FAST channel app, a subscription video app, a
live-sports app with Conviva and Mux, an ACR service, a voice remote with voice
profiles, Amazon Publisher Services and an OpenRTB SSP. Quest apps: social VR
with face and eye tracking, VR fitness, a 180/360 video player, a VR shooter
with ads and Unity analytics. In every input format, with labels.

    python -m tests.heldout23.generate OUTDIR [--seed 227] [--flows 900] [--no-replay]
    python tests/heldout23/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 23), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout23` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout23"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=23,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-23 test devices (generated): a Fire TV Stick 4K Max (Amazon Advertising\n"
        "# ID, Wi-Fi MAC, DSN) and a Meta Quest 3 (Wi-Fi MAC, headset serial); one\n"
        "# ANDROID_ID per app that sends it (Fire OS and Horizon OS are Android)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 227, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
