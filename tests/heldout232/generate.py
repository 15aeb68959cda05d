"""Generate held-out set 232 (precision stress): the phone of the media and
operations officer of a Buenos Aires football club (Club Social y Deportivo
Riachuelo, fictional). Most traffic is the club's: stadium turnstiles with
fans' face-entry enrolment sent to the access vendor (biometric), the players'
GPS vests and heart-rate straps, the video-analysis platform where coaches cut
and tag match footage, the broadcast truck's logs, the stadium screens' play
logs, club TV's aggregate audience and "más vistos" rails, ticket scanners, POS
terminals and staff handhelds under MDM (the club's equipment, not her
device). Her own: a streaming app (series, Liga Profesional live) with Firebase
and AppsFlyer, a music app, a bank with FaceTec-style selfie login, her watch.
Keys and paths are in Rioplatense Spanish.

    python -m tests.heldout232.generate OUTDIR [--seed 1511] [--flows 1500] [--no-replay]
    python tests/heldout232/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 232), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout232` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout232"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=232,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-232 test device (generated): the club officer's Samsung Galaxy A54\n"
        "# (advertising id, one ANDROID_ID per app) and her watch (BLE MAC, serial).\n"
        "# The club's turnstiles, vests, scanners, POS terminals and handhelds are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1511, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
