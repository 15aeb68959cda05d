"""Generate held-out set 224: a Hungarian family's devices in Budapest, Debrecen
and Vienna (a Hungarian TV channels' streaming app with Firebase, GA4 and
Gemius stream measurement, an NB I football app with AppsFlyer and Meta app
events, a Hungarian music / podcast / radio app with Comscore, a bank with
Innovatrics selfie onboarding, face login and voice identification, a smart
TV with ACR, a cable operator's set-top box, a kid's 4G smartwatch and a
robot vacuum), in every input format, with labels.

    python -m tests.heldout224.generate OUTDIR [--seed 1463] [--flows 1500] [--no-replay]
    python tests/heldout224/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 224), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout224` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout224"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=224,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-224 test devices (generated): three family phones (Samsung A55, Redmi\n"
        "# Note 13, Pixel 8), a cable set-top box (MAC, serial), a smart TV (Wi-Fi\n"
        "# MAC, serial), a robot vacuum (MAC, serial), a kid's 4G smartwatch (IMEI,\n"
        "# serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1463, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
