"""Generate held-out set 265: a Belarusian-Lithuanian family's devices in Minsk,
Hrodna and Vilnius (a Belarusian TV channels' streaming app with its own
heartbeat and Yandex AppMetrica, a Lithuanian public broadcaster's catch-up
app with Gemius and GA4, a music / podcast app with Branch, a bank with
iProov-style face verification, a face template and Onfido KYC, an IPTV box
on a Zala-like Huawei middleware with XML and JSON channel logs, a smart TV
with ACR and a smartwatch with voice enrolment), in every input format, with
labels. Keys in Belarusian (Cyrillic and Łacinka), Lithuanian and Russian.

    python -m tests.heldout265.generate OUTDIR [--seed 1709] [--flows 1500] [--no-replay]
    python tests/heldout265/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 265), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout265` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout265"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=265,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-265 test devices (generated): three family phones (Galaxy A55, Redmi\n"
        "# Note 13, Pixel 8), an IPTV box (MAC, serial, middleware UDID from Settings >\n"
        "# About), a smart TV (Wi-Fi MAC, serial), a smartwatch (BLE MAC, serial); one\n"
        "# ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1709, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
