"""Generate held-out set 126: a family in Kathmandu and Pokhara with relatives
in Kandy and Jaffna: a Galaxy A54 with a Nepali OTT, a Sri Lankan TV channel
app, a Tamil songs app, a cricket app, a remittance wallet with HyperVerge face
KYC, a telco app with Voice ID and a ride-hailing app; a Xiaomi TV box; an
iPhone with an Apple Watch running a pirith (chanting) app. In every input
format, with labels.

    python -m tests.heldout126.generate OUTDIR [--seed 875] [--flows 900] [--no-replay]
    python tests/heldout126/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 126), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout126` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout126"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=126,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-126 test devices (generated): a Galaxy A54 (one ANDROID_ID per app,\n"
        "# IMEI, advertising id), a Xiaomi Mi Box S (ANDROID_ID, Wi-Fi MAC, serial)\n"
        "# and the family's iPhone (IDFV) with its Apple Watch (serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 875, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
