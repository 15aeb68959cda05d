"""Generate held-out set 22: a Samsung Galaxy A54 used in France, Spain and Italy
running a French TV streaming app (Médiamétrie eStat, reprise syncs), a Spanish
bank with voice biometrics (VoiceIt) and selfie re-verification, an Italian CIE
eID app with face match, a dating app with FaceTec video-selfie checks, a
car-sharing app with a driver face check and the car's telematics ids, a radio /
podcast app (Piano AV Insights), an AR beauty app (face mesh, blendshapes,
Perfect Corp skin analysis) and a casual game with ad mediation (ironSource,
AppLovin, AdMob, Ogury, Teads), in every input format, with labels.

    python -m tests.heldout22.generate OUTDIR [--seed 223] [--flows 900] [--no-replay]
    python tests/heldout22/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 22), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout22` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout22"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=22,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-22 test devices (generated): a Samsung Galaxy A54 (GAID, Samsung\n"
        "# Analytics device id, IMEI, serial, Wi-Fi MAC; one ANDROID_ID per app) and a\n"
        "# car-sharing car's telematics box (LTE modem IMEI, serial, BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 223, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
