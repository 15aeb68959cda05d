"""Generate held-out set 63: a Sony Xperia (Android 14, Japan) and a Sony Bravia
Google TV: catch-up, linear and SVOD streaming apps with in-house watch logs
(Hepburn, kana / kanji and English key names), a simulcast app, a radio app,
an anime app, a music app, the TV's content recognition, a bank and a
securities app with face eKYC, a karaoke app with a voice-print login and a
convenience-store app with LINE Login; Japanese ad / attribution SDKs.

    python tests/heldout63/generate.py OUTDIR [--seed 479] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 63) in set 1's formats. Same seed and size give
byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout63` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout63"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=63,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-63 test devices (generated): a Sony Xperia 1 V (GAID, IMEI, serial,\n"
        "# one ANDROID_ID per app) and a Sony Bravia Google TV (its advertising id,\n"
        "# serial, Wi-Fi and Bluetooth MACs); the tester's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 479, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
