"""Generate held-out set 84, a PRECISION stress set: a fitness instructor's iPhone 15
(iOS 17) in Australia / New Zealand whose work apps (gym class management with
shared equipment and heart-rate screens, licensed class music, a workout-video
creator dashboard, motion coaching with body-pose skeletons, member feedback, a
nutrition app with food-photo recognition, the gym's shared body-composition
scale, payroll) look sensitive but are not, plus a few truly sensitive flows
(her streaming and podcast history, her bank's selfie match / liveness / voice
ID, ad SDKs with IDFA / IDFV, her watch and earbuds), in every input format,
with labels.

    python -m tests.heldout84.generate OUTDIR [--seed 623] [--flows 900] [--no-replay]
    python tests/heldout84/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 84), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout84` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout84"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=84,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-84 test devices (generated): an iPhone 15 (iOS 17.5) with the IDFA\n"
        "# (ATT allowed in one game), one IDFV per app vendor that sends it, her\n"
        "# watch and earbuds (serials, BLE MACs) and her email\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 623, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
