"""Generate held-out set 166: a car saleswoman's Galaxy S23 at a Munich
dealership (a precision stress set): the dealer-management app, demo cars'
telematics and head units, test-drive logs with GPS, customers' trade-in phones
wiped at the desk, showroom screens' proof-of-play and configurator videos, the
workshop's diagnostic testers, and her own music, streaming and bank apps (an
IDnow selfie, a face login) with their SDKs, in every input format, with labels.

    python -m tests.heldout166.generate OUTDIR [--seed 1115] [--flows 900] [--no-replay]
    python tests/heldout166/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 166), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout166` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout166"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=166,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-166 test devices (generated): the saleswoman's Galaxy S23 (advertising\n"
        "# id, one ANDROID_ID per app) and her Galaxy Buds (Bluetooth MAC); demo cars,\n"
        "# testers, showroom screens and customers' phones are not hers and not listed\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1115, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
