"""Generate held-out set 173 (a precision stress set): a production manager's
phone at a Stockholm concert venue. The venue's operations app reads ticket
scanners and gates, crowd-counting cameras, LED-wall playout, encoders and the
live production's switching and replay logs, backstage accreditation, radio
mics and IEMs, lighting consoles and a rented tablet / radio fleet (all of it
ordinary look-alike data); her own music, streaming and bank apps (selfie login,
voice ID) and their SDKs make the few sensitive flows. With labels.

    python -m tests.heldout173.generate OUTDIR [--seed 1157] [--flows 900] [--no-replay]
    python tests/heldout173/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 173), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout173` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout173"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=173,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-173 test devices (generated): the production manager's own Galaxy S23\n"
        "# (one ANDROID_ID per app, advertising id) and her own earbuds (Bluetooth MAC,\n"
        "# serial). The venue's kit and the rented tablets and radios are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1157, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
