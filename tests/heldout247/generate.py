"""Generate held-out set 247: a Serbian family's devices in Belgrade, Novi Sad,
Banja Luka and Vienna (a Serbian TV channels' series / live streaming app with
Firebase, Gemius and Adjust, a SuperLiga / ABA-league live app with AppsFlyer,
a narodna / pop / radio / podcast app with Meta app events, a bank with
Microblink and Innovatrics selfie onboarding and face login, a cable
operator's Android TV box with NPAW analytics, a smart TV with ACR and a
smartwatch), in every input format, with labels.

    python -m tests.heldout247.generate OUTDIR [--seed 1601] [--flows 1500] [--no-replay]
    python tests/heldout247/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 247), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout247` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout247"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=247,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-247 test devices (generated): four family phones (Galaxy S23, Redmi\n"
        "# Note 13, Pixel 8, Galaxy A35), a cable operator's Android TV box (MAC,\n"
        "# serial, ANDROID_ID), a smart TV (Wi-Fi MAC, serial), a smartwatch (BLE MAC,\n"
        "# serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1601, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
