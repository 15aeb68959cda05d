"""Generate held-out set 156: a Thai family in Bangkok and Chiang Mai. An OPPO
phone (Android 14) with a Thai streaming service (lakorn, BL series, live Muay
Thai), a music app, a Dhamma-talk app, a bank with FaceTec-style liveness, a
national digital-ID app with face verification, an e-wallet, a LINE-like
super-app with short videos and live broadcasts and a delivery app (AppsFlyer,
Firebase, Adjust, CleverTap), a grandmother's iPad (IDFV), an IPTV Android TV
box, a smart TV with ACR and a smartwatch; keys in romanised Thai and English,
titles in Thai script; in every input format, with labels.

    python -m tests.heldout156.generate OUTDIR [--seed 1055] [--flows 900] [--no-replay]
    python tests/heldout156/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 156), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout156` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout156"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=156,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-156 test devices (generated): an OPPO CPH2599 (advertising id, one\n"
        "# ANDROID_ID per app), an iPad (one IDFV per vendor), an IPTV Android TV box\n"
        "# (serial, Ethernet MAC, its own ANDROID_ID), a smart TV (serial, Wi-Fi MAC)\n"
        "# and a smartwatch (serial, BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1055, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
