"""Generate held-out set 230: a Romanian family's devices in Bucharest,
Cluj-Napoca and Turin (a Romanian TV channels' streaming app with seriale,
emisiuni and știri, Firebase, GA4, Gemius and Comscore; a SuperLiga football
app with AppsFlyer and Branch; a radio / manele / podcast app; a bank with
Innovatrics selfie and liveness onboarding and face login; a smart TV with
ACR; a cable operator's set-top box; a smartwatch; a connected car), in every
input format, with labels.

    python -m tests.heldout230.generate OUTDIR [--seed 1499] [--flows 1500] [--no-replay]
    python tests/heldout230/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 230), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout230` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout230"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=230,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-230 test devices (generated): four family phones (Galaxy S23, Redmi\n"
        "# Note 13, Pixel 8, Galaxy A34), a cable set-top box (MAC, serial), a smart\n"
        "# TV (Wi-Fi MAC, serial), a smartwatch (BLE MAC, serial), a car's telematics\n"
        "# unit (IMEI); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1499, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
