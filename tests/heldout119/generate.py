"""Generate held-out set 119: two households, one Welsh-speaking (Cardiff and
Aberystwyth), one Irish-speaking (Galway and Dublin), with an iPhone 14, a Galaxy
S23, a Samsung Tizen TV and earbuds: a broadcaster's player and radio, a Gaelic
games / rugby streamer, a Welsh children's app, music, podcast and audiobook apps,
a bank with Onfido face checks, a telco with voice ID, a dating app with Yoti face
checks and a delivery-rider app with selfie checks, with labels.

    python -m tests.heldout119.generate OUTDIR [--seed 833] [--flows 900] [--no-replay]
    python tests/heldout119/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and labels.json
("set": 119). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout119` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout119"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=119,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-119 test devices (generated): an iPhone 14 (IDFA, IDFV per vendor), a\n"
        "# Galaxy S23 (GAID, one ANDROID_ID per app), a Samsung Tizen TV (TIFA, Wi-Fi\n"
        "# MAC, serial) and earbuds (Bluetooth MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 833, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
