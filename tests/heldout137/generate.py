"""Generate held-out set 137: a Cairo family with relatives in Casablanca and
Dubai (a Huawei phone without Google services, an iPhone, a smart TV, a
smartwatch, a telco's rented IPTV box): a regional streaming service with
series and football, a music app, a Quran recitation app, a TV channel's live
app, a ride-hailing app, a wallet with face liveness, a telco self-care app with
voice ID, a matchmaking app with selfie verification, a kids' learning app and
their SDKs (AppsFlyer, Adjust, HiAnalytics, CleverTap, WebEngage), with labels.

    python -m tests.heldout137.generate OUTDIR [--seed 941] [--flows 900] [--no-replay]
    python tests/heldout137/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 137). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout137` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout137"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=137,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-137 household devices (generated): a Huawei phone (OAID, IMEI, one\n"
        "# ANDROID_ID per app), an iPhone (IDFA, IDFVs), a smart TV (serial, MAC) and a\n"
        "# smartwatch (serial, BT MAC). The telco's rented set-top box is not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 941, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
