"""Generate held-out set 244: an isiZulu-speaking family's devices in Durban,
Pietermaritzburg and Johannesburg (a South African series / soapie streaming
app with Firebase, GA4 and Adjust; a PSL football and rugby live app with
AppsFlyer and Meta app events; a maskandi / amapiano / gospel music and radio
app; a bank with Smile ID selfie onboarding and voice verification; a smart TV
with ACR; a pay-TV decoder; a smartwatch; a prepaid electricity smart-meter
app), in every input format, with labels. Local apps use isiZulu keys and
paths.

    python -m tests.heldout244.generate OUTDIR [--seed 1583] [--flows 1500] [--no-replay]
    python tests/heldout244/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 244), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout244` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout244"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=244,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-244 test devices (generated): four family phones (Samsung A34, Samsung\n"
        "# A14, OPPO A78, Tecno Spark 20), a pay-TV decoder (MAC, serial), a smart TV\n"
        "# (Wi-Fi MAC, serial), a smartwatch (BLE MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1583, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
