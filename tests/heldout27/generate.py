"""Generate held-out set 27 (an Honor Magic in Turkey: series streaming, music,
e-Devlet-like ID app, bank, courier, smart-TV companion, dating, casual game),
in every input format, with labels.

    python -m tests.heldout27.generate OUTDIR [--seed 251] [--flows 900] [--no-replay]
    python tests/heldout27/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 27), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout27` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout27"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=27,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-27 test device (generated): an Honor Magic6 Pro (BVL-N49, MagicOS 8 /\n"
        "# Android 14) in Istanbul: GAID and Honor OAID, one ANDROID_ID per app, the\n"
        "# IMEI (from *#06#), the paired smart TV's Wi-Fi MAC and serial, the email\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 251, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
