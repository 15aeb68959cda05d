"""Generate held-out set 61: an Honor Magic6 Pro (Android 14 / MagicOS, GAID and
OAID) and the family's Android TV box in Türkiye, the UAE and Qatar: two
streaming apps with in-house watch logs (Turkish and Gulf Arabic key names), a
football / racing app with live heartbeats, a Quran and podcast app, the TV
box's content recognition, a bank and a government identity app with face
liveness, a telco app with voice-biometric login, a smart-home app with the
family's doorbell and camera, a ride-hailing driver app with selfie checks and
ad / attribution SDKs (Huawei Ads, AppsFlyer, Adjust, AppLovin, Unity,
Mintegral), in every input format, with labels.

    python -m tests.heldout61.generate OUTDIR [--seed 461] [--flows 900] [--no-replay]
    python tests/heldout61/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 61), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout61` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout61"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=61,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-61 test devices (generated): an Honor Magic6 Pro (GAID, OAID, IMEI,\n"
        "# one ANDROID_ID per app), the family's Android TV box (serial, Ethernet and\n"
        "# Wi-Fi MACs, ANDROID_ID), video doorbell and indoor camera (serials, MACs)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 461, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
