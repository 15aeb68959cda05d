"""Generate held-out set 219: a Greek family's devices in Athens, Thessaloniki
and Melbourne (a Greek TV channels' replay / series app with Firebase, GA4 and
NPAW, a Super League football app with AppsFlyer, a Greek podcast and radio app
with Comscore, a bank with FaceTec selfie onboarding and voice login, a
betting-free sports news app, a Greek-branded smart TV with ACR, an IPTV box on
a Ministra portal, earbuds and a fitness band, and a connected car), in every
input format, with labels.

    python -m tests.heldout219.generate OUTDIR [--seed 1433] [--flows 1500] [--no-replay]
    python tests/heldout219/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 219), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout219` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout219"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=219,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-219 test devices (generated): four family phones (Galaxy A55, Redmi\n"
        "# Note 13, Pixel 8, Galaxy S23), a smart TV (Wi-Fi MAC, serial), an IPTV box\n"
        "# (MAC, serial), earbuds and a fitness band (BLE MACs, serials), a car's\n"
        "# telematics unit (IMEI) and head unit (serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1433, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
