"""Generate held-out set 117: a family in Phnom Penh, Siem Reap and Vientiane
on a vivo phone (Android 14), an Android TV box and a Bluetooth speaker: a
Khmer drama streamer, a Lao TV app, a Khmer music app, a dharma-talk app, a
football streamer, a karaoke app, a bank wallet with ADVANCE.AI face checks, a
telco with Voice ID and a tuk-tuk driver app with selfie checks, plus the ad
and analytics SDKs such apps carry, in every input format, with labels.

    python -m tests.heldout117.generate OUTDIR [--seed 821] [--flows 900] [--no-replay]
    python tests/heldout117/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 117). Same seed and size give
byte-identical files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout117` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout117"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=117,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-117 test devices (generated): a vivo Y36 (GAID, IMEI, one ANDROID_ID per\n"
        "# app), an Android TV box (Wi-Fi MAC, serial) and a Bluetooth speaker (BLE MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 821, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
