"""Generate held-out set 195 (a precision stress set): a Toronto property
manager's phone running the building's systems (smart locks and their audit
logs, a face-recognition intercom, package lockers, lobby and garage cameras,
laundry, gym, elevators, unit thermostats and leak sensors, the amenity room's
TV, move-in forms, contractors' work orders) and a few personal apps (a
streaming app, a podcast app, her bank's face check), with labels.

    python tests/heldout195/generate.py OUTDIR [--seed 1289] [--flows 900] [--no-replay]

Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout195` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout195"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=195,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-195 test device (generated): the property manager's own Galaxy S23\n"
        "# (advertising id, one ANDROID_ID per app) and her email; the building's\n"
        "# locks, cameras, TVs and sensors are not her devices and are not listed\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1289, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
