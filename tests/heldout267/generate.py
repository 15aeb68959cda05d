"""Generate held-out set 267: a family in Tórshavn, Klaksvík and Nuuk (the
Faroese broadcaster's TV / radio app with its own heartbeat, the Greenlandic
broadcaster's catch-up app with GA4 and Firebase, a Danish streaming app with
Adobe media heartbeats and Braze, a bank with MitID-style app login by face
verification, a face template and AWS Rekognition, a trawler crew cabin's
satellite-internet TV box, a smart TV with ACR, and a children's audiobook
app with AppsFlyer), with Faroese, Kalaallisut and Danish key names, in every
input format, with labels.

    python -m tests.heldout267.generate OUTDIR [--seed 1721] [--flows 1500] [--no-replay]
    python tests/heldout267/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 267), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout267` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout267"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=267,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-267 test devices (generated): three family phones (Galaxy S24, Pixel 8,\n"
        "# Xiaomi 13T), the children's Lenovo tablet, the living-room smart TV (Wi-Fi\n"
        "# MAC, serial); one ANDROID_ID per app. The trawler's cabin TV boxes are the\n"
        "# shipowner's equipment and are not listed\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1721, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
