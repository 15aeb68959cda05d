"""Generate held-out set 33: a Xiaomi 13T used in Hungary, Romania and Finland
(streaming, music, a bank with face and voice checks, an eID app, a courier app,
a TV companion with ACR, a baby monitor and a game with ad SDKs), in every
input format, with labels.

    python -m tests.heldout33.generate OUTDIR [--seed 281] [--flows 900] [--no-replay]
    python tests/heldout33/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 33), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout33` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout33"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=33,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-33 test devices (generated): a Xiaomi 13T (HyperOS, Android 14) with\n"
        "# its GAID and one ANDROID_ID per app, a baby-monitor camera (serial, Wi-Fi\n"
        "# MAC) and a TV (serial, Wi-Fi MAC); the tester's e-mail address\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 281, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
