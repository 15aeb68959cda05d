"""Generate held-out set 130: a family in Recife and São Paulo with a moto g84
(a broadcaster's streaming app with novelas and a reality show's live feed, a
football-club app, music, podcasts, a gospel radio, a bank with 3D liveness and
idwall KYC, a fintech with voice biometrics, a delivery-driver app with selfie
checks, a short-video app), an LG smart TV with ACR, a cable operator's TV box
and a Galaxy Watch, in every input format, with labels.

    python -m tests.heldout130.generate OUTDIR [--seed 899] [--flows 900] [--no-replay]
    python tests/heldout130/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 130), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout130` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout130"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=130,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-130 test devices (generated): a moto g84 (IMEI, serial), an LG smart TV\n"
        "# (Wi-Fi MAC, serial), a cable TV box (MAC, serial) and a Galaxy Watch (Bluetooth\n"
        "# MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 899, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
