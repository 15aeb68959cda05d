"""Generate held-out set 136: a family split between Warsaw and Lviv (Polish and
Ukrainian apps, some Russian in older ones): a commercial VOD with SSAI, a public
broadcaster's player and HbbTV app, a Ukrainian TV streaming app on an Android
TV box, music and podcast apps, a Polish bank with video verification and
selfie, a Ukrainian state-services app with face liveness for e-signatures, a
smart intercom, a football app, a kids' cartoon app and a connected-car app,
with Gemius, Adjust, AppsFlyer, Firebase, Didomi and PushPushGo, in every input
format, with labels.

    python -m tests.heldout136.generate OUTDIR [--seed 935] [--flows 900] [--no-replay]
    python tests/heldout136/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 136). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout136` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout136"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=136,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-136 household devices (generated): a Xiaomi 13 (advertising id, IMEI,\n"
        "# one ANDROID_ID per app), a Samsung Galaxy Tab A8 (advertising id, serial),\n"
        "# a Philips HbbTV TV (Wi-Fi MAC), a Mi Box S (serial, MAC, ANDROID_ID) and\n"
        "# the car's telematics modem (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 935, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
