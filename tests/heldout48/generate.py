"""Generate held-out set 48: an Infinix phone (Android 14) and a family
Android TV in the Philippines / Indonesia: a streaming app with Indonesian /
Javanese watch logs, a Taglish short-drama app, a karaoke app with face
blendshapes, a Quran-audio app, an e-wallet / lending app with ADVANCE.AI
liveness and a voiceprint, a rider app with shift selfies, a school
attendance app with face check-in, the TV maker's ACR and ad-funded games
(AdMob, Unity, Pangle, Mintegral, Vungle), in every input format, with labels.

    python -m tests.heldout48.generate OUTDIR [--seed 383] [--flows 900] [--no-replay]
    python tests/heldout48/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 48), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout48` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout48"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=48,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-48 test devices (generated): an Infinix X6853 phone (GAID, one\n"
        "# ANDROID_ID per app) and a family Android TV (own GAID, ANDROID_ID,\n"
        "# Wi-Fi MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 383, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
