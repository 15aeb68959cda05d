"""Generate held-out set 31: not a phone but an Android Automotive head unit
(Polestar / Volvo-like, Google built-in) and the driver's Pixel Watch, on a
drive through Sweden and Norway: in-car video and music streaming, a podcast
app, the car maker's driver-monitoring camera, a voice assistant with voice
match, telematics ids (VIN, TCU IMEI / ICCID, head-unit serial, paired phones'
Bluetooth MACs), an EV charging app, a rear-seat kids' app and a game with
Unity Ads, in every input format, with labels.

    python -m tests.heldout31.generate OUTDIR [--seed 271] [--flows 900] [--no-replay]
    python tests/heldout31/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 31), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout31` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout31"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=31,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-31 test devices (generated): an Android Automotive head unit (GAID,\n"
        "# one ANDROID_ID per app, serial, Wi-Fi MAC), the car (VIN, TCU IMEI, SIM\n"
        "# ICCID), two paired phones (Bluetooth MACs) and a Pixel Watch (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 271, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
