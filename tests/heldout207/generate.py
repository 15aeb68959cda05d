"""Generate held-out set 207: a Turkish family's devices in Istanbul, Izmir and
Berlin (a dizi streaming app with Adjust, Firebase and GA4, a Süper Lig
football app with AppsFlyer and Meta app events, a music / podcast app on a
Huawei with OAID through Adjust, a bank with face login and Onfido selfie
KYC, an e-government app reading the ID card's chip over NFC with a selfie
match, a Vestel-style smart TV with ACR, and a Turkish TV box sold in Germany
whose middleware speaks German), in every input format, with labels.

    python -m tests.heldout207.generate OUTDIR [--seed 1361] [--flows 1500] [--no-replay]
    python tests/heldout207/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 207), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout207` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout207"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=207,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-207 test devices (generated): four family phones (Samsung A54, Huawei\n"
        "# nova 9 with OAID, Pixel 8, Redmi Note 13), a smart TV (Wi-Fi and Ethernet\n"
        "# MACs, serial), a TV box in Berlin (MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1361, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
