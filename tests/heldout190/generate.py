"""Generate held-out set 190: a family in Kuala Lumpur, Penang and Johor Bahru (the
father works in Singapore): a Huawei phone (OAID, HMS) and a Samsung, a satellite
decoder, a smart TV with ACR, a smartwatch and a car with a telematics dongle;
drama / Chinese-series streaming, badminton and football live, music, Tamil
podcasts, Quran audio, an e-wallet with eKYC, a bank with face login and a ride /
delivery super-app with a driver side, in every input format, with labels.

    python tests/heldout190/generate.py OUTDIR [--seed 1259] [--flows 900] [--no-replay]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout190` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout190"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=190,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-190 household devices (generated): a Huawei phone (OAID) and a Samsung\n"
        "# (GAID), one ANDROID_ID per app, a satellite decoder (serial, smartcard), a TV\n"
        "# (Wi-Fi MAC), a smartwatch (BLE MAC, serial), a car dongle (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1259, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
