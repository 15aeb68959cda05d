"""Generate held-out set 223 (a precision stress set): the phone of the
juristic-office manager of a Bangkok condominium tower. Most of its traffic is
the building's (the face-access turnstiles' cloud console with residents' face
enrolment and face-template distribution, lift and car-park barrier controllers
by serial, lobby digital-signage proof-of-play logs, the gym's and pool's shared
equipment, parcel lockers, CCTV NVRs, the residents' app admin console with unit
numbers and residents' phone models); her own apps are a Thai drama streamer
with Firebase / GA4 and AppsFlyer, a LINE-like messenger, a bank with FaceTec
selfie login and her smartwatch's companion app. Written in every input format,
with labels.

    python -m tests.heldout223.generate OUTDIR [--seed 1457] [--flows 1500] [--no-replay]
    python tests/heldout223/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 223), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout223` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout223"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=223,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-223 test devices (generated): the juristic manager's Samsung Galaxy A55\n"
        "# (advertising id, one ANDROID_ID per app) and her smartwatch (BLE MAC, serial).\n"
        "# The building's turnstiles, lifts, barriers, screens, lockers and NVRs are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1457, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
