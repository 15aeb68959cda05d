"""Generate held-out set 211 (precision stress): a Lagos secondary school's ICT
coordinator's phone on a school day (the school's tablet MDM console, lab /
projector / library-scanner / bus-tracker dashboards, an e-learning platform's
per-class watch statistics, a CBT exam proctor console with webcam checks, a
staff face-attendance portal; and her own Nollywood streaming app with
AppsFlyer, GA4 and an OpenRTB exchange, her bank's Smile ID selfie check and
her earbuds' companion app), in every input format, with labels. About nine
flows in ten are ordinary, many of them look-alikes in English, Yoruba and
Nigerian Pidgin.

    python -m tests.heldout211.generate OUTDIR [--seed 1385] [--flows 1500] [--no-replay]
    python tests/heldout211/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 211), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout211` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout211"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=211,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-211 test device (generated): the ICT coordinator's Tecno Camon 20\n"
        "# (advertising id, one ANDROID_ID per app) and her earbuds (BLE MAC,\n"
        "# serial). The school's tablets, PCs, projectors, scanners, bus tracker\n"
        "# and attendance terminal are not this phone's identifiers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1385, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
