"""Generate held-out set 78 (a precision stress set): a family's shared Galaxy Tab
S9 (Android 14) in Canada running ordinary apps whose traffic looks sensitive but is
not (a kids' reading app, a homework helper with speech-to-text, recipes with step
videos, groceries, a family calendar, a photo frame, a smart-home hub with the
neighbours' Wi-Fi and the HOA's sensors, a library app, a sports league, air
quality, karaoke and games), plus a few truly sensitive flows (the parents' watch
log, audiobook positions, the doorbell's familiar faces, Voice Match, ad ids and the
family's own TV, doorbell and vacuum ids), in every input format, with labels.

    python -m tests.heldout78.generate OUTDIR [--seed 587] [--flows 900] [--no-replay]
    python tests/heldout78/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 78), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout78` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout78"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=78,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-78 test devices (generated): a family's shared Galaxy Tab S9 (GAID, one\n"
        "# ANDROID_ID per app that sends it), the family's smart TV, doorbell camera and\n"
        "# robot vacuum (serials, MACs)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 587, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
