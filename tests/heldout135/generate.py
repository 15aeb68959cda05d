"""Generate held-out set 135: a family in Osaka and Sapporo (a Sony Xperia, the
daughter's iPhone, a smart TV with a Hybridcast broadcaster app, a game console,
a car navi) using a catch-up TV portal, an anime app, a radio simulcast app, a
karaoke app, a manga app, a securities app with TRUSTDOCK eKYC, a dating app
with face verification, a fitness app and a vtuber avatar app, with Japanese
ad networks and attribution SDKs, in every input format, with labels.

    python -m tests.heldout135.generate OUTDIR [--seed 929] [--flows 900] [--no-replay]
    python tests/heldout135/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 135), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout135` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout135"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=135,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-135 test devices (generated): a Sony Xperia (GAID, one ANDROID_ID per\n"
        "# app), the daughter's iPhone (IDFA, IDFV), a smart TV (Wi-Fi MAC, serial), a\n"
        "# game console (serial, MAC) and a car navi (serial, LTE IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 929, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
