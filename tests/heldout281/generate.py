"""Generate held-out set 281, a precision stress set: Samoan and Tongan apps in
Apia, Nukuʻalofa and Auckland (a congregation's livestream app and its own hall
screens, a remittance app with Adjust and a selfie KYC, a Tongan streaming app
with Braze, a fale-rental app with Branch and room photos, a rugby club's gym
app and its check-in kiosks, a school's loan laptops, a radio station's song
requests), in every input format, with labels.

    python -m tests.heldout281.generate OUTDIR [--seed 1805] [--flows 1500] [--no-replay]
    python tests/heldout281/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 281), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout281` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout281"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=281,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-281 test devices (generated): Leota's Galaxy A15 (Apia), Mele's Pixel 6a\n"
        "# (Auckland), Sione's iPhone 13 (Nukuʻalofa, IDFA and IDFV); one ANDROID_ID per\n"
        "# app. The church's hall screens, the club's kiosks and the school's laptops\n"
        "# are institution equipment and not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1805, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
