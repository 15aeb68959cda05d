"""Generate held-out set 279: a Hmong family's devices in St. Paul / Maplewood,
Minnesota, and a relative's phone in Luang Prabang, Laos (a Hmong video and
kwv txhiaj song streaming app with Segment, Mixpanel and Kochava on an iPhone,
a living-room smart TV with ACR, a clan-community app with Braze and Firebase,
a Hmong church livestream app, a clinic's tele-visit with a face check and AWS
Rekognition, and a Lao-script video / mobile-money app on the aunt's Oppo),
in every input format, with labels. Key names are Hmong RPA (tone letters
-b -j -v -s -g -m -d) and Lao script.

    python -m tests.heldout279.generate OUTDIR [--seed 1793] [--flows 1500] [--no-replay]
    python tests/heldout279/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 279), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout279` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout279"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=279,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-279 test devices (generated): the mother's iPhone 13 (IDFA, IDFV), the\n"
        "# father's Galaxy S23, the son's Pixel 8, the aunt's Oppo A57 in Laos (GAIDs),\n"
        "# one ANDROID_ID per app, and the living-room smart TV (Wi-Fi MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1793, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
