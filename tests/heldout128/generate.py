"""Generate held-out set 128 (precision stress): the work phone of a security
control-room operator at a Kuala Lumpur shopping mall. Most traffic is her job
(CCTV video management, footfall and crowd analytics, car-park plate reading,
signage proof-of-play, access control, MDM, incident and lost-and-found
reports); a few dozen flows per 1,500 are her own: her video app's watch
progress, her phone's advertising and Firebase ids, her e-wallet's face check.

    python -m tests.heldout128.generate OUTDIR [--seed 887] [--flows 900] [--no-replay]
    python tests/heldout128/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 128). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout128` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout128"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=128,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-128 test device (generated): the operator's work phone, a Galaxy A54\n"
        "# (IMEI, serial, Wi-Fi MAC, advertising id, one ANDROID_ID per app). The\n"
        "# mall's cameras, radios, tablets, screens and door controllers are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 887, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
