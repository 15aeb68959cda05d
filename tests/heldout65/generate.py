"""Generate held-out set 65: a Samsung Galaxy A55 and a Hisense VIDAA TV in
South Africa and Nigeria: a Showmax-like streaming app, a football app, an
Afrobeats music / podcast app, a Christian radio app, a bank and a wallet with
face KYC (Smile ID, Youverify, Dojah), a telco app with voice login, a
ride-hailing driver app, the TV's ACR, and ad / attribution SDKs.

    python tests/heldout65/generate.py OUTDIR [--seed 491] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 65). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout65` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout65"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=65,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-65 test devices (generated): a Galaxy A55 (GAID, IMEI, Wi-Fi MAC, one\n"
        "# ANDROID_ID per app) and a Hisense VIDAA TV (Wi-Fi MAC, serial, VIDAA ad id)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 491, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
