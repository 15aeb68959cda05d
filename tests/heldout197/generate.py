"""Generate held-out set 197: an Albanian family's devices in Tirana, Durrës,
Prishtina and Milan (an Albanian series / live-TV streamer with Firebase and
GA4, a Kosovo football live app with AppsFlyer and an OpenRTB ad exchange, an
Albanian music / radio app on a Huawei with OAID, a bank with face login and
Veriff selfie KYC, a Viber-like calling app with voice verification, an IPTV
set-top box on a Ministra / Stalker portal, a smart TV with ACR and a cheap
fitness band), in every input format, with labels.

    python -m tests.heldout197.generate OUTDIR [--seed 1301] [--flows 900] [--no-replay]
    python tests/heldout197/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 197), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout197` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout197"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=197,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-197 test devices (generated): four family phones (Samsung A54, Huawei\n"
        "# P40 lite with OAID, Pixel 7, Redmi Note 12), an IPTV box (MAC, serial), a\n"
        "# smart TV (Wi-Fi MAC, serial), a fitness band (BLE MAC, serial); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1301, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
