"""Generate held-out set 151: a household in Sydney and Auckland (a Pixel, an
iPad, a Chromecast, a Samsung TV with ACR, a fitness watch, a car head unit)
using a national broadcaster's catch-up app, a commercial broadcaster with live
sport, a music streamer, a podcast app, a sports league's app, a bank with face
verification and voice ID, a digital-ID app and a fitness app, with the global
SDKs they carry, in every input format, with labels.

    python -m tests.heldout151.generate OUTDIR [--seed 1025] [--flows 900] [--no-replay]
    python tests/heldout151/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 151). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout151` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout151"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=151,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-151 household devices (generated): a Pixel 8a (advertising id, IMEI, one\n"
        "# ANDROID_ID per app), an iPad (IDFV), a Chromecast (serial, MAC), a Samsung TV\n"
        "# (Wi-Fi MAC), a fitness watch (BLE MAC, serial) and a car head unit (serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1025, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
