"""Generate held-out set 9: a Samsung Galaxy S24 (Android 14) running an
airline with biometric boarding, a government eID wallet with iProov liveness,
a dating app with photo verification (FaceTec), a Chinese-style super-app with
mini-programs (Umeng, Tencent Beacon, OAID), a podcast app, a home-security
camera with familiar faces and a smart-speaker companion with voice ID, plus a
Fire TV Stick streaming app (Mux, Youbora, Amazon APS), with labels.

    python -m tests.heldout9.generate OUTDIR [--seed 97] [--flows 900] [--no-replay]
    python tests/heldout9/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 9), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout9` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout9"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=9,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-9 test devices (generated): a Galaxy S24 (GAID, MSA OAID, one ANDROID_ID\n"
        "# per app), a Fire TV Stick (Fire advertising id, ANDROID_ID, DSN, Wi-Fi MAC),\n"
        "# a home camera (serial, Wi-Fi MAC) and a smart speaker (serial, BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 97, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
