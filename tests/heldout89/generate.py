"""Generate held-out set 89: a Samsung Galaxy S23 FE in Italy and San Marino
running Italian streaming apps (public-service and commercial), a Serie A /
MotoGP app, a music and podcast app, a radio app, a bank with face liveness
(FaceTec, iProov, Onfido), a telco care app with voice biometrics and a dating
app with selfie verification, plus the family's TCL Google TV with ACR, in every
input format, with labels.

    python -m tests.heldout89.generate OUTDIR [--seed 653] [--flows 900] [--no-replay]
    python tests/heldout89/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 89), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout89` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout89"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=89,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-89 test devices (generated): a Galaxy S23 FE (GAID, IMEI read by the\n"
        "# telco app, one ANDROID_ID per app) and a TCL Google TV (its own GAID,\n"
        "# ANDROID_ID, Wi-Fi MAC and serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 653, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
