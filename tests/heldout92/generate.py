"""Generate held-out set 92 (a precision-stress set): a shopping-mall security
supervisor's Samsung Galaxy XCover 7 in Johannesburg and Cape Town running the
mall's video-management app, a guard-tour app, a visitor kiosk / access-control
console, digital-signage operations, and his own streaming, podcast, bank
(Smile ID selfie, voice ID), games (Unity Ads, AppLovin) and Galaxy wearables.
At least 85% of the flows are negatives, most of them hard decoys.

    python -m tests.heldout92.generate OUTDIR [--seed 671] [--flows 900] [--no-replay]
    python tests/heldout92/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 92), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout92` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout92"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=92,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-92 test devices (generated): a Galaxy XCover 7 (GAID, IMEI, one\n"
        "# ANDROID_ID per app that reads it), his Galaxy Watch (BLE MAC, serial) and\n"
        "# Galaxy Buds (BT MAC). Mall cameras, radios, body-cams are not his.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 671, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
