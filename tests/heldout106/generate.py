"""Generate held-out set 106 (precision stress): a Copenhagen museum curator's
Galaxy S23, where nine tenths of the traffic is her museum's look-alikes
(lent audio-guide players' serials and visitors' plays, people counters,
painted faces and art-similarity vectors in the collection database, scanners,
screens' proof-of-play, video-art loop positions, lab spectra, most-visited and
survey aggregates) and a few dozen flows are truly hers (ad and attribution ids,
Podimo and DR listening and watching, her bank's face login, her Garmin watch).

    python -m tests.heldout106.generate OUTDIR [--seed 755] [--flows 900] [--no-replay]
    python tests/heldout106/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 106), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout106` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout106"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=106,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-106 test devices (generated): the curator's own Galaxy S23 (advertising\n"
        "# id, one ANDROID_ID per app that sends one) and her Garmin Venu 3 (serial,\n"
        "# Bluetooth MAC). The museum's players, sensors and screens are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 755, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
