"""Generate held-out set 168: a family in Utrecht and Ghent. A Samsung phone and an
iPad run a public broadcaster's catch-up app, a commercial streamer, a pay-TV app
with live football and cycling (and its fibre TV box), a music streamer, a podcast
app, a bank, an ID app with face verification, a delivery app and a watch and car
companion; a Samsung TV reports ACR matches. Keys are Dutch as Dutch and Flemish
in-house teams write them, English mixed in.

    python -m tests.heldout168.generate OUTDIR [--seed 1127] [--flows 900] [--no-replay]
    python tests/heldout168/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and labels.json
("set": 168). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout168` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout168"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=168,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-168 test devices (generated): a Samsung Galaxy S23 (one ANDROID_ID per\n"
        "# app, advertising id), an iPad (IDFV), a fibre TV box (serial, MAC), a\n"
        "# Samsung TV (Wi-Fi MAC), a sports watch (serial, BLE MAC), a car's modem (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1127, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
