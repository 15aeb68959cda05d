"""Generate held-out set 200: a Cambodian family's devices in Phnom Penh, Siem
Reap and Long Beach (a Khmer drama / Thai lakorn streamer with Firebase, GA4
and Meta app events, a Khmer karaoke / music app with AppLovin MAX, an e-wallet
with face login and ID-card selfie KYC through Amazon Rekognition, a tuk-tuk
ride-hailing driver app with Adjust on an Android 9 phone that reads the IMEI,
an ISP's IPTV box and a cheap Android TV with ACR), in every input format, with
labels.

    python -m tests.heldout200.generate OUTDIR [--seed 1319] [--flows 1500] [--no-replay]
    python tests/heldout200/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 200), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout200` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout200"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=200,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-200 test devices (generated): five family phones (Samsung A15, OPPO\n"
        "# A58, Vivo Y91C on Android 9 with its IMEI, Redmi 13C, Pixel 8a), an IPTV\n"
        "# box (Wi-Fi and Ethernet MACs, serial), an Android TV with ACR (Wi-Fi MAC,\n"
        "# serial, ANDROID_ID); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1319, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
