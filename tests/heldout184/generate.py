"""Generate held-out set 184: a family in Dakar, Thiès and Saint-Louis on a Tecno
phone: a West African streaming app (series, laamb, football live), a mbalax /
Galsen hip-hop app, an app of lectures, Quran and khassaïdes, a mobile-money
wallet with Smile ID selfie KYC, a bank with voice checks, a ride app, a
delivery app and the companions of a TV decoder, a smart TV with ACR, a
smartwatch and a motorbike GPS tracker, in every input format, with labels.

    python -m tests.heldout184.generate OUTDIR [--seed 1223] [--flows 900] [--no-replay]
    python tests/heldout184/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 184), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout184` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout184"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=184,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-184 test devices (generated): a Tecno CK7n (IMEI, serial), the TV\n"
        "# decoder (serial), a smart TV (Wi-Fi MAC), a smartwatch (BLE MAC, serial)\n"
        "# and a motorbike GPS tracker (modem IMEI); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1223, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
