"""Generate held-out set 193: an Uzbek family (Tashkent, Samarkand, Bukhara) with a
Samsung phone, an Artel-like TV with ACR, an IPTV box, a smartwatch and a connected
car; a series app, football live, estrada music, Quran audio, a bank with MyID-like
face verification, a payments super-app with AppMetrica/AppsFlyer, taxi, marketplace.

    python -m tests.heldout193.generate OUTDIR [--seed 1277] [--flows 900] [--no-replay]
    python tests/heldout193/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 193), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout193` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout193"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=193,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-193 test devices (generated): a Samsung SM-A546E (IMEI, one ANDROID_ID per\n"
        "# app), an Artel-like TV (MAC, serial), an IPTV box (MAC, serial), a smartwatch\n"
        "# (BLE MAC) and the family car's telematics unit (IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1277, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
