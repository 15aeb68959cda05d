"""Generate held-out set 203: a Mexican family's devices in Monterrey,
Guadalajara and Houston (a telenovela / Liga MX streamer with Firebase, GA4,
Comscore and Adjust, a lucha libre / boxing pay-per-view app with AppsFlyer,
Meta app events and Google IMA, a norteño music / radio app with AppsFlyer and
an OpenRTB audio exchange, on an old Android 9 phone that still reads the IMEI,
a Nu / Stori-like fintech with Incode selfie KYC and face login, a ride-hailing
driver app with AWS Rekognition selfie checks, a Totalplay / Izzi-like IPTV
decoder and a cheap smart TV with ACR), in every input format, with labels.

    python -m tests.heldout203.generate OUTDIR [--seed 1337] [--flows 1500] [--no-replay]
    python tests/heldout203/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 203), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout203` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout203"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=203,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-203 test devices (generated): five family phones (Galaxy A34, moto g54,\n"
        "# Redmi Note 13, moto e6 play on Android 9 with its IMEI, Pixel 8), an IPTV\n"
        "# decoder (Wi-Fi MAC, serial), a smart TV (Wi-Fi MAC, serial); one ANDROID_ID\n"
        "# per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1337, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
