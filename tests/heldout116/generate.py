"""Generate held-out set 116 (a precision stress set): the phone of a car mechanic
who runs a small garage in Warsaw. Nine tenths of the traffic is his work: job
cards with customers' VINs, the garage's OBD dongles and scanners reading
customers' head units and telematics modems, a customer car's infotainment media
history, dashcam footage for an insurance claim, a parts catalogue with part
serials, TPMS sensor ids, key-fob programming, a lift's and a compressor's IoT
telemetry, invoices. A few dozen flows are his own: his phone's ids to ad SDKs,
his own streaming and music, his bank's face login, his own car's and watch's ids.

    python -m tests.heldout116.generate OUTDIR [--seed 815] [--flows 900] [--no-replay]
    python tests/heldout116/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 116). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout116` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout116"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=116,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-116 test devices (generated): the mechanic's own Galaxy phone (one\n"
        "# ANDROID_ID per app), his own car's telematics modem (IMEI) and his own\n"
        "# smartwatch (BLE MAC, serial). Customers' and the garage's devices are not here.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 815, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
