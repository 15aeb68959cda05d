"""Generate held-out set 45, a PRECISION stress set: an office worker's
iPhone 15 (iOS 17) in Japan, South Korea and Vietnam running ordinary apps
(taxi, konbini / delivery, step and sleep tracker, messenger, manga reader,
language and exam-prep apps, news, a photo-booth camera, smart home and
dashcam, a bank, games, music) whose traffic mostly LOOKS sensitive but is
not, with a few real carriers of each category, in every input format.

    python -m tests.heldout45.generate OUTDIR [--seed 367] [--flows 900] [--no-replay]
    python tests/heldout45/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 45), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout45` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout45"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=45,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-45 test devices (generated): an iPhone 15 (IDFA, one IDFV per vendor\n"
        "# that sends it: taxi, bank, game, music), a smart-home hub (Wi-Fi MAC,\n"
        "# serial) and a dashcam (serial); the owner's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 367, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
