"""Generate held-out set 44: a Huawei P60 Pro without Google services (EMUI,
OAID, ANDROID_ID, HMS AAID / Push Kit token) used in Egypt and Morocco: two
streaming apps with in-house watch logs (Egyptian Arabizi, Darija, French
keys), a music app, a Quran / podcast app, an e-wallet with Face++ face
verification and a voice PIN, a ride-hailing captain app with Azure Face
selfie checks, a smart TV with ACR, a skin-analysis app and a racing game with
HUAWEI Ads Kit, Pangle, Mintegral and Unity Ads, in every input format, with
labels.

    python -m tests.heldout44.generate OUTDIR [--seed 359] [--flows 900] [--no-replay]
    python tests/heldout44/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 44), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout44` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout44"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=44,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-44 test devices (generated): a Huawei P60 Pro without Google services\n"
        "# (OAID, one ANDROID_ID per app, the IMEI the operator wallet reads) and a\n"
        "# NileVue smart TV (Wi-Fi and Ethernet MACs, serial); the tester's e-mail\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 359, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
