"""Generate held-out set 179 (a precision stress set): a ground-handling shift
supervisor at Oslo airport. Baggage belt readers and ring scanners, gate
boarding-pass readers and self-boarding e-gates, the handler's handhelds and
radios, turnaround tablets, apron CCTV analytics, flight-information displays'
playout and the canteen kiosks, plus her own phone (supervisor app,
crew-briefing videos, work-profile MDM, music with earbuds, streaming, a bank
with a Signicat selfie), in every input format, with labels.

    python -m tests.heldout179.generate OUTDIR [--seed 1193] [--flows 900] [--no-replay]
    python tests/heldout179/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 179), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout179` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout179"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=179,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-179 test devices (generated): the supervisor's own Galaxy S23 (one\n"
        "# ANDROID_ID per app, incl. the MDM work profile) and her Bluetooth earbuds\n"
        "# (MAC, serial). The employer's and airport's equipment is not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1193, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
