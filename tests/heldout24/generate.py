"""Generate held-out set 24: a Xiaomi Redmi Note 12 (MIUI, Android 13, dual
SIM) in Indonesia and Vietnam running a streaming app, a super-app with face
KYC (Verihubs, VNPT eKYC), a TikTok Lite-like app on AppLog, a marketplace with
live shopping, a karaoke app with voice ID, a prayer app with Quran audio, a
MOBA with ad SDKs (Unity, Mintegral, Pangle, Bigo) and Mi Home with a
face-recognising camera, in every input format, with labels.

    python -m tests.heldout24.generate OUTDIR [--seed 233] [--flows 900] [--no-replay]
    python tests/heldout24/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 24), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout24` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout24"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=24,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-24 test device (generated): a Redmi Note 12 (dual SIM: two IMEIs, GAID\n"
        "# and OAID, one ANDROID_ID per app) and its Mi Home camera (did, Wi-Fi MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 233, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
