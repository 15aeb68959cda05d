"""Generate held-out set 13: a teenager's Pixel 7a (GAID, one ANDROID_ID per
app) with a chest-strap HR sensor and an LTE Wear OS watch, running a camera
messenger with face lenses, a bank with voice biometrics, a school app with
face-recognition attendance, an anime streaming app (Mux, Conviva, Segment), a
rhythm game with ads (GMA, Liftoff/Vungle, Pangle, DT Exchange), a sports
tracker, a Twitch-like live / VOD app on Amazon IVS and a passport-photo
kiosk app, in every input format, with labels.

    python -m tests.heldout13.generate OUTDIR [--seed 131] [--flows 900] [--no-replay]
    python tests/heldout13/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 13), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout13` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout13"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=13,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-13 test devices (generated): a Pixel 7a (GAID, one ANDROID_ID per app),\n"
        "# a chest-strap HR sensor (BLE address, serial) and an LTE Wear OS watch\n"
        "# (serial, Bluetooth MAC, IMEI); the kiosk app sends no ANDROID_ID\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 131, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
