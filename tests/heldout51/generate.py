"""Generate held-out set 51 (a precision stress set): a shared Xiaomi Redmi in
Taiwan / Thailand running ordinary Chinese and Thai apps whose traffic looks
sensitive but mostly is not, in every input format, with labels.

    python -m tests.heldout51.generate OUTDIR [--seed 401] [--flows 900] [--no-replay]
    python tests/heldout51/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 51), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout51` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout51"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=51,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-51 test devices (generated): a Redmi Note 13 (GAID, OAID, one ANDROID_ID\n"
        "# per app), a robot vacuum (Wi-Fi MAC, serial) and a dashcam (serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 401, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
