"""Generate held-out set 221: a Ukrainian family's devices in Kyiv, Lviv and
Kraków (a Ukrainian series / film streamer with Firebase, GA4 and Adjust; a
Ukrainian Premier League app with AppsFlyer and Branch; a Ukrainian audiobook
and podcast app; a Diia-like state-services app whose signing step checks the
user's face, with Innovatrics DIS for enrolment; a bank with voice biometrics;
a smart TV with ACR; a Wi-Fi IP camera with "familiar faces"; a fitness
tracker), in every input format, with labels.

    python -m tests.heldout221.generate OUTDIR [--seed 1445] [--flows 1500] [--no-replay]
    python tests/heldout221/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 221), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout221` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout221"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=221,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-221 test devices (generated): three family phones (Samsung A55,\n"
        "# Pixel 8, Redmi Note 13 Pro), a smart TV (Wi-Fi MAC, serial), an IP\n"
        "# camera (MAC, serial), a fitness tracker (BLE MAC, serial); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1445, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
