"""Generate held-out set 182: a Hungarian family (Budapest, Debrecen, Szeged) with a
Xiaomi phone, an iPad, an Android TV box, a smart TV with ACR, a smartwatch and a
connected car; a Hungarian streaming / live-sport app, a radio and music app, a
Catholic and Reformed sermon app, a government app with face verification, a bank
with selfie and voice biometrics, a taxi app and a food delivery app, in every
input format, with labels.

    python -m tests.heldout182.generate OUTDIR [--seed 1211] [--flows 900] [--no-replay]
    python tests/heldout182/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 182), so that bench/evaluate.py scores it
unchanged. Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout182` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout182"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=182,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-182 test devices (generated): a Xiaomi phone (one ANDROID_ID per app,\n"
        "# advertising id), an iPad (IDFV per vendor), an Android TV box (MAC, serial,\n"
        "# ANDROID_ID), a smart TV (Wi-Fi MAC), a smartwatch (BLE MAC, serial) and the\n"
        "# family car's telematics modem (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1211, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
