"""Generate held-out set 170 (a precision stress set): a football club video
analyst's traffic in Porto: the tactical-analysis platform, GPS-vest and
heart-rate tracking, the broadcast ingest, the stadium's screens and PA, a
scouting database, and on her own phone a music app, a streaming app, her bank
(selfie check) and their SDKs, with labels. About nine tenths of the flows are
ordinary look-alikes.

    python -m tests.heldout170.generate OUTDIR [--seed 1139] [--flows 900] [--no-replay]
    python tests/heldout170/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 170). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout170` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout170"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=170,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-170 test devices (generated): the analyst's own Galaxy S23 (one\n"
        "# ANDROID_ID per app, advertising id) and her Bluetooth earbuds (MAC).\n"
        "# The club's vests, belts, screens, encoders and lent tablet are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1139, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
