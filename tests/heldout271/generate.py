"""Generate held-out set 271: a family in Palermo, Catania and Cagliari (a
Sicilian regional TV app with its own heartbeat and an Auditel-like
measurement, a national catch-up app with Nielsen DCR, Comscore and Firebase,
a Sardinian cantu a tenore / folk music app with Branch, a bank with CIE-style
video identification, FaceTec liveness, AWS Rekognition and face login, a
football highlights app with CleverTap, an IPTV box with JSON and XML channel
logs, a smart TV with ACR, AppsFlyer and Meta app events), in every input
format, with labels.

    python -m tests.heldout271.generate OUTDIR [--seed 1745] [--flows 1500] [--no-replay]
    python tests/heldout271/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 271), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout271` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout271"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=271,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-271 test devices (generated): four family phones (Galaxy S24, Pixel 8,\n"
        "# Galaxy A54, Xiaomi 14), an IPTV box (MAC, serial, STB id from Impostazioni >\n"
        "# Info), a smart TV (Wi-Fi MAC, serial, its Android TV advertising id); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1745, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
