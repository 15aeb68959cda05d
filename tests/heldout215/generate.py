"""Generate held-out set 215: an Egyptian family's devices in Cairo, Alexandria
and Riyadh (a Ramadan-series streaming app with Firebase, GA4 and Adjust, an
Egyptian Premier League app with AppsFlyer and an OpenRTB exchange, a Quran and
mahraganat music app on a Huawei with OAID, an InstaPay-like wallet with face
login and Valify selfie KYC, a ride app with Meta app events, a Nilesat
satellite receiver and a smart TV with ACR), in every input format, with labels.

    python -m tests.heldout215.generate OUTDIR [--seed 1409] [--flows 1500] [--no-replay]
    python tests/heldout215/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 215), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout215` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout215"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=215,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-215 test devices (generated): four family phones (Samsung A34, Huawei\n"
        "# nova 9 with OAID, Pixel 7, Redmi Note 12), a Nilesat receiver (MAC, serial),\n"
        "# a smart TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1409, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
