"""Generate held-out set 36: a Xiaomi Redmi Note 12 (Android 13) used in
Azerbaijan, Uzbekistan and by a Persian-speaking family: Azerbaijani, Uzbek and
Persian streaming apps, a Persian music app, a Quran / poetry audio app, a
super-app bank with face and voice checks, a taxi app with driver selfies, a
home camera with family face recognition and a game full of ad SDKs, in every
input format, with labels.

    python -m tests.heldout36.generate OUTDIR [--seed 307] [--flows 900] [--no-replay]
    python tests/heldout36/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 36), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout36` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout36"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=36,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-36 test devices (generated): a Redmi Note 12 (Android 13) with one\n"
        "# ANDROID_ID per app, its advertising id, and a 4G home camera (serial,\n"
        "# Wi-Fi MAC, modem IMEI); the bank account's email\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 307, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
