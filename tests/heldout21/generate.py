"""Generate held-out set 21: a Sony Xperia (Android 14) in Japan running an
anime / drama VOD app with Nielsen DCR, a LINE-like messenger with an avatar
camera, a konbini payments app with TRUSTDOCK eKYC, a karaoke app with a voice
profile, a gacha game with AppLovin MAX / Unity Ads / Pangle / nend, a Bravia
TV companion with content recognition, a smart-ring sleep app and a
radiko-like radio app, in every input format, with labels.

    python -m tests.heldout21.generate OUTDIR [--seed 211] [--flows 900] [--no-replay]
    python tests/heldout21/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 21), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout21` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout21"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=21,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-21 test devices (generated): a Sony Xperia 1 V (GAID, Wi-Fi MAC, one\n"
        "# ANDROID_ID per app), its smart ring (BLE MAC, serial) and a Bravia TV\n"
        "# (Wi-Fi MAC, serial); the tester's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 211, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
