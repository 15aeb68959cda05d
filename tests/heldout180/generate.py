"""Generate held-out set 180: a family in Baku and Ganja. A Samsung phone (Android
14) runs an Azerbaijani / Turkish series streamer with live football (also on an
iPad), a mugham and pop music app built by a Russian agency, an Islamic lectures
and Quran recitation app, an ASAN-like e-government app with face and voice
verification, a bank with selfie login, a taxi app, a delivery app and the
companions of a smartwatch and a dashcam; an IPTV set-top box and an ACR smart
TV talk too. Every input format, with labels.

    python -m tests.heldout180.generate OUTDIR [--seed 1199] [--flows 900] [--no-replay]
    python tests/heldout180/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 180), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout180` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout180"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=180,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-180 household devices (generated): a Samsung SM-A556E (one ANDROID_ID\n"
        "# per app, advertising id), an iPad (IDFV), an IPTV box (MAC, serial), a smart\n"
        "# TV (Wi-Fi MAC), a smartwatch (BLE MAC, serial), a dashcam (serial, IMEI, MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1199, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
