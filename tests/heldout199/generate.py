"""Generate held-out set 199 (a precision stress set): the phone of the IT
administrator of a Wellington secondary school, who manages 300 Chromebooks
(Google Admin SDK / Chrome Management API and the school's loan and repair
register), the UniFi Wi-Fi controller, classroom interactive displays and
signage playout, a lecture-capture system, ID-card printing (portrait uploads,
Amazon Rekognition photo checks), the visitor kiosk and a staff app with a face
login; at lunch a streaming app (Conviva, Google IMA) and an ad-supported
weather app (AppsFlyer, AdMob, AppLovin). Most flows are ordinary
look-alikes; a few dozen per 1,500 are sensitive. In every input format, with labels.

    python -m tests.heldout199.generate OUTDIR [--seed 1313] [--flows 900] [--no-replay]
    python tests/heldout199/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 199), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout199` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout199"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=199,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-199 test devices (generated): a school IT administrator's Galaxy A35\n"
        "# (advertising id, one ANDROID_ID per app that reads it), the visitor kiosk\n"
        "# tablet (serial, Wi-Fi MAC), the lecture-capture appliance and the IT\n"
        "# office's interactive panel (serials)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1313, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
