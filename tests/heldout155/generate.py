"""Generate held-out set 155: a family in Dhaka and Chittagong with a Walton phone
(Android 13), an Android TV box, a smart TV with ACR and a smartwatch: a Bangladeshi
OTT (natok, films, live cricket), a Kolkata-Bengali OTT with NPAW analytics, a music
app, a Quran and waz audio app, a wallet and a bank with face (NID match) and voice
e-KYC, a telco self-care app with live TV, a ride / food app with Adjust and a news
video app with the Facebook SDK, in every input format, with labels.

    python -m tests.heldout155.generate OUTDIR [--seed 1049] [--flows 900] [--no-replay]
    python tests/heldout155/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json, known.yaml and
labels.json ("set": 155), in set 1's formats so that bench/evaluate.py scores it
unchanged. Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout155` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout155"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=155,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-155 test devices (generated): a Walton Primo RX9 (Android 13, IMEI read by\n"
        "# the carrier-privileged telco app), an Android TV box (serial, Wi-Fi MAC), a\n"
        "# smart TV (serial, Wi-Fi MAC) and a smartwatch (serial, BLE MAC); one ANDROID_ID\n"
        "# per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1049, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
