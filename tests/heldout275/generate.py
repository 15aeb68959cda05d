"""Generate held-out set 275, a precision stress set: Ossetian (Iron and Digor,
Cyrillic and romanised) apps in Vladikavkaz (a drama theatre's ticketing app
with AppMetrica and a small VOD of recorded plays, and the theatre's own lobby
screens; a museum audio guide and the museum's lending guides; a mountain
resort's webcam site; a fitness studio with face check-in, MyTracker, a
smartwatch and a door kiosk; a music streaming app with AppMetrica and Adjust;
a school's parent app with Firebase and the school's tablet cart), in every
input format, with labels.

    python -m tests.heldout275.generate OUTDIR [--seed 1769] [--flows 1500] [--no-replay]
    python tests/heldout275/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 275), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout275` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout275"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=275,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-275 test devices (generated): Alan's Redmi Note 13 and Zarina's Galaxy\n"
        "# A34 (advertising ids, one ANDROID_ID per app) and Alan's smartwatch (BLE MAC,\n"
        "# serial). The institutions' own screens, guides, kiosk and tablets are not here.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1769, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
