"""Generate held-out set 196: a family in Yaoundé, Douala and Bamenda, in every input
format, with labels.

    python tests/heldout196/generate.py OUTDIR [--seed 1295] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and labels.json
("set": 196). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout196` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout196"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=196,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-196 household devices (generated): a Tecno phone (Android 13, IMEI, one\n"
        "# ANDROID_ID per app), a Samsung phone (serial), the family's satellite decoder\n"
        "# (serial), a smart TV (Wi-Fi MAC) and a cheap smartwatch (BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1295, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
