"""Generate held-out set 262: a family in Thimphu and Paro, Bhutan (the
national broadcaster's TV and radio app with Firebase / GA4, a Bhutanese film
streaming app with AppsFlyer, Meta app events and Conviva, an archery
live-stream app with CleverTap, a bank with an NDI-style digital identity
wallet doing FaceTec liveness, AWS Rekognition face matching and face-template
login, the telco's IPTV box, a smart TV with ACR and a fitness band), key
names in Dzongkha (Tibetan script and romanised) and English, in every input
format, with labels.

    python -m tests.heldout262.generate OUTDIR [--seed 1691] [--flows 1500] [--no-replay]
    python tests/heldout262/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 262), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout262` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout262"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=262,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-262 test devices (generated): three family phones (Galaxy S23, Xiaomi\n"
        "# 13T, Pixel 8), an IPTV box (MAC, serial, STB id from Settings > About), a\n"
        "# smart TV (Wi-Fi MAC, serial), a fitness band (BLE MAC, serial); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1691, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
