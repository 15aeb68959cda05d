"""Generate held-out set 253: a Bulgarian family's devices in Sofia, Plovdiv,
Varna and Madrid (a Bulgarian TV group's streaming app with Firebase, Gemius
and Adjust, an efbet Liga football live app with AppsFlyer, a pop-folk / radio
/ podcast app with Meta app events and Triton streams, a bank with face login,
an Evrotrust-like e-identity app with selfie, liveness video and face match,
an IPTV operator's set-top box on Kaltura OTT, a smart TV with ACR, a car head
unit with connected radio and a voice assistant, and a smartwatch), in every
input format, with labels.

    python -m tests.heldout253.generate OUTDIR [--seed 1637] [--flows 1500] [--no-replay]
    python tests/heldout253/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 253), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout253` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout253"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=253,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-253 test devices (generated): four family phones (Galaxy A55, Redmi\n"
        "# Note 13, Pixel 8, Honor 90), an IPTV set-top box (MAC, serial), a smart TV\n"
        "# (Wi-Fi MAC, serial), a smartwatch (BLE MAC, serial), a car head unit\n"
        "# (serial) with an LTE modem (IMEI); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1637, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
