"""Generate held-out set 188: a family in Casablanca, Fès and Oran (an Oppo
phone, an iPhone, a satellite receiver with IPTV, a smart TV with ACR, earbuds,
a car tracker) using a Maghreb series app, Botola live football, raï and chaabi
music, Quran recitation, a bank with video KYC, a wallet, a ride app and
classifieds, in every input format, with labels.

    python -m tests.heldout188.generate OUTDIR [--seed 1247] [--flows 900] [--no-replay]
    python tests/heldout188/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 188), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout188` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout188"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=188,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-188 household devices (generated): an Oppo phone (one ANDROID_ID per app,\n"
        "# advertising id), an iPhone (IDFA, one IDFV per vendor), a satellite receiver\n"
        "# (MAC, serial), a smart TV (Wi-Fi MAC, serial), earbuds (BT MAC, serial) and the\n"
        "# car's GPS tracker (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1247, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
