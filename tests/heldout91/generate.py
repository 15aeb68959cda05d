"""Generate held-out set 91: a Tecno Camon (HiOS 14) in Tanzania, Uganda and
Rwanda running two streaming apps (Swahili / French watch logs), a football app
with live heartbeats, a music and radio app, a mobile-money wallet with face
liveness (Smile ID, Veriff), a telco app with voice verification, a dating app
with selfie checks and a pre-installed HiOS service reading the IMEI, plus the
family's StarTimes-style TV box with ACR, in every input format, with labels.

    python -m tests.heldout91.generate OUTDIR [--seed 665] [--flows 900] [--no-replay]
    python tests/heldout91/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 91), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout91` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout91"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=91,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-91 test devices (generated): a Tecno Camon 30 (GAID, IMEI, one\n"
        "# ANDROID_ID per app) and the family's StarTimes-style Android TV box\n"
        "# (its ANDROID_ID, Ethernet and Wi-Fi MACs, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 665, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
