"""Generate held-out set 273: a family in Kigali, Musanze and Bujumbura (a
pay-TV operator's streaming app with its own player events and Firebase, a
gospel and inanga music app with CleverTap, a mobile-money wallet with Smile ID
selfie KYC and a face template, a bank with voice biometrics enrolment, a
satellite decoder's XML audience logs, a smart TV with ACR, AppsFlyer and
Adjust, a Rwanda Premier League highlights app), keys in Kinyarwanda and
Kirundi with French, English and Swahili, in every input format, with labels.

    python -m tests.heldout273.generate OUTDIR [--seed 1757] [--flows 1500] [--no-replay]
    python tests/heldout273/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 273), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout273` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout273"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=273,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-273 test devices (generated): three family phones (Tecno Camon 20,\n"
        "# Samsung A14, Infinix Hot 30), a satellite decoder (MAC, serial) and a smart\n"
        "# TV (Wi-Fi MAC, serial, its advertising id); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1757, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
