"""Generate held-out set 183 (a precision stress set): a working day of an
audiovisual technician at a university in Prague. The university's lecture-
capture recorders, learning platform statistics, exam-room head counters,
signage players, library kiosks, laptop loan pool and classroom AV kit send
ordinary look-alikes; her own phone's AV-desk app, music app, streaming app and
bank with selfie login send the few sensitive flows. In every input format,
with labels.

    python -m tests.heldout183.generate OUTDIR [--seed 1217] [--flows 900] [--no-replay]
    python tests/heldout183/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 183), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout183` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout183"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=183,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-183 test devices (generated): the technician's own Galaxy A54 (advertising\n"
        "# id, one ANDROID_ID per app) and her Bluetooth earbuds (MAC). The university's\n"
        "# recorders, projectors, cameras, kiosks and lent devices are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1217, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
