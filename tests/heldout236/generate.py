"""Generate held-out set 236, a precision stress set: the phone of a biomedical
engineer at a Kigali referral hospital, on the hospital Wi-Fi (English, French
and Kinyarwanda in keys). Most of the traffic is the hospital's: the biomedical
asset register (infusion pumps, patient monitors and ventilators by serial and
MAC, BLE asset tags), the central monitoring gateway, telemedicine carts, the
PACS viewer and its audit log of clinicians opening radiology studies, the staff
face-recognition attendance terminals (which push staff face templates to the
vendor's cloud), the registration desk's patient face verification for the
health insurer, the waiting-room TVs' health-education playlists and the
hospital handhelds under MDM. Her own: a Rwandan series / football streaming
app with Firebase and AppsFlyer, a mobile-money wallet with Smile ID selfie KYC,
her smartwatch's companion app, and her phone's own MDM work profile.

    python -m tests.heldout236.generate OUTDIR [--seed 1535] [--flows 1500] [--no-replay]
    python tests/heldout236/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 236), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout236` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout236"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=236,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-236 test device (generated): the engineer's own Samsung Galaxy A35 and\n"
        "# her smartwatch (BLE MAC, serial); one ANDROID_ID per app. The hospital's\n"
        "# equipment, terminals, TVs and handhelds are not hers and are not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1535, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
