"""Generate held-out set 145: a family in Nairobi and Lagos. A Tecno phone with
Transsion's analytics and ad SDKs, an Infinix tablet, a smart TV with ACR, the
family's own pay-TV decoder and a fitness band; a pay-TV streaming app, a
Nollywood app, an Afrobeats music app, a radio app, a gospel sermon app, a
mobile-money wallet with selfie KYC, a bank with voice biometrics, a betting
app's live-match player, a kids' cartoon app and a ride-hailing app, in every
input format, with labels.

    python -m tests.heldout145.generate OUTDIR [--seed 989] [--flows 900] [--no-replay]
    python tests/heldout145/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 145), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout145` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout145"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=145,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-145 household devices (generated): a Tecno phone (IMEI, ad id, one\n"
        "# ANDROID_ID per app), an Infinix tablet (ad id, the cartoon app's ANDROID_ID),\n"
        "# a smart TV (Wi-Fi MAC, serial), the family's decoder (serial), a band (MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 989, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
