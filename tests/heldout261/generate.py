"""Generate held-out set 261: a family between Bhubaneswar and Guwahati (an Odia
OTT app for films and serials with its own player events in Odia, MoEngage
and CleverTap, a devotional audio app of Jagannath bhajans and Borgeet with
Firebase, a cooperative bank with face login and Aadhaar Face RD
authentication, an Assamese fintech with HyperVerge and AWS Rekognition video
KYC and AppsFlyer, a cricket app with AppsFlyer, a DTH set-top box and a
smart TV with ACR), in every input format, with labels.

    python -m tests.heldout261.generate OUTDIR [--seed 1685] [--flows 1500] [--no-replay]
    python tests/heldout261/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 261), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout261` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout261"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=261,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-261 test devices (generated): four family phones (Galaxy M34, Redmi\n"
        "# Note 13, vivo V29, realme 11), a DTH set-top box (MAC, serial from the\n"
        "# diagnostics screen), a smart TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1685, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
