"""Generate held-out set 202 (a precision stress set): the staff phones of a
Paraguayan logistics and agro company in Asunción, Ciudad del Este and the
Chaco, mostly look-alike ordinary traffic in Spanish and Jopara (a driver app
with GPS positions, plates and customs timers, a fleet dashboard with VINs and
route replay, warehouse scanners with GS1 codes and a product serial
catalogue, a cattle app with RFID ear tags, a CCTV viewer, a push-to-talk
radio, an MDM agent) and a few true positives: an HQ face punch-clock kiosk
that sends faces for matching, a ZKTeco-style attendance terminal on the push
protocol (serial SN, face templates and punch photos), an analyst's own phone
with a TV / football streaming app (AppsFlyer, OpenRTB, GA4, NPAW) and his
bank's Onfido selfie KYC; in every input format, with labels.

    python -m tests.heldout202.generate OUTDIR [--seed 1331] [--flows 1500] [--no-replay]
    python tests/heldout202/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 202), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout202` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout202"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=202,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-202 test devices (generated): two company phones (Galaxy A15, moto g54:\n"
        "# IMEI, serial, Wi-Fi MAC), an analyst's own Redmi 13C (advertising id), the\n"
        "# HQ kiosk tablet, the CDE attendance terminal (serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1331, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
