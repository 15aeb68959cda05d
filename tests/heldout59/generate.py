"""Generate held-out set 59: a Motorola edge 40 and a TCL Google TV in Brazil
(streaming with in-house watch logs and Youbora, a football app with live
heartbeats, music / podcasts, radio, the TV's ACR and ad id, a digital bank and
a Pix wallet with unico / idwall / CAF face checks, a carrier app with voice
login, a ride-hailing driver selfie check, a gym face turnstile, ad SDKs), plus
a family member's Galaxy A15 in Angola and Mozambique, with labels.

    python -m tests.heldout59.generate OUTDIR [--seed 449] [--flows 900] [--no-replay]
    python tests/heldout59/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 59), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout59` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout59"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=59,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-59 test devices (generated): a Motorola edge 40 (GAID, IMEI, one\n"
        "# ANDROID_ID per app), a TCL Google TV (ad id, Wi-Fi MAC, serial) and the\n"
        "# tester's Galaxy A15 used by family in Angola / Mozambique (GAID, ANDROID_IDs)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 449, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
