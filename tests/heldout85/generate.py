"""Generate held-out set 85: a Pixel 8 and the family's Android TV in Germany,
Austria and Switzerland: a public-service Mediathek, a commercial streamer
with IMA and Firebase, a sports app with live heartbeats and Adjust, a music
and audiobook app with Braze, a radio app with AppsFlyer, a bank with
FaceTec / IDnow / Nect video-ident, a health insurer with voice ID and a
car-sharing app with driver selfie checks, in every input format, with labels.

    python -m tests.heldout85.generate OUTDIR [--seed 629] [--flows 900] [--no-replay]
    python tests/heldout85/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 85), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout85` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout85"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=85,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-85 test devices (generated): a Pixel 8 (GAID, one ANDROID_ID per app)\n"
        "# and the family's Philips Android TV (Wi-Fi MAC, serial, ANDROID_ID)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 629, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
