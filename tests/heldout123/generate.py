"""Generate held-out set 123: a household in Leeds and Glasgow (a Galaxy S24, an
iPad, a smart TV with ACR, a streaming stick, a video doorbell with familiar
faces, a smart speaker with voice profiles) using a public broadcaster's
catch-up player, a commercial broadcaster's app with server-side ad insertion,
a podcast app, a radio app, a football club app, a bank with voice ID and a
dating app with photo verification, in every input format, with labels.

    python -m tests.heldout123.generate OUTDIR [--seed 857] [--flows 900] [--no-replay]
    python tests/heldout123/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 123), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout123` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout123"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=123,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-123 test devices (generated): a Galaxy S24 (GAID, one ANDROID_ID per\n"
        "# app), an iPad (IDFV), a smart TV (Wi-Fi MAC, serial), a streaming stick\n"
        "# (RIDA advertising id, serial), a video doorbell and a smart speaker\n"
        "# (serial, MAC each)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 857, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
