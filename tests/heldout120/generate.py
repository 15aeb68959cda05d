"""Generate held-out set 120: an Ethiopian family's Galaxy A34, Hisense TV and
smartwatch running a movie/series app, a broadcaster's live app, a music app, a
radio/podcast app, Orthodox and Protestant church audio apps, a football app, a
ride-hailing driver app with selfie checks, a mobile-money app with face login
and a telco app with voice ID, in every input format, with labels.

    python -m tests.heldout120.generate OUTDIR [--seed 839] [--flows 900] [--no-replay]
    python tests/heldout120/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 120). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout120` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout120"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=120,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-120 test devices (generated): a Galaxy A34 (IMEI, serial), a Hisense\n"
        "# Android TV (Wi-Fi MAC, serial) and a smartwatch (BLE MAC); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 839, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
