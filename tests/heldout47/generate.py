"""Held-out set 47 (a precision stress set): a commuter's Pixel 8 in Germany,
Poland and Italy running ordinary apps whose traffic looks sensitive but mostly
is not, in every input format, with labels.

    python tests/heldout47/generate.py OUTDIR [--seed 379] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 47). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout47` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout47"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=47,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-47 test phone (generated): a Pixel 8 (GAID, one ANDROID_ID per app that\n"
        "# sends one), its watch (BLE MAC, serial) and its doorbell (Wi-Fi MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 379, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
