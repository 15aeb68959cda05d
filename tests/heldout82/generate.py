"""Generate held-out set 82, a PRECISION STRESS set: a call-centre agent's
Galaxy A54 (Android 14) in Manila and Pune running a contact-centre softphone
with speech analytics, workforce management, e-learning, a wallboard, accent
coaching, an IT app, food delivery, a ride app and a game (hard decoys), plus
a few truly sensitive apps (streaming, podcasts, a bank's selfie match and
voice ID, ad SDKs, her earbuds and watch), in every input format, with labels.

    python -m tests.heldout82.generate OUTDIR [--seed 611] [--flows 900] [--no-replay]
    python tests/heldout82/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 82), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout82` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout82"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=82,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-82 test devices (generated): a Galaxy A54 (GAID; one ANDROID_ID per\n"
        "# app that reads it), her earbuds (Bluetooth MAC, serial) and her fitness\n"
        "# watch (BLE MAC, serial); company headsets, desk phones and PCs are not hers\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 611, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
