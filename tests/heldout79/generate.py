"""Generate held-out set 79: a Motorola moto g85 (Android 14) and the family's
LG webOS TV in Poland, Czechia and Hungary: Polish, Czech and Hungarian
streaming apps, a football / handball app, a music and audiobook app, the TV's
ACR and LGUDID, a bank with face liveness (Innovatrics, Veriff, Onfido), a
voice-banking app with voiceprints, a courier app with selfie checks, and
Firebase, AppsFlyer, Adjust, Gemius, IMA and Braze.

    python tests/heldout79/generate.py OUTDIR [--seed 593] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 79). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout79` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout79"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=79,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-79 test devices (generated): a moto g85 (GAID, IMEI, Wi-Fi MAC, one\n"
        "# ANDROID_ID per app) and the family's LG webOS TV (Wi-Fi MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 593, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
