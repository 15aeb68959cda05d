"""Generate held-out set 68, a precision stress set: a tourist's Pixel 9 in
Spain, Italy and the USA running ordinary travel apps whose traffic looks
sensitive but is not (boarding passes, a hotel's room TV and door locks, a
rented car's VIN and telematics, a museum audio guide's catalogue, speech
translation, landmark recognition, shared scooters, an eSIM shop, maps,
restaurant booking, games), plus a few truly sensitive flows (the tourist's
own streaming app, optional face boarding, ad SDKs with the GAID, earbuds).

    python -m tests.heldout68.generate OUTDIR [--seed 509] [--flows 900] [--no-replay]
    python tests/heldout68/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 68), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout68` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout68"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=68,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-68 test device (generated): a tourist's Pixel 9 (Android 15) with its\n"
        "# GAID, IMEI and one ANDROID_ID per app, and the tourist's own earbuds (BLE\n"
        "# address, serial). The hotel TV, rented car and shared scooters are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 509, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
