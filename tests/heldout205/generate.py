"""Generate held-out set 205 (precision stress): the staff phones of a Surabaya
hospital's Melati ward (the ward's MDM-managed shared phone with the nurses'
dashboard of patient monitors and infusion pumps by serial, a CCTV viewer, the
ward TV fleet looping patient-education videos, the pharmacy catalogue with
GS1 serials and the medical-device inventory with MACs; a nurse's own phone
with a drama streaming app using AppsFlyer, Meta app events, GA4 and an
OpenRTB exchange, a Suroboyoan radio app and the staff face-attendance app
with its ward kiosk; a radiologist's phone with a DICOMweb PACS viewer and AI
landmarks, a telemedicine app with WebRTC stats, a bank with selfie e-KYC
through Tencent Cloud CompareFace and a smartwatch), in every input format,
with labels. Most flows are ordinary look-alikes in Indonesian and Javanese.

    python -m tests.heldout205.generate OUTDIR [--seed 1349] [--flows 1500] [--no-replay]
    python tests/heldout205/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 205), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout205` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout205"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=205,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-205 test devices (generated): the Melati ward's shared Galaxy XCover7\n"
        "# (IMEI, serial, Wi-Fi MAC: hospital MDM), a nurse's OPPO A78 and a doctor's\n"
        "# Galaxy S23 (advertising ids), the doctor's smartwatch (BLE MAC, serial);\n"
        "# one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1349, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
