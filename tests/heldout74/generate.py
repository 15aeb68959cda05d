"""Generate held-out set 74, a PRECISION STRESS set: an IT administrator's /
facilities manager's Samsung Galaxy S23 at a company in Ireland and the UK,
running an MDM console (Intune), a UniFi network controller, building
management, a visitor kiosk, CCTV, a helpdesk (Freshservice) with voice login,
fleet vans (Samsara), an asset scanner (Snipe-IT), signage (Xibo), a meeting
app, games (Unity Ads, GameAnalytics), a streaming app, a bank app (FaceTec) and
a watch / buds companion, in every input format, with labels. Most flows are
hard decoys: other people's and the company's devices, proof-of-play, captions,
person detections, badge photos.

    python -m tests.heldout74.generate OUTDIR [--seed 563] [--flows 900] [--no-replay]
    python tests/heldout74/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 74), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout74` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout74"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=74,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-74 test devices (generated): the IT admin's Galaxy S23 (GAID, IMEI,\n"
        "# serial, one ANDROID_ID per app that reads it), the admin's own Galaxy Watch\n"
        "# (Bluetooth MAC, serial) and Galaxy Buds (Bluetooth MAC). The company's\n"
        "# laptops, phones, vans, cameras and screens are NOT listed: not the tester's.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 563, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
