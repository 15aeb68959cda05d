"""Generate held-out set 8: an iPhone 15 (iOS 17) running a casual game with ad
mediation (Unity Ads, ironSource, AppLovin MAX, Mintegral, Vungle, InMobi,
OpenRTB), a music app (Braze, Amplitude, mParticle, Last.fm), an exam proctor
(face tracking, AWS Rekognition, Azure Face), a language app with speaker
enrolment, a betting app with selfie KYC (Veriff, Onfido), a kids' video app
(Conviva, Nielsen), a smart-glasses companion and a live-shopping app
(RangersAppLog), in every input format, with labels.

    python -m tests.heldout8.generate OUTDIR [--seed 83] [--flows 900] [--no-replay]
    python tests/heldout8/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 8), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout8` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout8"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=8,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-8 test devices (generated): an iPhone 15 on iOS 17.4.1 (IDFA with\n"
        "# tracking allowed; one IDFV per app vendor) and the paired smart glasses\n"
        "# (serial, Bluetooth and Wi-Fi MAC, charging-case serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 83, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
