"""Generate held-out set 146 (a precision stress set): a school district IT
technician in Helsinki and Espoo. Nine tenths of the traffic is the district's:
MDM of pupils' Chromebooks and teachers' iPads, classroom displays, document
cameras and printers, video-lesson analytics per class, lecture capture, exam
proctoring, school radio playout, cafeteria signage, e-book loans and school-bus
GPS units. A few dozen flows are the technician's own: an ad SDK and a music app
with the phone's ids, their evening viewing and listening, a bank's selfie check.

    python -m tests.heldout146.generate OUTDIR [--seed 995] [--flows 900] [--no-replay]
    python tests/heldout146/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 146). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout146` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout146"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=146,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-146 test device (generated): the technician's own Galaxy A54 (advertising\n"
        "# id, one ANDROID_ID per private app) and their e-mail. The district's\n"
        "# Chromebooks, iPads, displays, printers and bus GPS units are not theirs.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 995, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
