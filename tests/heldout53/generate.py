"""Generate held-out set 53, a PRECISION STRESS set: a nurse's iPhone 15 (iOS 17)
in the Netherlands, Belgium and Switzerland running mostly ordinary apps whose
traffic looks sensitive and is not (hospital rota, language course with
pronunciation scoring, dating, stock trading, reels editor, home camera, parcel
lockers, sports watch, audio guide, casual games) plus a streaming app; few
truly sensitive flows per category, in every input format, with labels.

    python -m tests.heldout53.generate OUTDIR [--seed 417] [--flows 900] [--no-replay]
    python tests/heldout53/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 53), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout53` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout53"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=53,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-53 test devices (generated): a nurse's iPhone 15 (IDFA, one IDFV per\n"
        "# app vendor), her sports watch (BLE MAC, serial) and two home cameras\n"
        "# (serials); plus her e-mail address\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 417, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
