"""Generate held-out set 58: a Samsung Galaxy S24 (Android 14) and a Samsung
Tizen TV in South Korea: Korean streaming apps (Pado, T-Box, RocketPlay) with
in-house watch logs, a K-pop fan app, a music app, a podcast / audiobook app, the
TV's ACR, a bank and a securities app with face authentication, an insurer's
voice-authentication app, the apartment's face-recognition door, Kakao / Naver
SDKs and ad / attribution SDKs (AppsFlyer, Adjust, Airbridge, AdMob, AdFit), in
every input format, with labels.

    python -m tests.heldout58.generate OUTDIR [--seed 443] [--flows 900] [--no-replay]
    python tests/heldout58/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 58), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout58` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout58"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=58,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-58 test devices (generated): a Galaxy S24 (GAID, one ANDROID_ID per app),\n"
        "# a Samsung Tizen TV (TIFA, DUID, Wi-Fi MAC, serial) and the flat's\n"
        "# face-recognition door panel (MAC, serial); the tester's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 443, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
