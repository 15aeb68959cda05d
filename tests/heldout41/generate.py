"""Generate held-out set 41: a OnePlus Nord 3 (OxygenOS 14) used in Denmark,
Iceland and Slovakia - Danish, Icelandic and Slovak streaming apps, a radio /
music app, an audiobook app, a bank with face and voice confirmation, a gym
with face check-in, a parcel-locker app with courier selfies, a smart TV with
ACR, a dashcam with driver monitoring and a game with AdMob, Unity Ads,
AppLovin and Liftoff / Vungle - in every input format, with labels.

    python -m tests.heldout41.generate OUTDIR [--seed 347] [--flows 900] [--no-replay]
    python tests/heldout41/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 41), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout41` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout41"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=41,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-41 test devices (generated): a OnePlus Nord 3 (GAID; one ANDROID_ID\n"
        "# per app), a smart TV (serial, Wi-Fi MAC) and a dashcam (serial, Wi-Fi MAC,\n"
        "# LTE modem IMEI); the tester's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 347, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
