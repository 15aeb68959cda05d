"""Generate held-out set 15: a Redmi A3 (Android 14 Go, dual SIM) in India
running an OTT app with Conviva / Youbora, an instant-loan app with selfie KYC
(HyperVerge) and Aadhaar face authentication, a regional short-video app, a UPI
app with device binding, a matrimony app with photo verification, a devotional
music app, a bike-taxi app with rider selfie checks (Rekognition) and a Unity
game with Unity Ads / AppLovin / InMobi, in every input format, with labels.

    python -m tests.heldout15.generate OUTDIR [--seed 151] [--flows 900] [--no-replay]
    python tests/heldout15/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 15), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout15` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout15"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=15,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-15 test phone (generated): a Redmi A3, Android 14 Go, dual SIM: the\n"
        "# advertising id, one ANDROID_ID per app, both IMEIs, both SIM serials\n"
        "# (ICCID) and the account email\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 151, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
