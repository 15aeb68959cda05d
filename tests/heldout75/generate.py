"""Generate held-out set 75: a family's car running Android Automotive OS with
Google built-in (VIN, head-unit serial and Bluetooth MAC, telematics modem IMEI,
the car's own advertising id) and the driver's Pixel 8 in Sweden, Norway and
Germany: in-car video, music / podcasts / audiobooks, internet radio, the car's
driver-monitoring camera, a voice assistant with speaker recognition,
telematics, a connected dashcam, a bank with face login (FaceTec), parking and
charging, with Firebase, Adjust, AppsFlyer, Braze, Mixpanel and Amplitude.

    python -m tests.heldout75.generate OUTDIR [--seed 569] [--flows 900] [--no-replay]
    python tests/heldout75/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 75), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout75` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout75"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=75,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-75 test devices (generated): the driver's Pixel 8 (GAID, one ANDROID_ID\n"
        "# per app) and the family's own car on Android Automotive (its GAID, VIN as a\n"
        "# serial, head-unit serial and Bluetooth MAC, telematics modem IMEI, ANDROID_IDs\n"
        "# of its apps) and their dashcam (serial, Wi-Fi MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 569, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
