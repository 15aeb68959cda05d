"""Generate held-out set 175: a family in Kyiv and Lviv (a grandmother in Warsaw)
with a Galaxy A54, an iPhone, a Mi Box, a smart TV with ACR, earbuds and a car:
a Ukrainian streaming service with a live news marathon, a radio and podcast
app, a music app, a state-services app with face verification and digital
documents, a bank with selfie and voice checks, a shelling-alerts app, a
delivery app, the TV's ACR, the earbuds' and the car's companion apps, and the
SDKs they carry (Firebase, AppsFlyer, Adjust, OneSignal, AdsWizz), in every
input format, with labels.

    python -m tests.heldout175.generate OUTDIR [--seed 1169] [--flows 900] [--no-replay]
    python tests/heldout175/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 175), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout175` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout175"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=175,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-175 household devices (generated): a Galaxy A54 (advertising id, one\n"
        "# ANDROID_ID per app), an iPhone (IDFA, one IDFV per vendor), a Mi Box (MAC,\n"
        "# serial, ANDROID_ID), a smart TV (MAC, serial), earbuds (BT MAC, serial) and\n"
        "# the car (VIN as a serial, telematics-module IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1169, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
