"""Generate held-out set 62, a precision-stress set: a retired couple's Samsung
Galaxy Tab (Android 14) in Italy, Greece and Portugal running ordinary apps whose
traffic looks sensitive but mostly is not (pharmacy, card games and bingo, news,
TV guide, recipes, crosswords, grocery, bus, photo printing, parish, bank, video
calls, their thermostat and irrigation controller, glucose meter and hearing
aids), in every input format, with labels.

    python -m tests.heldout62.generate OUTDIR [--seed 467] [--flows 900] [--no-replay]
    python tests/heldout62/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 62), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout62` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout62"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=62,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-62 test devices (generated): a Galaxy Tab S9 (GAID, one ANDROID_ID per\n"
        "# app that sends it), a Netatmo thermostat (relay MAC, thermostat radio address),\n"
        "# a Rachio controller (serial, MAC), a glucose meter (serial) and two hearing\n"
        "# aids (serials, BLE MACs); the owner's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 467, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
