"""Generate held-out set 222: an Iranian family's devices in Tehran, Isfahan and
Toronto (a Persian series / film streamer like Filimo or Namava with its own
analytics, Firebase and Metrix, a Persian music and podcast app with Adjust, a
football live app with Metrix and a Tapsell-style ad SDK, a bank with face
login through a local face vendor, a messaging app with ordinary voice
messages and a biometric voice login, a smart TV with ACR, an Android TV box on
an IPTV service and a smartwatch), in every input format, with labels.

    python -m tests.heldout222.generate OUTDIR [--seed 1451] [--flows 1500] [--no-replay]
    python tests/heldout222/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 222), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout222` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout222"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=222,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-222 test devices (generated): four family phones (Samsung A34, Redmi\n"
        "# Note 7 on Android 9 with its IMEI, Pixel 8, Samsung A54), a smart TV (Wi-Fi\n"
        "# MAC, serial), an Android TV box (Ethernet MAC, serial, its own ANDROID_ID),\n"
        "# a smartwatch (BLE MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1451, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
