"""Generate held-out set 99: a Samsung Galaxy A35 and the family's Android TV
box in Georgia and Armenia running Georgian and Armenian OTTs, a football /
rugby app, a music / podcast and radio app, a bank with Sumsub / Regula face
liveness, a telco with voice biometrics, a taxi app with selfie checks and the
box's ACR, in every input format, with labels.

    python tests/heldout99/generate.py OUTDIR [--seed 713] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 99). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout99` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout99"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=99,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-99 test devices (generated): a Galaxy A35 (GAID, IMEI, Wi-Fi MAC,\n"
        "# serial, one ANDROID_ID per app) and the family's Android TV box\n"
        "# (ANDROID_ID, Wi-Fi and Ethernet MACs, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 713, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
