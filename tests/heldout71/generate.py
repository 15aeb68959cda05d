"""Generate held-out set 71: a Samsung Galaxy A35 (Android 14) in Kazakhstan /
Kyrgyzstan running two streaming apps with Russian / Kazakh-keyed watch logs,
a football / hockey app with live heartbeats, a music and audiobook app, a
super-app bank with face liveness (VisionLabs LUNA, Regula, Sumsub, NtechLab),
a voice assistant with voice login and a taxi driver app with selfie checks,
plus the family's IPTV box on a Ministra / Stalker portal, with AppMetrica,
myTarget, Firebase, AppsFlyer and Adjust, in every input format, with labels.

    python -m tests.heldout71.generate OUTDIR [--seed 541] [--flows 900] [--no-replay]
    python tests/heldout71/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 71), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout71` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout71"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=71,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-71 test devices (generated): a Galaxy A35 (GAID, one ANDROID_ID per\n"
        "# app) and the family's IPTV box (Ethernet MAC, serial, its ANDROID_ID)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 541, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
