"""Generate held-out set 220, a precision stress set: the phone and smartwatch
of a ground-handling shift supervisor at Almaty airport (ALA). Most traffic is
the airport's supervisor app (flight board, crew rosters, baggage-tag scanners
and belt sensors by serial, staff handhelds under the airport's MDM, gate
displays' safety-video play logs, apron vehicle telematics, and e-gate
face-match alerts with passengers' face images, re-checked on Regula's Face
API); her own are a Kazakh streaming app (series, football) with Firebase and
AppsFlyer, a bank with an Innovatrics DIS selfie login, and her smartwatch's
companion app. Kazakh and Russian in keys. In every input format, with labels.

    python -m tests.heldout220.generate OUTDIR [--seed 1439] [--flows 1500] [--no-replay]
    python tests/heldout220/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 220), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout220` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout220"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=220,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-220 test devices (generated): the supervisor's Samsung Galaxy A35\n"
        "# (advertising id, one ANDROID_ID per app) and her smartwatch (BLE MAC,\n"
        "# serial); the airport's scanners, handhelds, displays and vehicles are not hers\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1439, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
