"""Generate held-out set 237: a Punjabi family's devices in Amritsar, Ludhiana
and Brampton (Canada): a Punjabi OTT app (films, web series, live gurbani
kirtan) with Firebase, GA4, CleverTap and AppsFlyer; a kabaddi / cricket live
app with Adjust and Meta app events; a Punjabi music and radio app; a bank with
face login, HyperVerge face liveness / match and IDfy video-KYC; a smart TV
with ACR; a DTH set-top box; a smartwatch; and a connected tractor (a farm
telematics unit and its companion app), in every input format, with labels.

    python -m tests.heldout237.generate OUTDIR [--seed 1541] [--flows 1500] [--no-replay]
    python tests/heldout237/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 237), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout237` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout237"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=237,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-237 test devices (generated): four family phones (Galaxy M34, vivo\n"
        "# Y27, Pixel 8, Redmi Note 13), a DTH set-top box (MAC, chip serial), a smart\n"
        "# TV (Wi-Fi MAC, serial), a smartwatch (BLE MAC, serial), a tractor telematics\n"
        "# unit (IMEI, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1541, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
