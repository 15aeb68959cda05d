"""Generate held-out set 64, a precision stress set: a courier's Samsung Galaxy
XCover7 on the Mexico / US border running mostly ordinary apps whose traffic
looks sensitive but is not (parcel delivery, truck ELD / telematics, fuel card,
border waits, parking, traffic, weather, translator, soccer, groceries, church,
games), plus a music app, a remittance app with a selfie check and the
courier's own earbuds and watch, in every input format, with labels.

    python -m tests.heldout64.generate OUTDIR [--seed 487] [--flows 900] [--no-replay]
    python tests/heldout64/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 64), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout64` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout64"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=64,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-64 test devices (generated): a Samsung Galaxy XCover7 (GAID, IMEI,\n"
        "# serial; one ANDROID_ID per app), the courier's Galaxy Buds (BT MAC) and\n"
        "# Galaxy Watch (serial, BT MAC). The company truck's VIN / ELD serial are not his.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 487, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
