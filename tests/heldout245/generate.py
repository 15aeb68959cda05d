"""Generate held-out set 245, a precision stress set: the company phone of a
Lisbon tram and metro depot supervisor (a Samsung XCover6 Pro under the
operator's MDM). Most of its traffic is the operator's: the vehicles' onboard
CCTV and footage retrieval, passenger-counting cameras, ticket validators and
their serials, the trams' infotainment screens' play logs, driver-fatigue
cameras sending drivers' eye-closure and face-landmark data to their vendor,
depot access terminals with staff face enrolment, vehicle telematics (VINs,
modem IMEIs) and the staff handhelds' MDM console. Her own: a streaming app
(novelas, Liga Portugal live) with Firebase and AppsFlyer, a podcast app, a
bank with selfie login and her watch. Keys and paths in European Portuguese.

    python -m tests.heldout245.generate OUTDIR [--seed 1589] [--flows 1500] [--no-replay]
    python tests/heldout245/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 245), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout245` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout245"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=245,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-245 test devices (generated): the supervisor's company phone, a Samsung\n"
        "# Galaxy XCover6 Pro under MDM (advertising id, IMEI, serial, Wi-Fi MAC), and\n"
        "# her watch (BLE MAC, serial); one ANDROID_ID per app. The operator's\n"
        "# vehicles, validators, cameras and handhelds are not her devices.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1589, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
