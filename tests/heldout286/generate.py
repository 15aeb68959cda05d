"""Generate held-out set 286: a Sami family's devices in Guovdageaidnu
(Kautokeino), Kárášjohka (Karasjok) and Anár (Inari): an NRK Sápmi / Yle
Sápmi-style streaming app with resume points, history, Firebase and Kantar /
TNS Gallup measurement, a joik music app with Adjust and Braze, a
reindeer-herding app with GPS collars and Sentry, a Nordic bank's BankID-style
selfie and passport-chip face check with Onfido, a snowmobile rental's own fleet
tablets and a kids' tablet with a cartoon app and an AR face-filter game, in
every input format, with labels.

    python -m tests.heldout286.generate OUTDIR [--seed 1835] [--flows 1500] [--no-replay]
    python tests/heldout286/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 286), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout286` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout286"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=286,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-286 test devices (generated): three family phones (Samsung A55 in\n"
        "# Kautokeino, Pixel 8 in Karasjok, Redmi Note 13 in Inari) and a kids' Lenovo\n"
        "# tablet (serial); one ANDROID_ID per app; GPS collars and the rental's fleet\n"
        "# tablets are not the family's devices and are not listed\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1835, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
