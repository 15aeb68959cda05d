"""Generate held-out set 249: a Gujarati family's devices in Ahmedabad, Surat,
Rajkot and Leicester during Navratri (a Gujarati OTT app for films, natak plays
and web series with Firebase, MoEngage and Branch; a garba / bhajan / radio app
with Firebase; a cricket live app with Adjust and Meta app events; a
cooperative bank with face login and V-CIP selfie video KYC through
HyperVerge; a stock-trading app with e-KYC face match through Signzy; a smart
TV with ACR; a cable set-top box; a smartwatch), in every input format, with
labels.

    python -m tests.heldout249.generate OUTDIR [--seed 1613] [--flows 1500] [--no-replay]
    python tests/heldout249/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 249), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout249` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout249"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=249,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-249 test devices (generated): four family phones (Galaxy M34, vivo Y27,\n"
        "# OnePlus Nord CE3, Pixel 8), a smart TV (Wi-Fi MAC, serial, TV advertising\n"
        "# id), a cable set-top box (Ethernet MAC, serial), a smartwatch (BLE MAC,\n"
        "# serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1613, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
