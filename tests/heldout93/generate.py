"""Generate held-out set 93: a Google Pixel 8a (Android 14) in Portugal, the
Azores and Madeira running a public-service and a commercial streaming player,
a Primeira Liga football app, a music / podcast app, a radio app, a bank with
face liveness (Onfido, Veriff, iProov), a telco care app with voice
biometrics and an e-scooter app with selfie checks (Amazon Rekognition), plus
the family's Samsung Tizen TV with ACR and a TIFA ad id, in every input
format, with labels.

    python -m tests.heldout93.generate OUTDIR [--seed 677] [--flows 900] [--no-replay]
    python tests/heldout93/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 93), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout93` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout93"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=93,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-93 test devices (generated): a Pixel 8a (GAID, IMEI, serial, Wi-Fi MAC,\n"
        "# one ANDROID_ID per app) and the family's Samsung Tizen TV (TIFA, Wi-Fi MAC,\n"
        "# serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 677, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
