"""Generate held-out set 213: a Brazilian family's devices in Recife, Belo
Horizonte and Lisbon (a novela / reality-show streamer with GA4 and NPAW, a
Brasileirão football app with AppsFlyer and Adjust, a forró / sertanejo music and
podcast app with Meta app events, a Pix bank with face login and unico selfie
KYC, a Claro-box-like IPTV set-top box and a smart TV with ACR), in every input
format, with labels.

    python -m tests.heldout213.generate OUTDIR [--seed 1397] [--flows 900] [--no-replay]
    python tests/heldout213/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 213), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout213` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout213"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=213,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-213 test devices (generated): three family phones (Galaxy A34 in\n"
        "# Recife, Moto Edge 40 Neo in Belo Horizonte, Pixel 8 in Lisbon), an IPTV box (MAC,\n"
        "# serial), a smart TV (Wi-Fi MAC, serial), an IMEI; one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1397, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
