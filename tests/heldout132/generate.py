"""Generate held-out set 132 (a precision stress set): a dentist with practices in
Madrid and Valencia, on her Android phone. Most traffic is the practice's: the
practice-management system, intraoral scanners, X-ray sensors, CBCT and chair
units, smile-design photo series, dental-lab orders, a waiting-room TV's playout,
staff tablets on an MDM, a supplier's catalogue, sterilisation logs and the
continuing-education courses she watches. A few dozen flows are her own
sensitive ones: her series app's watch progress, her advertising and SDK ids, her
bank's selfie check.

    python -m tests.heldout132.generate OUTDIR [--seed 911] [--flows 900] [--no-replay]
    python tests/heldout132/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 132). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout132` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout132"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=132,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-132 test device (generated): the dentist's own Galaxy S23 (advertising id,\n"
        "# one ANDROID_ID per app, her email). The practice's scanners, X-ray units,\n"
        "# chairs, autoclaves, waiting-room screen and staff tablets are not hers: absent.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 911, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
