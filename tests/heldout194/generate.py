"""Generate held-out set 194: a family in Erbil, Sulaymaniyah and Duhok with a
Xiaomi phone and an iPhone: Kurdish TV channels (with the family's satellite
receiver and smart-TV ACR), a football live app, a Kurdish music app, a Quran
audio app, a bank with video KYC, a wallet, a ride app with the car's GPS
tracker and a classifieds app, in every input format, with labels.

    python tests/heldout194/generate.py OUTDIR [--seed 1283] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and labels.json
("set": 194). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout194` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout194"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=194,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-194 test devices (generated): a Xiaomi phone (IMEI, GAID, one ANDROID_ID\n"
        "# per app), an iPhone (IDFA, IDFV), a satellite receiver (serial), a smart TV\n"
        "# (Wi-Fi MAC), earbuds (BT MAC) and the car's GPS tracker (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1283, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
