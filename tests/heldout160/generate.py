"""Generate held-out set 160: a family in Bucharest, Cluj and Chisinau. A Samsung
Galaxy A54 (Android 14) runs a Romanian broadcaster's streaming app, a telco TV
app with live channels (and its set-top box), a smart TV's ACR companion, a music
app, an Orthodox radio and sermon app, a bank and a government e-ID app with face
and voice verification, food delivery, a ride app, a smartwatch companion and a
car app, with the SDKs such apps carry, in every input format, with labels.

    python -m tests.heldout160.generate OUTDIR [--seed 1079] [--flows 900] [--no-replay]
    python tests/heldout160/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 160). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout160` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout160"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=160,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-160 test devices (generated): a Galaxy A54 (one ANDROID_ID per app), the\n"
        "# telco set-top box (serial, Ethernet MAC), the smart TV (Wi-Fi MAC, serial),\n"
        "# a smartwatch (BLE MAC, serial) and the family car's telematics modem (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1079, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
