"""Generate held-out set 141: an Ohio household (iPhone 15, Galaxy S24, iPad, Roku TV,
Fire TV stick, Apple Watch, video doorbell, car, smart speaker) using a streaming
service with profiles, a live TV app with DAI, a sports app, podcasts, music,
audiobooks, a credit union with Onfido liveness, a fitness app with video
classes, a social app with AR face filters, a smart-speaker companion with voice
profiles, a retail app and a news app, in every input format, with labels.

    python -m tests.heldout141.generate OUTDIR [--seed 965] [--flows 900] [--no-replay]
    python tests/heldout141/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 141), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout141` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout141"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=141,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-141 test household (generated): an iPhone 15 (IDFA, one IDFV per vendor),\n"
        "# a Galaxy S24 (GAID, one ANDROID_ID per app), an iPad and an Apple Watch (IDFVs),\n"
        "# a Roku TV (RIDA, serial, MAC), a Fire TV stick (advertising id, serial), a video\n"
        "# doorbell (serial, MAC), a smart speaker (serial, MAC) and the car's modem (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 965, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
