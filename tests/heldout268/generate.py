"""Generate held-out set 268: a family between Willemstad (Curaçao) and
Paramaribo (Suriname) (a Caribbean telco's TV app with its own Papiamentu
player events, Conviva, Adjust and Meta app events, a Dutch public
broadcaster's catch-up app with NPO-like Dutch measurement and Firebase, a
kaseko and tumba music app in Sranan Tongo with Mixpanel, a bank with Onfido
live photo / selfie video and a face template, the telco's IPTV box with XML
channel logs, a smart TV with ACR and a smartwatch with voice enrolment), in
every input format, with labels.

    python -m tests.heldout268.generate OUTDIR [--seed 1727] [--flows 1500] [--no-replay]
    python tests/heldout268/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 268), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout268` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout268"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=268,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-268 test devices (generated): three family phones (Galaxy A55, Pixel 8,\n"
        "# Redmi Note 13), the telco's IPTV box (MAC, serial, middleware UDID from\n"
        "# Settings > Info), a smart TV (Wi-Fi MAC, serial), an LTE smartwatch (BLE MAC,\n"
        "# serial, IMEI); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1727, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
