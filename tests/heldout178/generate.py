"""Generate held-out set 178: a family in Tbilisi and Batumi with relatives in Yerevan.
A Samsung phone and an iPhone run a Georgian streaming / IPTV service (also on the
telco's Android TV box), a music app, an Orthodox chant and sermon app, a government
services app with face verification, a bank with selfie and voice biometrics, a taxi
app, a delivery app and the companions of the earbuds and the car; the living-room
smart TV reports ACR matches. Every input format, with labels.

    python -m tests.heldout178.generate OUTDIR [--seed 1187] [--flows 900] [--no-replay]
    python tests/heldout178/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json, known.yaml and
labels.json ("set": 178), in set 1's formats so that bench/evaluate.py scores it
unchanged. Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout178` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout178"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=178,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-178 household devices (generated): a Samsung Galaxy A54 (IMEI, advertising\n"
        "# id, one ANDROID_ID per app), an iPhone 13 (IDFA; IDFVs filed as device_id), a\n"
        "# telco set-top box (serial, MAC, ANDROID_ID), a smart TV (serial, Wi-Fi MAC),\n"
        "# earbuds (BT MAC, serial) and a car (TCU IMEI; VIN filed as serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1187, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
