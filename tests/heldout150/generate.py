"""Generate held-out set 150 (a precision stress set): a Lisbon hotel night
manager's phone and the hotel's systems it talks to: the property-management
app, key-card encoders, door locks and the mobile key, the in-room TV platform
and its casting bridge, lobby signage, the CCTV video-management system with a
face watch-list, passport OCR and the self-check-in kiosk's face match, the MDM
of the staff handhelds (and of the manager's own phone), the staff time clock
with face verification, and the manager's own streaming and podcast apps with
their SDKs. About nine tenths of the flows are ordinary look-alikes.

    python -m tests.heldout150.generate OUTDIR [--seed 1019] [--flows 900] [--no-replay]
    python tests/heldout150/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 150), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout150` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout150"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=150,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-150 test device (generated): the night manager's own Galaxy S23\n"
        "# (advertising id, IMEI, serial, Wi-Fi MAC; one ANDROID_ID per app). The\n"
        "# hotel's TVs, locks, cameras, kiosks and handhelds are not listed: not theirs\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1019, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
