"""Generate held-out set 105: a family in Lagos, Kano and Kumasi on a Tecno phone
(HiOS system analytics), an Android TV box and a smartwatch, with Nollywood and
Yoruba/Hausa film apps, football highlights, Afrobeats, Quran recitation, a
church sermon app, a fintech with BVN/NIN face KYC (Smile ID, Youverify, Prembly,
Dojah), a telco with Voice ID, a ride-hailing driver app with selfie checks and a
betting app, in every input format, with labels.

    python -m tests.heldout105.generate OUTDIR [--seed 749] [--flows 900] [--no-replay]
    python tests/heldout105/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 105), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout105` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout105"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=105,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-105 test devices (generated): a Tecno Camon 20 (IMEI, serial, GAID),\n"
        "# an Android TV box (Ethernet MAC, serial) and a smartwatch (BLE MAC,\n"
        "# serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 749, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
