"""Generate held-out set 208 (precision stress): a Nairobi hotel operations
manager's phone and smartwatch during a data-protection audit of the hotel's
systems (the IPTV head-end with room TVs, door locks and key cards, guest
Wi-Fi, lobby CCTV, a boardroom video bar, housekeeping, POS with M-Pesa, spa,
gym and the self check-in kiosk, mostly ordinary look-alike traffic in English
and Swahili), her Kenyan streaming app with Mux, AppsFlyer and an OpenRTB ad
exchange, her bank app with Smile ID selfie checks and her smartwatch, in
every input format, with labels.

    python -m tests.heldout208.generate OUTDIR [--seed 1367] [--flows 1500] [--no-replay]
    python tests/heldout208/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 208), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout208` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout208"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=208,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-208 test devices (generated): the operations manager's Samsung Galaxy\n"
        "# A34 (advertising id; one ANDROID_ID per app: streaming, bank, watch\n"
        "# companion, hotel ops) and her smartwatch (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1367, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
