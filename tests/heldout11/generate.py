"""Generate held-out set 11: a Huawei P60 Pro without Google services (HMS
Core: OAID, HiAnalytics, Petal Ads, Huawei Push) running a smart-home app with
a 3D-face door lock, a K-pop live / AR face-filter app, an "emotion AI"
interview coach, an internet radio with Triton and AdsWizz audio ads, a transit
app with face payment at the gates, a kids' smartwatch companion, a news app
with JW Player and Comscore video beacons and a gym with face check-in, in
every input format, with labels.

    python -m tests.heldout11.generate OUTDIR [--seed 113] [--flows 900] [--no-replay]
    python tests/heldout11/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 11), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout11` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout11"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=11,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-11 test devices (generated): a Huawei P60 Pro (OAID), a 3D-face door\n"
        "# lock (serial, BLE MAC) and a kids' smartwatch (IMEI, serial); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 113, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
