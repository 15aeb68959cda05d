"""Generate held-out set 142 (a precision stress set): a logistics dispatcher in
Rotterdam and Antwerp whose phone shows the company's transport-management,
fleet, dashcam, warehouse, yard, training and depot-radio dashboards all day
(trip progress, parcel scan histories, trackers' IMEIs, PLC and printer MACs,
number plates, course statistics, playout logs: look-alikes, not sensitive),
and, among them, a few dozen flows of the dispatcher's own: a weather app's ad
SDK and a podcast app with the phone's ids, evening viewing and podcast
listening, and a bank's selfie check.

    python -m tests.heldout142.generate OUTDIR [--seed 971] [--flows 900] [--no-replay]
    python tests/heldout142/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 142). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout142` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout142"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=142,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-142 test device (generated): the dispatcher's personal Galaxy A54;\n"
        "# one ANDROID_ID per app that reads it. The company's trackers, tablets,\n"
        "# scanners, PLCs, printers and cameras are not the tester's and not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 971, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
