"""Generate held-out set 231: a Marathi family's devices in Pune, Mumbai and
Nagpur (a Marathi OTT app for serials, films and natak with Firebase / GA4,
CleverTap and Adjust; a cricket / kabaddi live app with AppsFlyer and
MoEngage; a Marathi music, bhajan and radio app; a co-operative bank with
Aadhaar face authentication through UIDAI's AadhaarFaceRD and a video-KYC with
HyperVerge; a smart TV with ACR; a DTH set-top box; a smartwatch), in every
input format, with labels.

    python -m tests.heldout231.generate OUTDIR [--seed 1505] [--flows 1500] [--no-replay]
    python tests/heldout231/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 231), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout231` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout231"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=231,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-231 test devices (generated): three family phones (Samsung M34,\n"
        "# Redmi Note 7 on Android 9 with its IMEI, OnePlus Nord CE 3), a smart TV\n"
        "# (Wi-Fi MAC, serial), a DTH set-top box (Wi-Fi MAC, serial), a smartwatch\n"
        "# (BLE MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1505, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
