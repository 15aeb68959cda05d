"""Generate held-out set 114 (precision stress): a Rotterdam warehouse shift
lead's own phone, where about nine tenths of the traffic is his work's look-alike
data (scanner, robot, forklift and printer fleets with their serials, MACs and
IMEIs, pick rates and routes, the face-checking time clock's team check-ins,
safety-training completion, CCTV health, yard plate reads, the break-room TV's
playout) and a few dozen flows are his own: ad SDK ids, streaming and music,
his bank's face login, his earbuds and his own face at the time clock.

    python -m tests.heldout114.generate OUTDIR [--seed 803] [--flows 900] [--no-replay]
    python tests/heldout114/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 114), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout114` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout114"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=114,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-114 test devices (generated): Daan's own Galaxy A54 (advertising id,\n"
        "# IMEI, one ANDROID_ID per app) and his own earbuds (serial, Bluetooth MAC).\n"
        "# The warehouse's scanners, robots, forklifts, printers, cameras and the\n"
        "# break-room TV are the employer's: not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 803, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
