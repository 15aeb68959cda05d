"""Generate held-out set 38: a vivo V29 (Android 14, dual-SIM IMEIs read by a
pre-installed vivo app) used in Tamil Nadu, Telangana, Maharashtra and
Bangladesh, running a Tamil and a Bangla streaming app, a Marathi music app,
a kirtan app, a UPI wallet with face and voice authentication, a ride driver
app with selfie checks, an exam app with proctoring and a Ludo game with ad
SDKs, plus a smart TV with ACR, in every input format, with labels.

    python -m tests.heldout38.generate OUTDIR [--seed 317] [--flows 900] [--no-replay]
    python tests/heldout38/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 38), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout38` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout38"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=38,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-38 test devices (generated): a vivo V29 (V2250, dual SIM: two IMEIs,\n"
        "# serial, Wi-Fi and Bluetooth MACs, GAID), one ANDROID_ID per app, and the\n"
        "# living-room smart TV (Wi-Fi MAC, serial); the tester's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 317, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
