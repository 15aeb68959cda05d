"""Generate held-out set 241: a Burmese family's devices in Yangon, Mandalay
and Bangkok (a Myanmar series / movie streaming app with Firebase, GA4 and
AppsFlyer; a football app for the Premier League and the Myanmar National
League with Adjust; a Burmese music, dhamma-talk and radio app; a mobile
wallet like KBZPay or Wave Money with Innovatrics DIS selfie KYC and face
login; a smart TV with ACR; a DVB-S2 satellite receiver with a return path;
a smartwatch), in every input format, with labels. Local apps key and path
in romanised Burmese, with titles in Myanmar script.

    python -m tests.heldout241.generate OUTDIR [--seed 1565] [--flows 1500] [--no-replay]
    python tests/heldout241/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 241), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout241` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout241"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=241,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-241 test devices (generated): four family phones (Galaxy A35, vivo Y36,\n"
        "# OPPO A79, Redmi Note 13), a smart TV (Wi-Fi MAC, serial), a satellite\n"
        "# receiver (Ethernet MAC, serial), a smartwatch (BLE MAC, serial); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1565, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
