"""Generate held-out set 139: a family in Hanoi and Ho Chi Minh City (a Samsung
Galaxy S23, the child's Oppo, a smart TV with ACR, an IPTV Android TV box, a
motorbike GPS tracker) using a Vietnamese OTT, music, short-video, radio and
audiobook, e-wallet with face eKYC, bank with voice biometrics, ride-hailing,
kids' learning and live-streaming apps, in every input format, with labels.

    python -m tests.heldout139.generate OUTDIR [--seed 953] [--flows 900] [--no-replay]
    python tests/heldout139/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 139), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout139` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout139"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=139,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-139 test devices (generated): a Samsung Galaxy S23 (IMEI, ad id), the\n"
        "# child's Oppo (ad id), the smart TV and the IPTV box (MAC, serial), the\n"
        "# motorbike GPS tracker (IMEI, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 953, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
