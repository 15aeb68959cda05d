"""Generate held-out set 158 (precision stress): a veterinary clinic's reception in
Lyon (practice-management system, lost-pet face matching, boarding-kennel cams,
X-ray and lab analysers, chip readers, the waiting-room screen, clients' booking
forms) and the receptionist's own phone with Deezer, a streaming app, a bank
with an Onfido selfie check and AppsFlyer, in every input format, with labels.

    python -m tests.heldout158.generate OUTDIR [--seed 1067] [--flows 900] [--no-replay]
    python tests/heldout158/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 158), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout158` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout158"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=158,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-158 test device (generated): the receptionist's own Galaxy A54, its\n"
        "# advertising id, one ANDROID_ID per personal app and her email. The clinic's\n"
        "# equipment (PC, X-ray, analyser, chip readers, screen, cams) is not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1067, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
