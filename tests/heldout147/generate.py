"""Generate held-out set 147: a family in São Paulo and Recife. A Galaxy A54 runs a
broadcaster's streaming app (novelas, live football, a reality show's camera
feeds), a music and podcast app, a gospel radio, a bank with a Pix wallet and
selfie liveness, the government app with face validation, a ride app and a
food-delivery app; an Android TV box, a Samsung smart TV with ACR and a Galaxy
Watch complete the household. Every input format, with labels.

    python -m tests.heldout147.generate OUTDIR [--seed 1001] [--flows 900] [--no-replay]
    python tests/heldout147/generate.py OUTDIR ...

Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout147` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout147"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=147,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-147 household devices (generated): a Galaxy A54 (serial, advertising id,\n"
        "# one ANDROID_ID per app), an Android TV box (serial, Ethernet MAC, ANDROID_ID),\n"
        "# a Samsung smart TV (Wi-Fi MAC) and a Galaxy Watch (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1001, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
