"""Generate held-out set 18: a OnePlus 12 (OxygenOS, Android 14) in Germany
running a public broadcaster's Mediathek (Piano Analytics AV Insights, AT
Internet, AGF/Nielsen DCR, resume points), a music streaming app (Braze,
Segment, listening history), a video-ident app (liveness selfies, face
comparison with the ID chip photo), a telemedicine app (camera vitals with a
face mesh, affect analysis), a car companion (VIN, head-unit serial, in-car
media log), a robot-vacuum app (serial, MACs, household face recognition), a
language exchange (speaker check) and an ad-funded game (AdMob, ironSource,
Mintegral), in every input format, with labels.

    python -m tests.heldout18.generate OUTDIR [--seed 181] [--flows 900] [--no-replay]
    python tests/heldout18/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 18), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout18` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout18"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=18,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-18 test devices (generated): a OnePlus 12 (GAID, one ANDROID_ID per\n"
        "# app), a car (VIN, head-unit serial and Bluetooth MAC, telematics IMEI) and\n"
        "# a robot vacuum (serial, Wi-Fi and BLE MACs)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 181, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
