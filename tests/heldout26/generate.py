"""Generate held-out set 26: a Pixel 8 (Android 14) in Saudi Arabia and the UAE
running a streaming app with transliterated-Arabic watch logs, a music app with
AppsFlyer and audio ads, a government app with Nafath / UAE Pass-style face
verification, a ride app with captain selfie re-checks and voice notes, a Quran
and adhan app, a marriage app with photo verification, a smart-home camera
with household face recognition and a racing game with ad mediation, in every
input format, with labels.

    python -m tests.heldout26.generate OUTDIR [--seed 241] [--flows 900] [--no-replay]
    python tests/heldout26/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 26), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout26` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout26"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=26,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-26 test devices (generated): a Pixel 8 (Android 14, GAID) in Saudi\n"
        "# Arabia / UAE and a BaytCam home camera (serial, Wi-Fi MAC, BLE MAC);\n"
        "# one ANDROID_ID per app that sends it\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 241, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
