"""Generate held-out set 177: a family in Lima, Arequipa and Cusco on a Redmi Note
12 and an iPhone 13, with a smart TV (ACR), a cable decoder, a cheap smartwatch
and the GPS tracker of the father's mototaxi: a Latin American streaming service
(novelas, Liga 1 live, NPAW Youbora), a cumbia radio app, a Quechua / Aymara
lesson channel, a rosary and mass audio app, a bank with selfie and voice checks
(FacePhi, Veridas), a Yape-style wallet, a ride app, a delivery app and the SDKs
they carry (AppsFlyer, Adjust, OneSignal, Firebase, CleverTap), in every input
format, with labels.

    python -m tests.heldout177.generate OUTDIR [--seed 1181] [--flows 900] [--no-replay]
    python tests/heldout177/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 177), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout177` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout177"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=177,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-177 test devices (generated): a Redmi Note 12 (GAID, one ANDROID_ID per\n"
        "# app), an iPhone 13 (IDFA, one IDFV per vendor, listed as device_id), a smart\n"
        "# TV (serial, Wi-Fi MAC), a smartwatch (BLE MAC), the family mototaxi's GPS\n"
        "# tracker (IMEI). The cable decoder is the operator's (comodato): not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1181, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
