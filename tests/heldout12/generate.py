"""Generate held-out set 12: a family iPad (iPadOS 17) running a children's
read-aloud app with speaker models, an AR-avatar video-calling app, a family
streaming app (Adobe Streaming Media, Comscore), a puzzle game with ads
(AppLovin MAX, Unity, Chartboost, Digital Turbine, Moloco), a photo-book app
that groups faces, a meditation app with voice-emotion analysis, an LG webOS TV
remote with ACR and a library e-book / audiobook app, with labels.

    python -m tests.heldout12.generate OUTDIR [--seed 127] [--flows 900] [--no-replay]
    python tests/heldout12/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 12), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout12` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout12"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=12,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-12 test devices (generated): a family iPad (one IDFV per app vendor, the\n"
        "# IDFA the puzzle game was allowed) and the LG webOS TV it controls (Wi-Fi and\n"
        "# Ethernet MAC, serial number, LG device id)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 127, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
