"""Generate held-out set 110: a family in Addis Ababa, Mekelle and Asmara with a
dual-SIM Tecno phone, an Android TV box on an IPTV portal and a Bluetooth
speaker: an Amharic drama streamer, a Tigrinya music and radio app, an Orthodox
mezmur / sermon app, a Quran app in Afaan Oromo, a football streamer, a MAG-style
IPTV portal, a mobile-money wallet with face verification, a telco with Voice
ID, a ride-hailing driver app with selfie checks and the speaker's companion,
with Firebase, AppsFlyer, Facebook, OneSignal and Transsion's Athena, in every
input format, with labels.

    python -m tests.heldout110.generate OUTDIR [--seed 779] [--flows 900] [--no-replay]
    python tests/heldout110/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 110), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout110` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout110"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=110,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-110 test devices (generated): a dual-SIM Tecno Camon 20 (two IMEIs,\n"
        "# advertising id, one ANDROID_ID per app), an X96Q Android TV box (Ethernet\n"
        "# MAC, serial, the IPTV player's ANDROID_ID) and a Bluetooth speaker (BT MAC,\n"
        "# serial); the family's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 779, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
