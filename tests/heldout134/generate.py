"""Generate held-out set 134: an Indian family's Redmi phone, Jio-like set-top box,
Mi smart TV with ACR, boAt-like watch and earbuds; a Hindi/Marathi OTT with live
cricket, a Bengali OTT, a music app, a bhajan app, a Marathi audiobook app, a
cricket fantasy app, a bank and a UPI wallet with face KYC, a DigiLocker-like
state app with face authentication, a telco app with voice biometrics and a ride
app, in every input format, with labels.

    python -m tests.heldout134.generate OUTDIR [--seed 923] [--flows 900] [--no-replay]
    python tests/heldout134/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 134), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout134` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout134"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=134,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-134 test devices (generated): a Redmi Note 13 (dual-SIM IMEIs, ad id,\n"
        "# one ANDROID_ID per app), a Jio-like set-top box (serial, MAC), a Mi TV\n"
        "# (serial, Wi-Fi MAC), a boAt-like watch (BLE MAC, serial) and earbuds (MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 923, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
