"""Generate held-out set 257: a family split between Ljubljana, Maribor,
Skopje and Ohrid (a Slovenian TV channels' streaming app with Firebase / GA4,
its own measurement and Adjust, a Macedonian series / music app with
AppsFlyer and Meta app events, a football and handball live app with
CleverTap, a Slovenian radio / podcast app, a bank with Microblink BlinkID and
IDnow-style selfie onboarding and face login, a NEO-style IPTV box on Kaltura
OTT middleware, a smart TV with ACR and a smartwatch), in every input format,
with labels.

    python -m tests.heldout257.generate OUTDIR [--seed 1661] [--flows 1500] [--no-replay]
    python tests/heldout257/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 257), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout257` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout257"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=257,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-257 test devices (generated): four family phones (Galaxy S23, Xiaomi\n"
        "# 13T, Pixel 8, Galaxy A34), an IPTV box (MAC, serial, middleware UDID from\n"
        "# Settings > About), a smart TV (Wi-Fi MAC, serial), a smartwatch (BLE MAC,\n"
        "# serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1661, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
