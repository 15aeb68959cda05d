"""Generate held-out set 43 (precision stress): a gig worker's Samsung Galaxy A54
(Android 14) in Mexico, Brazil and Turkey running ride-hailing, food delivery,
running, marketplace, bank, parcel, language, chat, smart-home, photo-editor,
game and music / novela apps; about nine flows in ten are hard decoys, in every
input format, with labels.

    python -m tests.heldout43.generate OUTDIR [--seed 353] [--flows 900] [--no-replay]
    python tests/heldout43/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 43), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout43` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout43"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=43,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-43 test device (generated): a Samsung Galaxy A54 (SM-A546E, Android 14)\n"
        "# with its GAID, one ANDROID_ID per app that reads it, and the paired\n"
        "# smart-home camera's serial and Wi-Fi MAC\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 353, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
