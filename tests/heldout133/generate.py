"""Generate held-out set 133: a family in Istanbul, Izmir and Diyarbakır on a Xiaomi
Redmi (Android 14) with a Turkish series platform, an Izmir broadcaster's live TV
and catch-up, a Turkish music app, a Kurdish (Kurmanji) music and radio app, a
Quran and sermon audio app, a Süper Lig app with a face-mask camera, a bank with
Sumsub face KYC, a state e-services app with NFC-ID face matching, a telco app with
a voice signature and a taxi app; at home a Vestel smart TV with ACR, an IPTV box
and a smartwatch; in every input format, with labels.

    python -m tests.heldout133.generate OUTDIR [--seed 917] [--flows 900] [--no-replay]
    python tests/heldout133/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 133), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout133` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout133"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=133,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-133 test devices (generated): a Xiaomi Redmi Note 13 (GAID, IMEI, one\n"
        "# ANDROID_ID per app), a Vestel smart TV (Wi-Fi MAC, serial), a TiviNet IPTV\n"
        "# box (Ethernet MAC, serial) and a smartwatch (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 917, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
