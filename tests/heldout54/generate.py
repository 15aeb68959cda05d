"""Generate held-out set 54: a Latin-American household's Motorola moto g
(Android 14) and LG webOS TV: telenovela and football streaming, a music /
podcast app, the TV's ACR and LG Ads, a neobank (Incode, FacePhi Selphi), a
lending app (MetaMap, Truora), a telco app with voice-biometric login, a gym
with a face-recognition turnstile, and ad / attribution SDKs (Unity Ads,
Mintegral, Pangle, InMobi, Kochava, Branch), in every input format, with labels.

    python -m tests.heldout54.generate OUTDIR [--seed 421] [--flows 900] [--no-replay]
    python tests/heldout54/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 54), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout54` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout54"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=54,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-54 test devices (generated): a Motorola moto g84 5G (GAID, IMEI, one\n"
        "# ANDROID_ID per app) and an LG webOS TV (LGUDID ad id, Wi-Fi MAC, serial,\n"
        "# platform device id)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 421, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
