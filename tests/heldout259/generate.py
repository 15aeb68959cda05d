"""Generate held-out set 259: a Maltese family in Valletta, Sliema and Gozo (the
national broadcaster's catch-up app Xandir+ with Adobe Media Analytics and
Firebase, the Gowl+ Premier League highlights app with CleverTap, the Smigħ
podcast app on an iPhone with Branch and Braze, the Bank tal-Port app with
Onfido selfie video, face match and face login, the telco's Fibra TV IPTV box,
a smart TV with ACR and the Arloġġ Fit smartwatch with voice enrolment;
Maltese key names with and without their diacritics, and English), in every
input format, with labels.

    python -m tests.heldout259.generate OUTDIR [--seed 1673] [--flows 1500] [--no-replay]
    python tests/heldout259/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 259), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout259` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout259"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=259,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-259 test devices (generated): three family phones (Galaxy S24, Redmi\n"
        "# Note 13, iPhone 13 with IDFA and IDFV), an IPTV box (MAC, serial), a smart\n"
        "# TV (Wi-Fi MAC, serial), a smartwatch (BLE MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1673, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
