"""Generate held-out set 229 (a precision stress set): the phone of the
operations manager of a Montreal cinema chain. Most of its traffic is the
chain's: the projection booths' show logs and KDM keys by server serial, the
ticket scanners and kiosks, the concession POS terminals, the auditoriums'
audio processors, the staff handhelds under MDM, occupancy sensors, box-office
reports with films' admissions ("most watched" rails, admissions) and the
loyalty app's admin console. Her own apps: a Québec streaming app (séries,
hockey) with Firebase, GA4 and AppsFlyer, a podcast app, a bank with FaceTec
selfie login, and her watch. In every input format, with labels.

    python -m tests.heldout229.generate OUTDIR [--seed 1493] [--flows 1500] [--no-replay]
    python tests/heldout229/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 229), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout229` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout229"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=229,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-229 test device (generated): the operations manager's Galaxy S23 (its\n"
        "# advertising id, one ANDROID_ID per app) and her watch (BLE MAC, serial).\n"
        "# The chain's projectors, servers, scanners, kiosks, POS terminals, audio\n"
        "# processors and staff handhelds are not hers and are not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1493, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
