"""Generate held-out set 276: a Bashkir family's devices in Ufa (a regional
broadcaster's streaming app with AppMetrica and a Mediascope-style audience
meter, the broadcaster's set-top box with channel watch logs and resume
points, a kurai-music listening app with MyTracker and Branch, a bank's selfie
liveness check and face template, a messenger's voice-message speaker check
with Firebase, a kids' tablet with a cartoon app), keys in Bashkir Cyrillic
and romanised Bashkir, in every input format, with labels.

    python -m tests.heldout276.generate OUTDIR [--seed 1775] [--flows 1500] [--no-replay]
    python tests/heldout276/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 276), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout276` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout276"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=276,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-276 test devices (generated): three family phones (Samsung A34, Redmi\n"
        "# Note 11, Pixel 6a), the broadcaster's set-top box (MAC, serial) and a Lenovo\n"
        "# kids' tablet (serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1775, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
