"""Generate held-out set 284 (precision stress): Occitan (Lengadocian and
Provençal) and Friulian apps on one phone in Tolosa and Udine (a regional
radio's podcast player with Piano Analytics / AT Internet, a village festival
app with Didomi consent, a ski resort app with the resort's own webcams and
lift-gate scanners, a wine cooperative's shop with Adjust, a language school
with pronunciation scoring, a heritage museum's own tablets, a streaming app
with Firebase and a dating app with selfie verification through AWS
Rekognition), mostly ordinary look-alike traffic, with labels.

    python -m tests.heldout284.generate OUTDIR [--seed 1823] [--flows 1500] [--no-replay]
    python tests/heldout284/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 284), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout284` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout284"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=284,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-284 test phone (generated): a Pixel 8 in Tolosa / Udine; its advertising\n"
        "# id, one ANDROID_ID per app that sends it, the streaming app's install id.\n"
        "# The museum's tablets and the ski resort's webcams and gate scanners are the\n"
        "# institutions' own equipment and are not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1823, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
