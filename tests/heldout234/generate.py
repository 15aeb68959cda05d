"""Generate held-out set 234: a Malagasy family's devices in Antananarivo,
Toamasina, Saint-Denis (Réunion) and Paris (a Malagasy TV / series streamer
with Firebase, GA4 and Adjust; a football app following the Barea and Ligue 1
with AppsFlyer and Meta app events; a Malagasy music (salegy, hira gasy) and
radio app; a mobile-money wallet with Smile ID selfie KYC and face login; a
satellite pay-TV decoder; a smart TV with ACR; a fitness band), in every input
format, with labels.

    python -m tests.heldout234.generate OUTDIR [--seed 1523] [--flows 1500] [--no-replay]
    python tests/heldout234/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 234), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout234` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout234"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=234,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-234 test devices (generated): four family phones (Samsung A15, Tecno\n"
        "# Camon 12 on Android 9 with its IMEI, Redmi Note 13, Pixel 8), a satellite\n"
        "# decoder (MAC, serial), a smart TV (Wi-Fi MAC, serial), a fitness band (BLE\n"
        "# MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1523, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
