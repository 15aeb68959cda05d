"""Generate held-out set 49 (precision stress): a student's Samsung Galaxy A15
in Egypt, Saudi Arabia and Kenya running ordinary apps (ride-hailing / bus, food
delivery, a university app, a mobile-money wallet, a cycle / fitness tracker, a
prayer-times app, a messenger, a photo editor, a football app, a casual game)
whose traffic looks sensitive but mostly is not, in every input format, with labels.

    python -m tests.heldout49.generate OUTDIR [--seed 389] [--flows 900] [--no-replay]
    python tests/heldout49/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 49), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout49` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout49"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=49,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-49 test devices (generated): a Galaxy A15 (GAID, one ANDROID_ID per\n"
        "# app that sends it) and its fitness band (BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 389, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
