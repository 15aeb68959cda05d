"""Generate held-out set 97: a Samsung Galaxy S24 and the family's LG webOS TV in
Catalonia, the Basque Country and Galicia: three regional public-service
streamers (Catalan, Basque, Galician with radio), a football / pelota live app,
a music and podcast app, a bank with face liveness (FacePhi, Onfido), a telco
with voice biometrics, a car-sharing app with selfie checks, and the TV's ACR
and LG ad id, in every input format, with labels.

    python -m tests.heldout97.generate OUTDIR [--seed 701] [--flows 900] [--no-replay]
    python tests/heldout97/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 97), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout97` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout97"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=97,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-97 test devices (generated): a Galaxy S24 (GAID, IMEI, serial; one\n"
        "# ANDROID_ID per app), the family's fibre router (serial, MAC) and LG webOS\n"
        "# TV (LG ad id, Wi-Fi MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 701, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
