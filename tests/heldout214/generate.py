"""Generate held-out set 214 (precision stress): a day of Jonas, fleet manager
at a Berlin car-sharing and e-scooter operator. His fleet-ops app talks about
cars by VIN and plate with telematics-box IMEIs and serials, scooters by QR
code and IoT-module IMEI, chargers, battery swaps, workshop diagnostic tools,
damage photos, trip replays and customers' licence checks (selfie via Veriff);
his own streaming app (AppsFlyer, Conviva, OpenRTB), bank app (selfie KYC,
face login) and smartwatch give the few sensitive flows. With labels.

    python -m tests.heldout214.generate OUTDIR [--seed 1403] [--flows 1500] [--no-replay]
    python tests/heldout214/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 214), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout214` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout214"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=214,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-214 test devices (generated): Jonas's Pixel 8 (advertising id, one\n"
        "# ANDROID_ID per app) and his smartwatch (BLE MAC, serial). The fleet's\n"
        "# telematics boxes, scooters and tools are not his devices and not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1403, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
