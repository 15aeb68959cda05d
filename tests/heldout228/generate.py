"""Generate held-out set 228: a Hausa-speaking family's devices in Kano, Abuja and
Jeddah (a Kannywood film / series streamer with Firebase, GA4 and Adjust, a
football app for the NPFL and the European leagues with AppsFlyer and Meta app
events, a Hausa radio / Qur'an tafsir / music app, a fintech wallet with Smile
ID selfie BVN / NIN verification and voice login, a smart TV with ACR, a pay-TV
decoder and a smartwatch), in every input format, with labels.

    python -m tests.heldout228.generate OUTDIR [--seed 1487] [--flows 1500] [--no-replay]
    python tests/heldout228/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 228), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout228` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout228"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=228,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-228 test devices (generated): four family phones (Tecno Camon 20,\n"
        "# Infinix Hot 30, Galaxy A24, Redmi Note 13), a pay-TV decoder (MAC,\n"
        "# serial), a smart TV (Wi-Fi MAC, serial), a smartwatch (BLE MAC, serial);\n"
        "# one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1487, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
