"""Generate held-out set 254 (precision stress): the work phone of the AV / IT
coordinator of a large library and culture centre in Tampere. Nine tenths of
its traffic is the building's equipment seen through its consoles (signage
players and proof-of-play, the auditorium's cinema projector and shows,
listening booths and their counters, the MDM of the lending tablets and
e-readers, RFID gates, self-checkout kiosks, people counters, 3D printers,
room displays, study-room bookings, CCTV footage review, an aggregate
e-audiobook loan report, the library-card vendor); the rest is his own
streaming app (Firebase, Adjust), music and podcast app (Braze), bank with
selfie login (Onfido), sports watch and his phone's MDM agent, plus a few
library cases about identifiable patrons (booth listening log, audiobook
positions, card-registration face match, VMS face search), with labels.

    python -m tests.heldout254.generate OUTDIR [--seed 1643] [--flows 1500] [--no-replay]
    python tests/heldout254/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 254), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout254` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout254"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=254,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-254 test devices (generated): the AV / IT coordinator's work phone\n"
        "# (Samsung Galaxy XCover6 Pro: advertising id, IMEI, serial, Wi-Fi MAC, one\n"
        "# ANDROID_ID per app) and his sports watch (BLE MAC, serial). The library's\n"
        "# lending tablets, players, kiosks and cameras are not his devices.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1643, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
