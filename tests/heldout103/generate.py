"""Generate held-out set 103: a Welsh / Irish / Gaelic-speaking household's Galaxy
A55, Fire TV Stick and Fitbit-like watch, running three Celtic-language
broadcasters' players, a rugby / GAA / shinty streamer, a music app with Last.fm
scrobbling, a podcast app syncing through gpodder.net, an Irish bank with Onfido
liveness, a Welsh mobile network with voice ID, a dating app with face features,
a Hebridean ferry app and a farm app, in every input format, with labels.

    python -m tests.heldout103.generate OUTDIR [--seed 737] [--flows 900] [--no-replay]
    python tests/heldout103/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 103), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout103` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout103"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=103,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-103 household devices (generated): a Samsung Galaxy A55 (IMEI, serial),\n"
        "# a Fire TV Stick (serial, Wi-Fi MAC, Amazon advertising id) and a\n"
        "# Fitbit-like watch (serial, BLE MAC); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 737, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
