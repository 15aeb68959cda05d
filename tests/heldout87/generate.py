"""Generate held-out set 87: an iPhone 14 (iOS 17) and a Samsung Tizen TV in France,
Wallonia and French-speaking Switzerland: French-language streaming (public-service
and commercial), a sports live app, music and audiobooks, radio, a bank with face
liveness (Onfido, Yoti, Ubble), a telco with voice ID, car sharing with driver
selfies and the TV's content recognition, in every input format, with labels.

    python tests/heldout87/generate.py OUTDIR [--seed 641] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 87), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout87` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout87"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=87,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-87 test devices (generated): an iPhone 14 (IDFA, one IDFV per app vendor)\n"
        "# and the family's Samsung Tizen TV (TIFA, DUID, Wi-Fi MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 641, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
