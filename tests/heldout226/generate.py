"""Generate held-out set 226 (a precision stress set): the phone of a control-room
operator at a Johannesburg private security company (Ingwe Armed Response,
Midrand). Most traffic is the company's: the armed-response vehicles'
trackers (IMEIs, VINs), guards' body cameras and their clips, clients' alarm
panels, CCTV monitoring with licence-plate recognition, a face-recognition
watchlist on estate gates (Amazon Rekognition), patrol check-ins, push-to-talk
dispatch and the MDM that manages her phone. Her own: a South African
streaming app (series, live rugby) with Firebase and AppsFlyer, a music app, a
bank with Smile ID selfie login and voice verification, and her smartwatch.
Keys mix English, Afrikaans and isiZulu.

    python -m tests.heldout226.generate OUTDIR [--seed 1475] [--flows 1500] [--no-replay]
    python tests/heldout226/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 226), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout226` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout226"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=226,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-226 test device (generated): a control-room operator's company-issued\n"
        "# Samsung Galaxy XCover6 Pro (IMEI, serial, Wi-Fi MAC, advertising id, one\n"
        "# ANDROID_ID per app) and her smartwatch (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1475, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
