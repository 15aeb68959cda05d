"""Generate held-out set 80 (a precision stress set): a hotel and restaurant
worker's Xiaomi Redmi Note 13 in Portugal and Spain, running a hotel PMS (room
TVs, minibars, door locks), a restaurant POS / kitchen display (shared tablets,
printers, card terminals), shift clock-in by badge QR, a lobby background-music
console, a wine list with sommelier clips, a language app with speech scoring,
tips / payroll, a CCTV desk and a laundry app (hard decoys), plus a few truly
sensitive flows: her streaming and podcast progress, her bank's FaceTec
liveness and voice login, ad SDKs with her GAID, her watch and earbuds.

    python tests/heldout80/generate.py OUTDIR [--seed 599] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 80). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout80` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout80"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=80,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-80 test devices (generated): a Redmi Note 13 (GAID, one ANDROID_ID per\n"
        "# app that reads it), a Xiaomi smartwatch (BLE MAC, serial) and Redmi earbuds\n"
        "# (Bluetooth address). The hotel's and restaurant's equipment is not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 599, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
