"""Generate held-out set 76, a PRECISION stress set: a journalist's iPhone 15 Pro
in Germany and the Netherlands running newsroom apps whose traffic looks like
biometric data, viewing history and device ids but is not (CMS timelines,
aggregate audience dashboards, face BLURRING, diarised transcripts, articles
about biometrics, public traffic cameras, ciphertext, podcast production
statistics, the newsroom's shared kit, a game's avatar editor), plus a few
truly sensitive flows of her own (streaming watch log, podcast listening,
her bank's face check, a voice login, IDFA/IDFV, her Apple Watch and AirPods).

    python -m tests.heldout76.generate OUTDIR [--seed 571] [--flows 900] [--no-replay]
    python tests/heldout76/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 76), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout76` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout76"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=76,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-76 test devices (generated): a journalist's iPhone 15 Pro (IDFA, one\n"
        "# IDFV per vendor that sends it), her Apple Watch and AirPods Pro (serials,\n"
        "# Bluetooth addresses) and her e-mail. The newsroom's shared kit is NOT here.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 571, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
