"""Generate held-out set 227: an Azerbaijani family's devices in Baku, Ganja and
Istanbul (an Azerbaijani series / TV streaming app with Firebase, GA4 and
Adjust, a Premyer Liqa football app with AppsFlyer, a mugham / pop music and
radio app, a bank with Sumsub selfie KYC and face login, a taxi app, a smart TV
with ACR, an IPTV box on an Xtream-Codes-style panel, a smartwatch and a
connected car), in every input format, with labels.

    python -m tests.heldout227.generate OUTDIR [--seed 1481] [--flows 1500] [--no-replay]
    python tests/heldout227/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 227), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout227` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout227"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=227,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-227 test devices (generated): four family phones (Galaxy S23 FE, Redmi\n"
        "# Note 13, Pixel 8, Galaxy A34), an IPTV box (MAC, serial), a smart TV (Wi-Fi\n"
        "# MAC, serial), a smartwatch (BLE MAC, serial), a connected car (telematics\n"
        "# IMEI, VIN); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1481, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
