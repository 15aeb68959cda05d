"""Generate held-out set 187 (a precision stress set): the phone of a technician who
runs a phone and TV repair shop in Melbourne. Most of its traffic is the shop's:
a ticketing app full of CUSTOMERS' IMEIs, serials and MACs, a diagnostics tool
that reads customers' phones (battery, Face ID module, camera tests), TV test
patterns cast to customers' TVs, parts catalogues, a wholesaler's trade-in IMEI
checks, the shop's security cameras, a loan-phone pool and courier labels. Only
her own apps (a streaming app, a music app, her bank's selfie check) and the
tools' licence checks of her own phone carry sensitive data.

    python -m tests.heldout187.generate OUTDIR [--seed 1241] [--flows 900] [--no-replay]
    python tests/heldout187/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 187). Same seed and size give byte-identical
files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout187` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout187"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=187,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-187 test devices (generated): the technician's own Galaxy S23 (IMEI,\n"
        "# serial, Wi-Fi MAC, advertising id, one ANDROID_ID per app) and her own\n"
        "# Galaxy Buds (Bluetooth MAC). Customers' and the shop's devices are NOT here.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1241, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
