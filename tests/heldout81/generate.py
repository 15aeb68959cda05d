"""Generate held-out set 81: a Samsung Galaxy A25 (Android 14) and the family's
Chromecast with Google TV in Argentina, Chile and Colombia: a streaming app, a
telenovela app on the TV, a football app with live heartbeats, a music / podcast
app, a radio app, a bank with face liveness (FacePhi, Incode, AWS Rekognition), a
telco care app with voice biometrics and a ride-hailing driver app with selfie
checks, in every input format, with labels.

    python -m tests.heldout81.generate OUTDIR [--seed 605] [--flows 900] [--no-replay]
    python tests/heldout81/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 81), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout81` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout81"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=81,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-81 test devices (generated): a Galaxy A25 (GAID, IMEI, serial, Wi-Fi MAC,\n"
        "# one ANDROID_ID per app), the family's Chromecast with Google TV (its\n"
        "# ANDROID_ID for the telenovela app, serial, Wi-Fi MAC) and the home fibre\n"
        "# router (WAN MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 605, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
