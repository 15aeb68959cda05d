"""Generate held-out set 285: a Romansh family in Graubünden and a West Frisian
family in Friesland (a public broadcaster's streaming app with resume points,
watch history and live-channel heartbeats through Mapp/Webtrekk, Kantar and
Didomi; a regional radio / podcast app with AT Internet / Piano and Adjust; a
cantonal e-ID app with NFC passport read and FaceTec selfie liveness; a Frisian
broadcaster's app with Comscore streaming tags and Firebase; an Elfstedentocht
skating club video app that tags skaters' faces; a farm's milking-robot app; a
kids' tablet), in every input format, with labels.

    python -m tests.heldout285.generate OUTDIR [--seed 1829] [--flows 1500] [--no-replay]
    python tests/heldout285/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 285), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout285` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout285"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=285,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-285 test devices (generated): three Android phones (Pixel 8 in Scuol,\n"
        "# Galaxy A54 in Chur, Galaxy S23 in Snits) with their advertising ids, an\n"
        "# iPhone 14 (IDFV), a Lenovo kids' tablet (serial, Wi-Fi MAC); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1829, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
