"""Generate held-out set 35: a Samsung Galaxy A35 (Android 14) used in Serbia,
Croatia, Bulgaria and Slovenia, running two video streamers with in-house watch
logs (Serbian, Croatian, Slovenian, transliterated Bulgarian keys) and NPAW, a
radio / music app, a bank with FaceTec face login and voice verification, a
government eID wallet (chip photo, liveness, Regula), a ride-hailing driver app
with selfie checks (AWS Rekognition), a smart-TV companion with ACR, a dating
app with photo verification and Adjust, and a game with AdMob, Unity Ads,
AppLovin and Mintegral, in every input format, with labels.

    python -m tests.heldout35.generate OUTDIR [--seed 293] [--flows 900] [--no-replay]
    python tests/heldout35/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 35), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout35` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout35"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=35,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-35 test devices (generated): a Samsung Galaxy A35 (advertising id,\n"
        "# one ANDROID_ID per app that sends it) and the paired smart TV (Wi-Fi MAC,\n"
        "# Bluetooth MAC, serial); the tester's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 293, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
