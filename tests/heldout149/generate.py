"""Generate held-out set 149: an expat household in Dubai and Riyadh (iPhone,
Samsung phone, Apple TV, Android TV box, smart TV, earbuds) using a Gulf
streaming app, a Malayalam OTT, a Quran recitation app, cricket streaming, a
bank and a digital-id app with face checks, telecom, food delivery and a ride
app, in every input format, with labels.

    python -m tests.heldout149.generate OUTDIR [--seed 1013] [--flows 900] [--no-replay]
    python tests/heldout149/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 149), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout149` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout149"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=149,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-149 household devices (generated): an iPhone (IDFA, one IDFV per vendor),\n"
        "# a Samsung S23 (advertising id, IMEI, one ANDROID_ID per app), an Apple TV (IDFV),\n"
        "# an Android TV box (ANDROID_ID, MAC), a smart TV (MAC, serial), Galaxy Buds\n"
        "# (Bluetooth MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1013, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
