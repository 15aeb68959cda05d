"""Generate held-out set 163: a family between Accra and Abidjan on a Tecno phone
(dual SIM), with a pay-TV decoder, a smart TV and a cheap smartwatch: a
pan-African streaming app, a pay-TV app with live football, an afrobeats /
coupé-décalé music app, a church app, a mobile-money wallet with Smile ID
selfie KYC, a bank with face login, a telco self-care app with SIM
re-registration, a ride app and the SDKs they carry, in every input format, with labels.

    python -m tests.heldout163.generate OUTDIR [--seed 1097] [--flows 900] [--no-replay]
    python tests/heldout163/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 163), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout163` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout163"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=163,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-163 household devices (generated): a Tecno Camon 20 (two IMEIs, serial,\n"
        "# Wi-Fi MAC, one ANDROID_ID per app), a pay-TV decoder (serial), a smart TV\n"
        "# (Wi-Fi MAC, serial) and a BLE smartwatch (MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1097, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
