"""Generate held-out set 14: an Amazon Fire HD 10 on Fire OS 8 (Amazon
advertising id, no Google services) that is also a Roku TV remote and paired
with hearing aids, running a video-meeting app with engagement metrics, a
children's learning app, a Prime-Video-like streaming app, the Roku remote, a
hearing-aid companion, a face-swap / ageing app, a Quran audio app and a game
with APS and ironSource ads, in every input format, with labels.

    python -m tests.heldout14.generate OUTDIR [--seed 149] [--flows 900] [--no-replay]
    python tests/heldout14/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 14), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout14` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout14"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=14,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-14 test devices (generated): a Fire HD 10 (Amazon advertising id, DSN,\n"
        "# Wi-Fi MAC; one ANDROID_ID per app), a Roku TV (serial, ECP device-id, RIDA,\n"
        "# Wi-Fi MAC) and two hearing aids (serials, BLE addresses)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 149, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
