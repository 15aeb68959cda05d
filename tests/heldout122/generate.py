"""Generate held-out set 122: a Nigerian family's Infinix phone (Ibadan, Enugu,
Abuja) with a Nollywood / Yoruba-movies app, a satellite-decoder companion, a
music app with earbuds, a Christian radio app, a Hausa Islamic lectures app, a
football app, a fintech with BVN/NIN face verification (Smile ID), a telco app
with voice ID and a ride-hailing driver app with selfie checks, with labels.

    python -m tests.heldout122.generate OUTDIR [--seed 851] [--flows 900] [--no-replay]
    python tests/heldout122/generate.py OUTDIR ...

Same seed and size give byte-identical files. Write to a temp dir or bench/out/.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout122` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout122"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=122,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-122 test devices (generated): an Infinix Hot 40 (Android 14, IMEI, Wi-Fi\n"
        "# MAC), a satellite decoder (serial, smartcard number, MAC) and earbuds\n"
        "# (Bluetooth MAC); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 851, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
