"""Generate held-out set 10: a Xiaomi Redmi Note 13 (HyperOS, GAID plus MSA
OAID / VAID / AAID) running a short-video app on Volcengine AppLog, an
online-education app with attention tracking, a face-beautifying photo editor
(Face++, SenseTime-style landmarks), a health-insurance app with a face scan for
vital signs, a taxi driver app with face verification, an OTT sports app
(Conviva, Segment), an audiobook reader and a game with Yandex / Mintegral /
Pangle ads, plus car head-unit and fitness-mirror companions, in every input
format, with labels.

    python -m tests.heldout10.generate OUTDIR [--seed 101] [--flows 900] [--no-replay]
    python tests/heldout10/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 10), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout10` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout10"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=10,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-10 test devices (generated): a Redmi Note 13 (GAID, MSA OAID / VAID,\n"
        "# one AAID and one ANDROID_ID per app), the short-video app's registered\n"
        "# device_id / install_id, a car head unit (serial, BT MAC, T-Box IMEI) and a\n"
        "# fitness mirror (serial, Wi-Fi MAC, BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 101, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
