"""Generate held-out set 86, a PRECISION STRESS set: a radio host's Samsung
Galaxy S24 (Android 14) in Italy and Malta, running mostly ordinary station
tools whose traffic looks sensitive but is not (playout and as-run logs,
royalty reports, listener statistics, studio equipment serials and MACs,
voice-tracking, transcription with speaker labels, phone-in, a podcast-hosting
dashboard, games), and a few of her own apps that are truly sensitive
(streaming watch log, podcast listening, bank face and voice checks, ad SDKs,
her earbuds and watch), in every input format, with labels.

    python -m tests.heldout86.generate OUTDIR [--seed 635] [--flows 900] [--no-replay]
    python tests/heldout86/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 86), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout86` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout86"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=86,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-86 test devices (generated): a Galaxy S24 (GAID, one ANDROID_ID per\n"
        "# app), her Galaxy Buds (BLE MAC) and Galaxy Watch (serial, Wi-Fi MAC).\n"
        "# The station's studio equipment is not hers and is not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 635, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
