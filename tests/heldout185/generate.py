"""Generate held-out set 185: a family in Santiago, Valparaíso and Buenos Aires
with a Motorola (Android 14) and an iPhone: a Chilean TV channel's streaming app,
an Argentine football streaming service, a cumbia / trap music app, a podcast
app, a telenovela app, a bank with MetaMap selfie KYC and voice checks, a wallet
that provisions a smartwatch, a delivery app, a ride app, the household's cable
decoder, a smart TV with ACR and a connected car, in every input format, with labels.

    python -m tests.heldout185.generate OUTDIR [--seed 1229] [--flows 900] [--no-replay]
    python tests/heldout185/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 185), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout185` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout185"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=185,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-185 household devices (generated): a moto g84 (GAID, one ANDROID_ID per\n"
        "# app), an iPhone (IDFA, one IDFV per vendor), the family's own cable decoder\n"
        "# (serial, MAC), a smart TV (MAC, serial), a smartwatch (BT MAC, serial) and a\n"
        "# car (VIN as its serial, telematics IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1229, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
