"""Generate held-out set 5: a Xiaomi phone running eight apps (Twitch-like live
streaming, telehealth with face and voice identity checks, photo backup with
face grouping, an airline app with face boarding, a car companion app, an
ad-funded VPN/cleaner, language learning, audiobooks), a Chromecast with an
anime app, and LG and Vizio TVs with ACR, in every input format, with labels.

    python -m tests.heldout5.generate OUTDIR [--seed 53] [--flows 1500] [--no-replay]
    python tests/heldout5/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 5), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout5` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout5"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=5,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-5 test devices (generated): a Xiaomi Redmi Note 13 Pro, a Chromecast with\n"
        "# Google TV, a car (VIN as serial, telematics IMEI), an LG and a Vizio TV;\n"
        "# one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 53, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
