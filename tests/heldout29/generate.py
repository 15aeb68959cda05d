"""Generate held-out set 29: a Samsung Galaxy S23 (Android 14) in Kazakhstan and
Russia running a streaming app, a music app, a VK-like social app with face
masks, a Kaspi-like super-app with face biometry, a Sber-like bank with voice
and face biometry, a taxi driver app with selfie checks, a smart-TV companion
and a game with Russian ad SDKs, in every input format, with labels.

    python -m tests.heldout29.generate OUTDIR [--seed 263] [--flows 900] [--no-replay]
    python tests/heldout29/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 29), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout29` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout29"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=29,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-29 test devices (generated): a Samsung Galaxy S23 (GAID, one ANDROID_ID\n"
        "# per app) and the paired smart TV (Wi-Fi MAC, serial); the tester's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 263, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
