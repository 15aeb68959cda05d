"""Generate held-out set 243: an Armenian family's devices in Yerevan, Gyumri
and Glendale, California (an Armenian TV / series streamer with Firebase, GA4
and Branch, a football app for the Armenian Premier League and the Champions
League with AppsFlyer, an Armenian music (rabiz, estrada), radio and podcast
app, a bank with Onfido selfie KYC, face login and voice biometrics, a smart TV
with ACR, a diaspora IPTV box on a Ministra / Stalker portal, a fitness band
and a connected car), in every input format, with labels.

    python -m tests.heldout243.generate OUTDIR [--seed 1577] [--flows 1500] [--no-replay]
    python tests/heldout243/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 243), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout243` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout243"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=243,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-243 test devices (generated): four family phones (Samsung A55, Redmi\n"
        "# Note 13, Pixel 8, Samsung A34), an IPTV box (MAC, serial), a smart TV (Wi-Fi\n"
        "# MAC, serial), a fitness band (BLE MAC, serial), a car (VIN, telematics IMEI);\n"
        "# one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1577, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
