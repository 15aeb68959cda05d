"""Generate held-out set 201: a Somali family's devices in Mogadishu, Hargeisa,
Nairobi and Minneapolis (a Somali series / live-TV streamer with Firebase, GA4
and Adjust, a Qur'an and nasheed audio app with Unity Ads, a mobile-money
wallet with Smile ID face verification on an old phone that still reads the
IMEI, a remittance app with Onfido selfie KYC, a football app with ironSource
and Unity Ads, and a satellite TV box reporting channel changes), in every
input format, with labels.

    python -m tests.heldout201.generate OUTDIR [--seed 1325] [--flows 1500] [--no-replay]
    python tests/heldout201/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 201), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout201` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout201"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=201,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-201 test devices (generated): four family phones (Samsung J7 Prime on\n"
        "# Android 8.1 with its IMEI, Tecno Spark 10, Pixel 8, Infinix Hot 30), a\n"
        "# satellite TV box (MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1325, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
