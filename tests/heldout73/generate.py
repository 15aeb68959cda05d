"""Generate held-out set 73: an OPPO Reno 11 (ColorOS 14, Android 14) in Vietnam
running Vietnamese and Thai streaming apps, a V.League / Thai League football
app, a karaoke app with an AI voice-cover feature and a Bluetooth microphone,
an audiobook / podcast app, an e-wallet with face eKYC (VNPT eKYC, FPT.AI,
ADVANCE.AI), a Thai voice-banking app with voice OTP and a courier app with
selfie checks, plus the family's Samsung Tizen TV (ACR, TIFA), ColorOS system
services and the ad / attribution SDKs, in every input format, with labels.

    python -m tests.heldout73.generate OUTDIR [--seed 557] [--flows 900] [--no-replay]
    python tests/heldout73/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 73), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout73` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout73"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=73,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-73 test devices (generated): an OPPO Reno 11 (GAID, HeyTap OAID, IMEI;\n"
        "# one ANDROID_ID per app), its Bluetooth karaoke microphone (BLE MAC, serial)\n"
        "# and the family's Samsung Tizen TV (TIFA, DUID, Wi-Fi MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 557, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
