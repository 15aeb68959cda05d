"""Generate held-out set 7: a Pixel 8 running a smartwatch / fitness-band
companion, a baby monitor with face tracking, a crypto exchange with liveness
KYC (Shufti Pro, Regula), a sermon-streaming app, a webtoon reader with anime,
a dashcam app with driver monitoring, a TV maker's companion with ACR and an
eldercare tablet with speaker recognition, in every input format, with labels.

    python -m tests.heldout115.generate OUTDIR [--seed 809] [--flows 900] [--no-replay]
    python tests/heldout115/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 115), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout115` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout115"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=115,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-115 test devices (generated): an iPhone 15 (IDFA, one IDFV per vendor),\n"
        "# a Sony Xperia (GAID, IMEI, one ANDROID_ID per app), a BRAVIA TV (MAC, serial),\n"
        "# earbuds (BLE MAC, serial) and a smart speaker (serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 809, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
