"""Generate held-out set 169: a Hispanic family in Houston and Miami with an iPhone
(a Spanish-language telenovela / Liga MX streamer, a US broadcaster's app with
Nielsen DCR, comScore and Google IMA DAI, a remittance app with Onfido selfie
checks and AppsFlyer, a car telematics app), a Motorola (a reggaeton / regional
Mexicano music streamer with Braze, a Catholic radio app with Firebase, a bank
with voice ID and mParticle, a rideshare app with Branch and Segment), a Roku TV
with ACR, a Fire TV stick, AirPods and an SUV with a telematics unit, in every
input format, with labels.

    python -m tests.heldout169.generate OUTDIR [--seed 1133] [--flows 900] [--no-replay]
    python tests/heldout169/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 169), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout169` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout169"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=169,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-169 household devices (generated): an iPhone 15 (IDFA, one IDFV per\n"
        "# vendor), a Motorola moto g (GAID, one ANDROID_ID per app), a Roku TV (serial,\n"
        "# Wi-Fi MAC, RIDA), a Fire TV stick (DSN, AFAI), AirPods Pro (serial, BT MAC)\n"
        "# and an SUV (VIN, telematics-unit IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1133, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
