"""Generate held-out set 250: a Congolese family's devices in Kinshasa,
Lubumbashi, Brazzaville and Brussels (a Congolese TV / series / théâtre
populaire streamer with Firebase Analytics and Adjust, a rumba / ndombolo /
gospel music and radio app with CleverTap, a football app with AppsFlyer and
Meta app events, a mobile-money wallet with Smile ID selfie KYC and face
login, a bank with Onfido selfie KYC and face login, a hybrid satellite
pay-TV decoder and its companion app, a cheap smartwatch), in every input
format, with labels.

    python -m tests.heldout250.generate OUTDIR [--seed 1619] [--flows 1500] [--no-replay]
    python tests/heldout250/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 250), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout250` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout250"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=250,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-250 test devices (generated): four family phones (Galaxy A34, Tecno\n"
        "# Camon 20, Pixel 8, Infinix Hot 30), a hybrid satellite decoder (Wi-Fi MAC,\n"
        "# serial, conditional-access chip id as device_id), a smartwatch (BLE MAC,\n"
        "# serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1619, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
