"""Generate held-out set 52: a Sony Xperia 1 V and a Google TV Streamer in the
UK and Ireland running public-service and Irish streaming players with Kantar
measurement, a FAST app, TV content recognition, a football app, a radio /
podcast app, an audiobook app, a bank with face and voice ID, an age-check app
(Yoti), an online pharmacy with speaker checks and a smart doorbell, with
AdMob, AppLovin, Liftoff (Vungle) and ironSource, in every input format.

    python tests/heldout52/generate.py OUTDIR [--seed 409] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 52). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout52` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout52"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=52,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]
    owner_label=owner_label,
    known_header=(
        "# Set-52 test devices (generated): a Sony Xperia 1 V (GAID, one ANDROID_ID\n"
        "# per app), a Google TV Streamer (its own GAID, serial, Ethernet MAC) and a\n"
        "# smart doorbell (serial, Wi-Fi MAC, chime BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 409, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
