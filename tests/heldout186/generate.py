"""Generate held-out set 186: a family in Colombo and Jaffna (Sri Lanka) with a
Samsung phone (teledrama streaming, cricket live, Tamil cinema, a bank with
face login and voice ID, a ride app, food delivery, a fitness-band companion,
a tracker app) and a Huawei phone without Google services (baila / Sinhala pop
music, pirith and bhakti audio), plus the IPTV box, the ACR smart TV and the
three-wheeler's GPS tracker talking on their own, in every input format, with
labels. Keys are Sinhala and Tamil romanised, with English mixed in.

    python -m tests.heldout186.generate OUTDIR [--seed 1235] [--flows 900] [--no-replay]
    python tests/heldout186/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 186), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout186` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout186"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=186,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-186 household devices (generated): a Samsung SM-A546E (GAID) and a\n"
        "# Huawei NAM-LX9 (OAID), one ANDROID_ID per app; the IPTV box (serial,\n"
        "# Ethernet MAC), the smart TV (Wi-Fi MAC), the fitness band (BLE MAC,\n"
        "# serial) and the three-wheeler's GPS tracker (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1235, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
