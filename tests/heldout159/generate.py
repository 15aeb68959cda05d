"""Generate held-out set 159: a Toronto / Vancouver family (a teen's iPhone 15, a
parent's Pixel 8, a PS5, a Roku, AirPods Pro) running a short-video app with AR face
lenses, a game-streaming app, a music streamer, an anime streamer, an NHL app, a teen
bank card with ID + selfie checks, an age-estimation SDK and a fitness app, with the
SDKs such apps carry, in every input format, with labels.

    python -m tests.heldout159.generate OUTDIR [--seed 1073] [--flows 900] [--no-replay]
    python tests/heldout159/generate.py OUTDIR ...

Same seed and size give byte-identical files. Write to a temp dir or bench/out/.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout159` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout159"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=159,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-159 household devices (generated): a teen's iPhone 15 (IDFA, one IDFV\n"
        "# per vendor), a parent's Pixel 8 (AAID, one ANDROID_ID per app), a PS5\n"
        "# (serial, MAC), a Roku Express (RIDA, serial) and AirPods Pro (BT MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1073, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
