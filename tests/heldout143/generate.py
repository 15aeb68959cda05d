"""Generate held-out set 143: a family in Jakarta, Surabaya and Yogyakarta (an Oppo
phone, a Samsung tablet, a smart TV with ACR, an IPTV set-top box bought outright,
TWS earbuds) using a local OTT, music, Quran / kajian, radio and podcast apps, an
e-wallet with Indonesian eKYC (Verihubs, VIDA, Privy), a bank with face login, a
ride-hailing super app, a dangdut karaoke app and a kids' app, with labels.

    python -m tests.heldout143.generate OUTDIR [--seed 977] [--flows 900] [--no-replay]
    python tests/heldout143/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 143). Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout143` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout143"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=143,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-143 household devices (generated): an Oppo phone (GAID, IMEI), a Samsung\n"
        "# tablet (GAID, serial), a smart TV (Wi-Fi MAC, serial), an IPTV set-top box\n"
        "# bought outright (MAC, serial), TWS earbuds (BT MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 977, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
