"""Generate held-out set 256: a Fijian family's devices (iTaukei and Fiji-Hindi
speaking relatives) in Suva, Lautoka, Labasa and Auckland (a Pacific series /
rugby / Bollywood streaming app with Firebase Analytics, FCM and AppsFlyer, a
Pacific and Bollywood music, kirtan and radio app with Adjust, a rugby and
football live app with Meta app events and NPAW pings, an M-PAiSA-like wallet
with Jumio selfie KYC, a bank with Onfido KYC and face login, a satellite
pay-TV decoder and its app, an LTE smartwatch), in every input format, with
labels.

    python -m tests.heldout256.generate OUTDIR [--seed 1655] [--flows 1500] [--no-replay]
    python tests/heldout256/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 256), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout256` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout256"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=256,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-256 test devices (generated): four family phones (Galaxy A35, Galaxy\n"
        "# A10s on Android 9 with its IMEI, Redmi Note 13, Pixel 8), a satellite pay-TV\n"
        "# decoder (serial, Ethernet MAC, smart card number), an LTE smartwatch (serial,\n"
        "# Bluetooth MAC, IMEI); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1655, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
