"""Generate held-out set 109: a Filipino family's realme phone (Manila, Cebu,
Ilocos, and an OFW uncle in Dubai) with a teleserye streamer, a noontime-show /
news app, a PBA streamer, an OPM music app, an Ilocano church audio app, a
K-drama app with Tagalog subtitles, an e-wallet with FaceTec / ADVANCE.AI face
checks, a remittance app with Onfido, a telco app with voice ID and a driver
app with selfie checks, plus a TCL Google TV with ACR and a smartwatch, in
every input format, with labels.

    python -m tests.heldout109.generate OUTDIR [--seed 773] [--flows 900] [--no-replay]
    python tests/heldout109/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 109), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout109` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout109"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=109,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-109 test devices (generated): a realme RMX3851 (advertising id, IMEI,\n"
        "# one ANDROID_ID per app), a TCL Google TV (Wi-Fi MAC, serial) and a\n"
        "# smartwatch (BLE MAC, serial); the account email\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 773, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
