"""Generate held-out set 217: the devices around an IT and care coordinator of
a Dutch care home in Utrecht (residents' bed, fall and door sensors, nurse-call
pendants, residents' tablets under MDM, a day-room TV, a video-call robot,
medication carts, fall-detection cameras sending pose skeletons, a staff
face-login terminal) and her own phone (a streaming app with AppsFlyer and an
OpenRTB exchange, a bank with selfie KYC, a smartwatch), in every input format,
with labels. A precision stress set: most flows are ordinary look-alikes.

    python -m tests.heldout217.generate OUTDIR [--seed 1421] [--flows 1500] [--no-replay]
    python tests/heldout217/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 217), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout217` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout217"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=217,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-217 test devices (generated): the coordinator's Pixel 8 (advertising id,\n"
        "# one ANDROID_ID per app), her smartwatch (BLE MAC), a residents' tablet\n"
        "# (serial, IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1421, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
