"""Generate held-out set 32: an iPhone 15 (iOS 17.4) used in Israel, Greece and
Czechia running three streaming apps (Hebrew, Greek and Czech watch logs,
Youbora analytics), an audiobook / podcast app, a bank with a Face ID fallback
selfie and voice verification, a digital-ID app (passport chip photo, FaceTec
liveness), a face-yoga app (landmarks, ARKit blendshapes), a fitness app with
body-pose form checks, a smart-TV companion with ACR and a kids' game with
AdMob, Unity, AppLovin and Chartboost, in every input format, with labels.

    python -m tests.heldout32.generate OUTDIR [--seed 277] [--flows 900] [--no-replay]
    python tests/heldout32/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 32), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout32` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout32"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=32,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-32 test devices (generated): an iPhone 15 (iOS 17.4; IDFA, one IDFV per\n"
        "# app vendor, the tester's e-mail) and the smart TV paired with it (Wi-Fi MAC,\n"
        "# serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 277, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
