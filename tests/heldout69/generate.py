"""Generate held-out set 69: a Xiaomi 14 (HyperOS, mainland China, no Google services:
OAID via MSA) and the family's Xiaomi TV, running a long-video app, a short-video app,
a music / audiobook app, a live-streaming app, the TV (ACR) and its companion, a
payment app with face liveness, a home camera with familiar faces and a voice
assistant with voiceprints, in every input format, with labels.

    python -m tests.heldout69.generate OUTDIR [--seed 521] [--flows 900] [--no-replay]
    python tests/heldout69/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 69), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout69` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout69"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=69,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-69 test devices (generated): a Xiaomi 14 (OAID, two IMEIs, serial,\n"
        "# Wi-Fi MAC, one ANDROID_ID per app, one for the pre-installed system apps),\n"
        "# the family's Xiaomi TV (Wi-Fi MAC, serial) and home camera (MAC, cloud did)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 521, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
