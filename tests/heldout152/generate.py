"""Generate held-out set 152: an Italian family between Naples and Milan. A Xiaomi
phone runs a public broadcaster's streaming app (with comScore), a commercial
broadcaster's app (with AppsFlyer), a Serie A streaming app, a music app (GA4),
a radio app, a bank, the national digital-identity app with face and voice
enrolment, the post-office wallet and a food-delivery app (Adjust); around it a
TV box, an LG smart TV with ACR, a smartwatch and a connected car. Every input
format, with labels.

    python -m tests.heldout152.generate OUTDIR [--seed 1031] [--flows 900] [--no-replay]
    python tests/heldout152/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and labels.json
("set": 152). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout152` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout152"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=152,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-152 test devices (generated): a Xiaomi Redmi Note 13 (one ANDROID_ID per\n"
        "# app, advertising id), a TV box (serial, MAC), an LG TV (serial, MAC), a\n"
        "# smartwatch (serial, BLE MAC) and the car's telematics modem (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1031, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
