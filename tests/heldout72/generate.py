"""Generate held-out set 72, a PRECISION stress set: a school teacher's iPad
(iPadOS 17.5, Texas) running a classroom manager, a lesson-video platform, a
reading-fluency app, Canvas, the room's whiteboard and document camera,
attendance, parent messaging, a newsletter photo app, a PE heart-rate kit, a
bus tracker and classroom games, plus the teacher's own streaming app, bank
face check, voice assistant and Apple Watch / AirPods, in every input format,
with labels. Most flows are hard decoys; each category has a few true flows.

    python -m tests.heldout72.generate OUTDIR [--seed 547] [--flows 900] [--no-replay]
    python tests/heldout72/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 72), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout72` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout72"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=72,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-72 test devices (generated): a teacher's own iPad (IDFA, one IDFV per\n"
        "# vendor), her Apple Watch (serial) and AirPods Pro (serial, Bluetooth MAC);\n"
        "# her email. The school's shared iPads, Chromebooks, straps and panels are NOT hers\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 547, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
