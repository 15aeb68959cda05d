"""Generate held-out set 238: a Yoruba family's devices in Lagos, Ibadan and
London (a Yoruba Nollywood film / series streaming app with Firebase, GA4 and
Adjust, a football app for the NPFL and the Premier League with AppsFlyer and
Meta app events, a fuji / juju / gospel music and radio app, a fintech bank
with Dojah selfie BVN verification and voice login, a smart TV with ACR, a
pay-TV decoder, a smartwatch, and a solar inverter / generator changeover with
a monitoring app and a 4G datalogger), in every input format, with labels.

    python -m tests.heldout238.generate OUTDIR [--seed 1547] [--flows 1500] [--no-replay]
    python tests/heldout238/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 238), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout238` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout238"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=238,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-238 test devices (generated): four family phones (Samsung A54, Tecno\n"
        "# Camon 20, Pixel 7, Infinix Hot 30), a pay-TV decoder (MAC, serial, smartcard),\n"
        "# a smart TV (Wi-Fi MAC, serial), a smartwatch (BLE MAC, serial), an inverter\n"
        "# (serial) and its datalogger (MAC, IMEI); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1547, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
