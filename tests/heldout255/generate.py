"""Generate held-out set 255: a Basotho / Batswana family's devices in Maseru,
Gaborone, Francistown and Bloemfontein (a Southern African series / soapie /
music-video streamer with Firebase Analytics and Adjust, a famo / kwaito /
gospel music and community-radio app with CleverTap, a football app for the
Botswana Premier League, the PSL and the Zebras with AppsFlyer and Meta app
events, a mobile-money wallet with Smile ID selfie KYC and face login, a bank
with Onfido KYC and face login, a DStv-like satellite decoder and its
companion app, a cheap smartwatch), in every input format, with labels.

    python -m tests.heldout255.generate OUTDIR [--seed 1649] [--flows 1500] [--no-replay]
    python tests/heldout255/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 255), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout255` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout255"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=255,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-255 test devices (generated): five family phones (Galaxy A34, Tecno\n"
        "# Spark 20, Galaxy A15, Redmi 13C, Infinix HOT 40i), a satellite decoder\n"
        "# (Ethernet MAC, serial, smart card number), a smartwatch (BLE MAC,\n"
        "# serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1649, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
