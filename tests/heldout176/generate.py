"""Generate held-out set 176 (a precision stress set): an intensive-care nurse at a
university hospital in Helsinki. The ward's patient monitors, infusion pumps and
ventilators, nurse-call and location badges, medication barcode scanners, the
electronic health record (patient photos, wound images, a face-match check of a
patient's identity), the pharmacy robot, a shared ward tablet with telemedicine
consults and e-learning videos, and the nurse's own Galaxy phone with a music app,
a Nordic streaming app (casting to the household TV) and a bank with face login.
About nine tenths of the flows are ordinary look-alikes.

    python -m tests.heldout176.generate OUTDIR [--seed 1175] [--flows 900] [--no-replay]
    python tests/heldout176/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 176), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout176` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout176"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=176,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-176 test devices (generated): the nurse's own Galaxy S23 (advertising id,\n"
        "# one ANDROID_ID per app and one for the work profile, the randomised Wi-Fi MAC\n"
        "# it uses on the hospital guest network), her Galaxy Buds (Bluetooth MAC) and\n"
        "# the household TV (serial, Wi-Fi MAC). The hospital's monitors, pumps,\n"
        "# ventilators, badges, scanners, robot and ward tablet are not hers: not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1175, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
