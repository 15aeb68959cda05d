"""Generate held-out set 6: a Samsung Galaxy A54 running a period tracker with ad
SDKs, a ride-hailing driver app with selfie re-checks, a casino app with KYC and
device fingerprinting, a VR-headset / smart-glasses companion, an IPTV player on
Xtream and Stalker portals, a children's education video app, a social-audio
app and a gym face-entry app, in every input format, with labels.

    python -m tests.heldout6.generate OUTDIR [--seed 61] [--flows 1100] [--no-replay]
    python tests/heldout6/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 6), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout6` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout6"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=6,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-6 test devices (generated): a Samsung Galaxy A54, a VR headset and camera\n"
        "# glasses (serials, glasses BT address), the IPTV portal's emulated MAG MAC;\n"
        "# one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 61, 1100, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
